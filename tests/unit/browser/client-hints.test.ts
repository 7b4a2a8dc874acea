import { describe, expect, it, vi } from 'vitest';
import { cleanHints, hintedBrowser, hintedOs } from '../../../src/browser/client-hints';
import { browserInputFromNavigator } from '../../../src/browser/navigator-input';

const CHROME_UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';

describe('client hints', () => {
  it('prefers the full version list and skips GREASE brands', () => {
    const hints = cleanHints({
      brands: [{ brand: 'Not)A;Brand', version: '8' }, { brand: 'Microsoft Edge', version: '157' }],
      fullVersionList: [{ brand: 'Microsoft Edge', version: '157.0.3001.12' }],
    });
    expect(hintedBrowser(hints)).toEqual({ family: 'edge', name: 'Edge', version: '157.0.3001.12' });
  });

  it.each([
    ['15.0.0', '10', '11'],
    ['13.0.0', '10', '11'],
    ['10.0.0', '10', '10'],
    // Windows 8.1 and older report 0.x; their UA string is still truthful ("Windows NT 6.3").
    ['0.3.0', '8.1', '8.1'],
  ])('Windows platformVersion %s (UA says %s) → Windows %s', (platformVersion, uaVersion, version) => {
    expect(hintedOs(cleanHints({ platform: 'Windows', platformVersion }), 'Windows', uaVersion)).toEqual({ name: 'Windows', version });
  });

  it('keeps the UA OS when the platform hint is unknown', () => {
    expect(hintedOs(cleanHints({ platform: 'Unknown' }), 'Linux', undefined)).toEqual({ name: 'Linux', version: undefined });
  });
});

describe('browserInputFromNavigator', () => {
  it('reads a Chromium navigator with high-entropy hints', async () => {
    const getHighEntropyValues = vi.fn(async () => ({ fullVersionList: [{ brand: 'Google Chrome', version: '156.0.8078.108' }], platformVersion: '15.0.0' }));
    const input = await browserInputFromNavigator({
      userAgent: CHROME_UA,
      userAgentData: { brands: [{ brand: 'Google Chrome', version: '156' }], platform: 'Windows', mobile: false, getHighEntropyValues },
    });
    expect(getHighEntropyValues).toHaveBeenCalledWith(['fullVersionList', 'platformVersion']);
    expect(input).toMatchObject({ userAgent: CHROME_UA, platform: 'Windows', mobile: false, platformVersion: '15.0.0' });
    expect(input.fullVersionList).toEqual([{ brand: 'Google Chrome', version: '156.0.8078.108' }]);
    // Node has WebAssembly with SIMD; it has no document, so camera and WebGL are "not measurable".
    expect(input.features).toMatchObject({ webAssembly: true, wasmSimd: true });
    expect(input.features?.getUserMedia).toBeUndefined();
  });

  it('works without userAgentData (Firefox, Safari) and when the hints reject or hang', async () => {
    expect(await browserInputFromNavigator({ userAgent: 'Mozilla/5.0 Firefox/160.0' })).toMatchObject({ userAgent: 'Mozilla/5.0 Firefox/160.0' });
    const rejecting = await browserInputFromNavigator({
      userAgent: CHROME_UA,
      userAgentData: { brands: [], platform: 'Linux', getHighEntropyValues: () => Promise.reject(new Error('policy')) },
    });
    expect(rejecting.platform).toBe('Linux');
    vi.useFakeTimers();
    const hanging = browserInputFromNavigator({ userAgent: CHROME_UA, userAgentData: { getHighEntropyValues: () => new Promise(() => undefined) } });
    await vi.advanceTimersByTimeAsync(600);
    expect((await hanging).fullVersionList).toBeUndefined();
    vi.useRealTimers();
  });

  it('names Brave from navigator.brave when its brands are missing', async () => {
    const input = await browserInputFromNavigator({ userAgent: CHROME_UA, brave: { isBrave: async () => true } });
    expect(input.brands?.[0]).toEqual({ brand: 'Brave', version: '156.0.0.0' });
  });

  it('never throws on a hostile navigator', async () => {
    await expect(browserInputFromNavigator(null as never)).resolves.toMatchObject({ userAgent: '' });
    await expect(browserInputFromNavigator({ userAgent: 5, userAgentData: { brands: 'x', getHighEntropyValues: 'no' } } as never)).resolves.toMatchObject({ userAgent: '' });
  });
});
