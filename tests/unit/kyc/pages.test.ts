import { describe, expect, it } from 'vitest';
import { classifyPage, isKycHeading, isKycUrl } from '../../../src/kyc/pages';

describe('KYC pages by URL', () => {
  it.each([
    'https://www.binance.com/en/my/settings/profile',
    'https://www.binance.com/zh-CN/my/settings/profile',
    'https://www.binance.com/my/settings/profile',
    'https://www.binance.com/en/my/settings/profile/',
    'https://www.binance.com/en/kyc',
    'https://accounts.binance.com/en/kyc/face?step=2',
    'https://www.binance.com/zh-CN/identity-verification',
    'https://www.binance.com/en-TR/verification/liveness',
    'https://www.binance.com/EN/My/Settings/Profile',
    'https://www.binance.com:8443/en/verify',
    'https://binance.com/zh-TC/my/verification',
  ])('%s is a KYC page', (url) => {
    expect(isKycUrl(url)).toBe(true);
  });

  it.each([
    ['markets', 'https://www.binance.com/en/markets/overview'],
    ['trade', 'https://www.binance.com/zh-CN/trade/BTC_USDT'],
    ['security settings', 'https://www.binance.com/en/my/settings/security'],
    ['FAQ about verification', 'https://www.binance.com/en/support/faq/identity-verification-360027287111'],
    ['blog', 'https://www.binance.com/en/blog/kyc'],
    ['a look-alike host', 'https://www.binance.com.evil.example/en/my/settings/profile'],
    ['another host', 'https://example.com/en/my/settings/profile'],
    ['plain HTTP', 'http://www.binance.com/en/my/settings/profile'],
    ['a prefix of a KYC path', 'https://www.binance.com/en/kycx'],
    ['not a URL', 'not a url'],
  ])('%s is not', (_label, url) => {
    expect(isKycUrl(url)).toBe(false);
  });
});

describe('KYC pages by their headings', () => {
  it.each(['Identity Verification', 'IDENTITY  VERIFICATION', 'Face Verification', '身份认证', '人脸识别', 'Verify your identity'])(
    '"%s" names a KYC step',
    (heading) => expect(isKycHeading(heading)).toBe(true),
  );
  it.each(['How to Complete Identity Verification', 'Identity Verification FAQ', 'Verification code', '人脸识别常见问题', ''])(
    '"%s" does not',
    (heading) => expect(isKycHeading(heading)).toBe(false),
  );
});

describe('classifyPage', () => {
  const markets = 'https://www.binance.com/en/markets/overview';
  it.each([
    [{ url: 'https://www.binance.com/en/my/settings/profile', headings: [], faceTec: false }, { kyc: true, reason: 'url' }],
    [{ url: markets, headings: [], faceTec: true }, { kyc: true, reason: 'facetec' }],
    [{ url: markets, headings: ['Markets', 'Face Verification'], faceTec: false }, { kyc: true, reason: 'heading' }],
    [{ url: markets, headings: ['Markets Overview'], faceTec: false }, { kyc: false, reason: null }],
    [{ url: 'https://example.com/kyc', headings: ['Identity Verification'], faceTec: true }, { kyc: false, reason: null }],
    [{ url: 'http://www.binance.com/en/markets', headings: ['身份认证'], faceTec: false }, { kyc: false, reason: null }],
    [{ url: '', headings: ['身份认证'], faceTec: false }, { kyc: false, reason: null }],
  ] as const)('%j → %j', (signals, verdict) => {
    expect(classifyPage(signals)).toEqual(verdict);
  });
});
