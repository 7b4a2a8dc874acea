// Real user-agent strings (and client-hint inputs) against every browser rule. The clock is fixed:
// on 2026-11-27 the release calendar puts Chromium at 158 and Firefox at 161.
import { describe, expect, it } from 'vitest';
import { assessBrowser } from '../../../src/browser/assess';
import type { BrowserInput } from '../../../src/browser/types';
import { createTranslator } from '../../../src/i18n/translate';
import { FACT_PARAMS } from '../../../src/figures/facts';

const english = createTranslator('en', FACT_PARAMS);

const NOW = new Date('2026-11-27T12:00:00Z');

const WIN = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)';
const MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko)';
const MAC_WEBKIT = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)';
const IPHONE = (ios: string) => `Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)`;
const GREASE = { brand: 'Not.A/Brand', version: '99' };

interface Expect {
  family: string;
  status: 'pass' | 'warn' | 'fail';
  os?: string;
  device?: string;
  codes?: string[];
  inApp?: string;
  rate?: number;
  behind?: number;
}

const TABLE: [string, BrowserInput, Expect][] = [
  // Desktop: recommended, supported, outdated, failing.
  ['Chrome 156 Windows', { userAgent: `${WIN} Chrome/156.0.0.0 Safari/537.36` }, { family: 'chrome', status: 'pass', os: 'Windows', device: 'desktop', rate: 82, codes: ['better-route'], behind: 2 }],
  ['Chrome 158 Windows', { userAgent: `${WIN} Chrome/158.0.0.0 Safari/537.36` }, { family: 'chrome', status: 'pass', behind: 0 }],
  ['Chrome 155 Windows: exactly 3 behind, a few versions old (information)', { userAgent: `${WIN} Chrome/155.0.0.0 Safari/537.36` }, { family: 'chrome', status: 'pass', codes: ['few-versions-old'], behind: 3 }],
  ['Chrome 153 Windows: 5 behind, still information', { userAgent: `${WIN} Chrome/153.0.0.0 Safari/537.36` }, { family: 'chrome', status: 'pass', codes: ['few-versions-old'], behind: 5 }],
  ['Chrome 152 Windows: exactly 6 behind, outdated', { userAgent: `${WIN} Chrome/152.0.0.0 Safari/537.36` }, { family: 'chrome', status: 'warn', codes: ['outdated'], behind: 6 }],
  ['Chrome 150 Windows', { userAgent: `${WIN} Chrome/150.0.0.0 Safari/537.36` }, { family: 'chrome', status: 'warn', codes: ['outdated'], behind: 8 }],
  ['Chrome 120 macOS', { userAgent: `${MAC} Chrome/120.0.0.0 Safari/537.36` }, { family: 'chrome', status: 'warn', os: 'macOS', codes: ['outdated'], behind: 38 }],
  ['Chrome on Linux', { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/157.0.0.0 Safari/537.36' }, { family: 'chrome', status: 'pass', os: 'Linux', device: 'desktop' }],
  ['HeadlessChrome', { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36' }, { family: 'chrome', status: 'pass' }],
  ['ChromeOS', { userAgent: 'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36' }, { family: 'chrome', status: 'pass', os: 'ChromeOS', device: 'desktop' }],
  ['Edge 157 Windows', { userAgent: `${WIN} Chrome/157.0.0.0 Safari/537.36 Edg/157.0.0.0` }, { family: 'edge', status: 'pass', os: 'Windows', codes: ['browser'] }],
  ['Edge 140 macOS', { userAgent: `${MAC} Chrome/140.0.0.0 Safari/537.36 Edg/140.0.3485.54` }, { family: 'edge', status: 'warn', codes: ['outdated'], behind: 18 }],
  ['Edge Legacy 18', { userAgent: `${WIN} Chrome/70.0.3538.102 Safari/537.36 Edge/18.19582` }, { family: 'edge-legacy', status: 'fail', codes: ['edge-legacy'] }],
  ['IE 11', { userAgent: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko' }, { family: 'ie', status: 'fail', codes: ['ie'], os: 'Windows' }],
  ['IE 10', { userAgent: 'Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)' }, { family: 'ie', status: 'fail', codes: ['ie'] }],
  ['Firefox 160 Windows', { userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:160.0) Gecko/20100101 Firefox/160.0' }, { family: 'firefox', status: 'pass', behind: 1 }],
  ['Firefox 89 Linux', { userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:89.0) Gecko/20100101 Firefox/89.0' }, { family: 'firefox', status: 'fail', codes: ['firefox-old'] }],
  ['Firefox 78 ESR Windows', { userAgent: 'Mozilla/5.0 (Windows NT 6.1; Win64; x64; rv:78.0) Gecko/20100101 Firefox/78.0' }, { family: 'firefox', status: 'fail', codes: ['firefox-old'] }],
  ['Firefox 90: allowed but outdated', { userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:90.0) Gecko/20100101 Firefox/90.0' }, { family: 'firefox', status: 'warn', codes: ['outdated'], behind: 71 }],
  ['Firefox 115 ESR macOS', { userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:115.0) Gecko/20100101 Firefox/115.0' }, { family: 'firefox', status: 'warn', os: 'macOS', codes: ['outdated'] }],
  ['Safari 18 macOS', { userAgent: `${MAC_WEBKIT} Version/18.1 Safari/605.1.15` }, { family: 'safari', status: 'pass', os: 'macOS', rate: 88, codes: ['better-route'] }],
  ['Safari 14.0 macOS: the minimum, six years old in 2026', { userAgent: `${MAC_WEBKIT} Version/14.0 Safari/605.1.15` }, { family: 'safari', status: 'warn', codes: ['outdated'], behind: 6 }],
  ['Safari 13.1 macOS', { userAgent: `${MAC_WEBKIT} Version/13.1.2 Safari/605.1.15` }, { family: 'safari', status: 'fail', codes: ['safari-old'] }],
  ['Safari 12 macOS', { userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Safari/605.1.15' }, { family: 'safari', status: 'fail', codes: ['safari-old'] }],
  ['Opera 141 Windows (Chromium 156)', { userAgent: `${WIN} Chrome/156.0.0.0 Safari/537.36 OPR/141.0.0.0` }, { family: 'opera', status: 'pass', behind: 2 }],
  ['Vivaldi 6.5 (Chromium 120)', { userAgent: `${WIN} Chrome/120.0.0.0 Safari/537.36 Vivaldi/6.5.3206.48` }, { family: 'vivaldi', status: 'warn', codes: ['outdated'] }],
  ['Yandex 24.6', { userAgent: `${WIN} Chrome/124.0.0.0 YaBrowser/24.6.0.0 Safari/537.36` }, { family: 'yandex', status: 'warn', codes: ['outdated'] }],
  ['360 Secure Browser', { userAgent: 'Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/86.0.4240.198 Safari/537.36 QIHU 360SE' }, { family: '360', status: 'warn', codes: ['china-browser'] }],
  ['QQ Browser desktop', { userAgent: `${WIN} Chrome/94.0.4606.71 Safari/537.36 Core/1.94.202.400 QQBrowser/11.9.5355.400` }, { family: 'qq', status: 'warn', codes: ['china-browser'] }],
  ['QQ Browser Android', { userAgent: 'Mozilla/5.0 (Linux; U; Android 12; zh-cn; PCLM10 Build/SKQ1.211113.001) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/98.0.4758.102 MQQBrowser/13.6 Mobile Safari/537.36' }, { family: 'qq', status: 'warn', device: 'mobile', codes: ['china-browser'] }],
  ['UC Browser Android', { userAgent: 'Mozilla/5.0 (Linux; U; Android 11; en-US; RMX2151 Build/RP1A.200720.011) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/78.0.3904.108 UCBrowser/13.4.0.1306 Mobile Safari/537.36' }, { family: 'uc', status: 'warn', codes: ['china-browser'] }],
  // Mobile browsers.
  ['iPhone Safari 18', { userAgent: `${IPHONE('18_1')} Version/18.1 Mobile/15E148 Safari/604.1` }, { family: 'safari', status: 'pass', os: 'iOS', device: 'mobile', rate: 92 }],
  ['iPhone Safari 13', { userAgent: `${IPHONE('13_7')} Version/13.1.2 Mobile/15E148 Safari/604.1` }, { family: 'safari', status: 'fail', codes: ['safari-old'] }],
  ['Chrome on iOS 13 (WebKit underneath)', { userAgent: `${IPHONE('13_5')} CriOS/87.0.4280.77 Mobile/15E148 Safari/604.1` }, { family: 'chrome', status: 'fail', codes: ['safari-old'] }],
  ['Chrome on iOS 18', { userAgent: `${IPHONE('18_1')} CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1` }, { family: 'chrome', status: 'pass', os: 'iOS', device: 'mobile' }],
  ['Firefox on iOS', { userAgent: `${IPHONE('18_1')} FxiOS/133.0 Mobile/15E148 Safari/605.1.15` }, { family: 'firefox', status: 'pass', os: 'iOS' }],
  ['Edge on iOS 17: WebKit three releases behind', { userAgent: `${IPHONE('17_5')} Version/17.0 EdgiOS/125.2535.60 Mobile/15E148 Safari/605.1.15` }, { family: 'edge', status: 'warn', os: 'iOS', codes: ['outdated'], behind: 3 }],
  ['Edge on iOS 18', { userAgent: `${IPHONE('18_5')} Version/18.0 EdgiOS/140.3485.54 Mobile/15E148 Safari/605.1.15` }, { family: 'edge', status: 'pass', os: 'iOS', behind: 2 }],
  ['iPad Safari 17: three releases behind', { userAgent: 'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1' }, { family: 'safari', status: 'warn', device: 'tablet', rate: 85, codes: ['outdated'] }],
  ['iPad Safari 26', { userAgent: 'Mozilla/5.0 (iPad; CPU OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Mobile/15E148 Safari/604.1' }, { family: 'safari', status: 'pass', device: 'tablet', rate: 85, behind: 1 }],
  ['Android Chrome 157', { userAgent: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/157.0.0.0 Mobile Safari/537.36' }, { family: 'chrome', status: 'pass', os: 'Android', device: 'mobile', rate: 89 }],
  ['Android tablet Chrome', { userAgent: 'Mozilla/5.0 (Linux; Android 13; SM-X700) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/157.0.0.0 Safari/537.36' }, { family: 'chrome', status: 'pass', device: 'tablet', rate: 85 }],
  ['Samsung Internet 27 (Chromium 125)', { userAgent: 'Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/27.0 Chrome/125.0.0.0 Mobile Safari/537.36' }, { family: 'samsung', status: 'warn', codes: ['outdated'], behind: 33 }],
  ['Firefox Android 160', { userAgent: 'Mozilla/5.0 (Android 14; Mobile; rv:160.0) Gecko/160.0 Firefox/160.0' }, { family: 'firefox', status: 'pass', os: 'Android', device: 'mobile' }],
  ['Huawei Browser (HarmonyOS)', { userAgent: 'Mozilla/5.0 (Linux; Android 10; HarmonyOS; ELS-AN00; HMSCore 6.12.0.302) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/99.0.4844.88 HuaweiBrowser/14.0.5.302 Mobile Safari/537.36' }, { family: 'other', status: 'warn', codes: ['outdated'] }],
  // In-app browsers.
  ['WeChat Android', { userAgent: 'Mozilla/5.0 (Linux; Android 13; V2219A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/111.0.5563.116 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MMWEBID/2247 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64' }, { family: 'in-app', status: 'warn', inApp: 'WeChat', codes: ['in-app'] }],
  ['WeChat iOS', { userAgent: `${IPHONE('17_2')} Mobile/15E148 MicroMessenger/8.0.46(0x18002e2c) NetType/WIFI Language/zh_CN` }, { family: 'in-app', status: 'warn', inApp: 'WeChat' }],
  ['Facebook iOS', { userAgent: `${IPHONE('17_1_2')} Mobile/15E148 [FBAN/FBIOS;FBAV/443.0.0.32.108;FBBV/551345459;FBDV/iPhone15,2;FBMD/iPhone;FBSN/iOS;FBSV/17.1.2;FBSS/3;FBID/phone;FBLC/en_US;FBOP/5;FBRV/0]` }, { family: 'in-app', status: 'warn', inApp: 'Facebook' }],
  ['Facebook Android', { userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/UD1A.230803.041; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.43 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/444.0.0.0.110;]' }, { family: 'in-app', status: 'warn', inApp: 'Facebook' }],
  ['Messenger Android', { userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/UD1A.230803.041; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.43 Mobile Safari/537.36 [FB_IAB/MESSENGER;FBAV/440.0.0.28.107;]' }, { family: 'in-app', status: 'warn', inApp: 'Messenger' }],
  ['Instagram iOS', { userAgent: `${IPHONE('17_1')} Mobile/15E148 Instagram 309.0.2.18.110 (iPhone14,5; iOS 17_1; en_US; en; scale=3.00; 1170x2532; 538000645)` }, { family: 'in-app', status: 'warn', inApp: 'Instagram' }],
  ['TikTok Android', { userAgent: 'Mozilla/5.0 (Linux; Android 12; SM-A525F Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/119.0.6045.163 Mobile Safari/537.36 trill_320403 JsSdk/1.0 NetType/WIFI Channel/googleplay AppName/trill app_version/32.4.3 ByteLocale/en ByteFullLocale/en Region/US AppId/1180 Spark/1.4.6.3-bugfix AppVersion/32.4.3 BytedanceWebview/d8a21c6' }, { family: 'in-app', status: 'warn', inApp: 'TikTok' }],
  ['TikTok iOS', { userAgent: `${IPHONE('17_1')} Mobile/15E148 musical_ly_32.5.0 JsSdk/2.0 NetType/WIFI Channel/App Store ByteLocale/en Region/US ByteFullLocale/en isDarkMode/0 WKWebView/1 RevealType/Dialog BytedanceWebview/d8a21c6` }, { family: 'in-app', status: 'warn', inApp: 'TikTok' }],
  ['Telegram Android', { userAgent: 'Mozilla/5.0 (Linux; Android 13; SM-G991B Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/119.0.6045.163 Mobile Safari/537.36 Telegram-Android/10.3.2 (Samsung SM-G991B; Android 13; SDK 33; AVERAGE)' }, { family: 'in-app', status: 'warn', inApp: 'Telegram' }],
  ['Line iOS', { userAgent: `${IPHONE('17_0')} Mobile/15E148 Safari Line/13.17.0` }, { family: 'in-app', status: 'warn', inApp: 'Line' }],
  ['Line Android', { userAgent: 'Mozilla/5.0 (Linux; Android 13; SM-S901B Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/118.0.5993.111 Mobile Safari/537.36 Line/13.18.1/IAB' }, { family: 'in-app', status: 'warn', inApp: 'Line' }],
  ['KakaoTalk Android', { userAgent: 'Mozilla/5.0 (Linux; Android 12; SM-G998N Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/112.0.5615.135 Mobile Safari/537.36 KAKAOTALK 10.2.3' }, { family: 'in-app', status: 'warn', inApp: 'KAKAOTALK' }],
  ['Snapchat iOS', { userAgent: `${IPHONE('17_1')} Mobile/15E148 Snapchat/12.60.0.41 (like Safari/8617.2.4.10.8, panda)` }, { family: 'in-app', status: 'warn', inApp: 'Snapchat' }],
  ['Android WebView (unnamed app)', { userAgent: 'Mozilla/5.0 (Linux; Android 13; Pixel 7 Build/TQ3A.230805.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36' }, { family: 'in-app', status: 'warn', inApp: 'Chrome WebView' }],
  ['iOS WKWebView (unnamed app)', { userAgent: `${IPHONE('17_0')} Mobile/15E148` }, { family: 'in-app', status: 'warn', inApp: 'iOS app' }],
  // Client hints: brands, platform and platformVersion correct the reduced UA.
  ['Brave by client hints', { userAgent: `${WIN} Chrome/156.0.0.0 Safari/537.36`, brands: [{ brand: 'Brave', version: '156' }, { brand: 'Chromium', version: '156' }, GREASE], platform: 'Windows', mobile: false }, { family: 'brave', status: 'pass', os: 'Windows' }],
  ['Opera GX by client hints', { userAgent: `${WIN} Chrome/156.0.0.0 Safari/537.36`, brands: [GREASE, { brand: 'Chromium', version: '156' }, { brand: 'Opera GX', version: '141' }] }, { family: 'opera', status: 'pass' }],
  ['Chrome on Windows 11 (platformVersion 15)', { userAgent: `${WIN} Chrome/156.0.0.0 Safari/537.36`, brands: [{ brand: 'Google Chrome', version: '156' }, { brand: 'Chromium', version: '156' }, GREASE], platform: 'Windows', platformVersion: '15.0.0', fullVersionList: [{ brand: 'Google Chrome', version: '156.0.8078.108' }] }, { family: 'chrome', status: 'pass', os: 'Windows', rate: 82 }],
  ['Edge on macOS by hints with a stale UA', { userAgent: `${MAC} Chrome/157.0.0.0 Safari/537.36 Edg/157.0.0.0`, brands: [{ brand: 'Microsoft Edge', version: '157' }, { brand: 'Chromium', version: '157' }], platform: 'macOS', platformVersion: '14.5.0' }, { family: 'edge', status: 'pass', os: 'macOS' }],
  ['Android Chrome with mobile hint', { userAgent: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/157.0.0.0 Mobile Safari/537.36', brands: [{ brand: 'Google Chrome', version: '157' }, { brand: 'Chromium', version: '157' }], platform: 'Android', mobile: true, platformVersion: '14.0.0' }, { family: 'chrome', status: 'pass', os: 'Android', device: 'mobile', rate: 89 }],
  ['Plain Chromium (Debian) by hints', { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36', brands: [{ brand: 'Chromium', version: '156' }, GREASE], platform: 'Linux', mobile: false }, { family: 'chromium-other', status: 'pass', os: 'Linux' }],
  ['Hints cannot rescue an outdated engine', { userAgent: `${WIN} Chrome/149.0.0.0 Safari/537.36`, brands: [{ brand: 'Google Chrome', version: '149' }, { brand: 'Chromium', version: '149' }] }, { family: 'chrome', status: 'warn', codes: ['outdated'], behind: 9 }],
  ['IE UA stays IE even with stray hints', { userAgent: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko', brands: [{ brand: 'Google Chrome', version: '156' }] }, { family: 'ie', status: 'fail' }],
  // Feature detection beats the UA.
  ['Chrome without getUserMedia', { userAgent: `${WIN} Chrome/156.0.0.0 Safari/537.36`, features: { getUserMedia: false, secureContext: true, webAssembly: true, wasmSimd: true, webgl: true } }, { family: 'chrome', status: 'fail', codes: ['no-getUserMedia'] }],
  // FaceTec does not need WebGL (only our face analysis does): said, but the browser still passes.
  ['Chrome without WebGL', { userAgent: `${WIN} Chrome/156.0.0.0 Safari/537.36`, features: { webgl: false } }, { family: 'chrome', status: 'pass', codes: ['no-webgl'] }],
  ['Chrome without Web Workers', { userAgent: `${WIN} Chrome/156.0.0.0 Safari/537.36`, features: { workers: false, webgl: true } }, { family: 'chrome', status: 'fail', codes: ['no-workers'] }],
  ['Chrome without wasm SIMD', { userAgent: `${WIN} Chrome/156.0.0.0 Safari/537.36`, features: { wasmSimd: false, webAssembly: true } }, { family: 'chrome', status: 'fail', codes: ['no-wasmSimd'] }],
  ['Insecure context', { userAgent: `${MAC_WEBKIT} Version/18.1 Safari/605.1.15`, features: { secureContext: false } }, { family: 'safari', status: 'fail', codes: ['no-secureContext'] }],
  ['No WebAssembly at all', { userAgent: `${WIN} Chrome/156.0.0.0 Safari/537.36`, features: { webAssembly: false, wasmSimd: false } }, { family: 'chrome', status: 'fail', codes: ['no-webAssembly', 'no-wasmSimd'] }],
  ['All features present', { userAgent: `${WIN} Chrome/156.0.0.0 Safari/537.36`, features: { getUserMedia: true, secureContext: true, webAssembly: true, wasmSimd: true, webgl: true } }, { family: 'chrome', status: 'pass' }],
  ['Unmeasured features do not fail (service worker)', { userAgent: `${WIN} Chrome/156.0.0.0 Safari/537.36`, features: { secureContext: true, webAssembly: true, wasmSimd: true } }, { family: 'chrome', status: 'pass' }],
  // Unknown.
  ['Empty UA', { userAgent: '' }, { family: 'unknown', status: 'warn', codes: ['unknown'] }],
  ['curl', { userAgent: 'curl/8.5.0' }, { family: 'unknown', status: 'warn', codes: ['unknown'] }],
];

describe('assessBrowser on real user agents', () => {
  it('covers at least 40 real UA strings', () => {
    const distinct = new Set(TABLE.map(([, input]) => input.userAgent)).size;
    console.info(`UA table: ${TABLE.length} rows, ${distinct} distinct user-agent strings`);
    expect(distinct).toBeGreaterThanOrEqual(40);
  });

  it.each(TABLE)('%s', (_label, input, expected) => {
    const result = assessBrowser(input, NOW);
    const codes = result.findings.map((finding) => finding.code);
    expect(result.family).toBe(expected.family);
    expect(result.status).toBe(expected.status);
    if (expected.os) expect(result.os.name).toBe(expected.os);
    if (expected.device) expect(result.device).toBe(expected.device);
    if (expected.inApp) expect(result.inApp).toBe(expected.inApp);
    if (expected.rate !== undefined) expect(result.successRate).toBe(expected.rate);
    if (expected.behind !== undefined) expect(result.behind).toBe(expected.behind);
    for (const code of expected.codes ?? []) expect(codes).toContain(code);
    // The summary is the worst finding, and only non-passing results carry a fix.
    expect(result.summary).toEqual(result.findings[0]!.message);
    expect(Boolean(result.fix)).toBe(result.status !== 'pass');
    // Every finding renders as a real sentence: a known key with every placeholder filled.
    for (const finding of result.findings) expect(english(finding.message)).not.toMatch(/^checks\.|\{\w+\}/);
  });
});
