// Who may talk to the background: the extension's own pages, and the content script in a
// binance.com frame of a binance.com tab. Nothing else, frames included.
import { describe, expect, it } from 'vitest';
import { classifySender, isBinanceUrl, senderAllowed, type SenderInfo } from '../../../src/messaging/sender';

const self = { id: 'ext', origin: 'chrome-extension://ext/' };
const BINANCE = 'https://www.binance.com/en/my/kyc';
const VERIFY = 'https://verify.binance.com/facetec/frame';
const content = (url: string, tabUrl: string | undefined, frameId?: number): SenderInfo => ({
  id: 'ext',
  url,
  tab: { id: 3, ...(tabUrl === undefined ? {} : { url: tabUrl }) },
  ...(frameId === undefined ? {} : { frameId }),
});

describe('isBinanceUrl', () => {
  it.each([
    ['https://binance.com/', true],
    ['https://www.binance.com/en', true],
    ['https://verify.binance.com:8443/x', true],
    ['http://www.binance.com/', false],
    ['https://binance.com.evil.com/', false],
    ['https://evilbinance.com/', false],
    ['https://www.binance.co/', false],
    ['not a url', false],
    [undefined, false],
  ] as const)('%s → %s', (url, expected) => expect(isBinanceUrl(url)).toBe(expected));
});

describe('classifySender', () => {
  it('an extension page', () => {
    expect(classifySender({ id: 'ext', url: 'chrome-extension://ext/popup.html' }, self)).toBe('page');
  });

  it('the top frame of a binance.com tab', () => {
    expect(classifySender(content(BINANCE, BINANCE, 0), self)).toBe('content');
    expect(classifySender(content(BINANCE, undefined, 0), self)).toBe('content');
  });

  it('a binance.com frame inside a binance.com tab', () => {
    expect(classifySender(content(VERIFY, BINANCE, 5), self)).toBe('content');
  });

  it('a binance.com frame inside another site\'s tab: embedded, which reaches public data only', () => {
    expect(classifySender(content(VERIFY, 'https://example.com/embed', 5), self)).toBe('embedded');
    expect(senderAllowed('embedded', 'public')).toBe(true);
    expect(senderAllowed('embedded', 'any')).toBe(false);
    expect(senderAllowed('embedded', 'pages')).toBe(false);
  });

  it('a binance.com frame in a tab whose URL the browser did not give (Firefox): to be proved, not allowed as such', () => {
    expect(classifySender(content(VERIFY, undefined, 5), self)).toBe('frame');
    expect(senderAllowed('frame', 'any')).toBe(false);
  });

  it('another site\'s frame in a binance.com tab: refused', () => {
    expect(classifySender(content('https://example.com/ad', BINANCE, 5), self)).toBe('rejected');
    expect(classifySender(content('http://www.binance.com/', BINANCE, 0), self)).toBe('rejected');
  });

  it('another extension, no tab, or no sender at all: refused', () => {
    expect(classifySender({ ...content(BINANCE, BINANCE, 0), id: 'other' }, self)).toBe('rejected');
    expect(classifySender({ id: 'ext', url: BINANCE }, self)).toBe('rejected');
    expect(classifySender(undefined, self)).toBe('rejected');
  });
});

describe('senderAllowed', () => {
  it('content scripts reach only messages open to "any"; pages reach all', () => {
    expect(senderAllowed('content', 'any')).toBe(true);
    expect(senderAllowed('content', 'pages')).toBe(false);
    expect(senderAllowed('page', 'pages')).toBe(true);
    expect(senderAllowed('rejected', 'any')).toBe(false);
    expect(senderAllowed('rejected', 'public')).toBe(false);
    expect(senderAllowed('frame', 'public')).toBe(false);
    expect(senderAllowed('content', 'public')).toBe(true);
  });
});
