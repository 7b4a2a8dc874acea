// Who is this browser? ua-parser-js (1.x: MIT, like this project; 2.x is AGPL) reads the UA
// string; a thin client-hints layer then corrects what the frozen/reduced UA hides (Brave and
// Opera look like Chrome, Windows 11 says "Windows NT 10.0"), and a few in-app tokens the parser
// does not know are added. Pure: the same input always gives the same answer, and nothing throws.
import UAParser from 'ua-parser-js';
import { hintedBrowser, hintedOs } from './client-hints';
import type { BrowserFamily, ClientHints, DetectedBrowser, DeviceType } from './types';




/** Lower-case: the parser keeps the UA's own spelling ("KAKAOTALK", "Line"). */
const IN_APP_NAMES = new Set([
  'wechat', 'facebook', 'instagram', 'tiktok', 'line', 'kakaotalk', 'kakaostory', 'naver', 'snapchat',
  'twitter', 'alipay', 'linkedin', 'weibo', 'gsa', 'daum', 'klarna', 'chrome webview',
]);

/** In-app tokens ua-parser-js 1.x does not name (newer TikTok/Douyin, Telegram, Chinese super-apps). */
const EXTRA_IN_APP: readonly [RegExp, string][] = [
  [/BytedanceWebview|\btrill_|\baweme\b|musical_ly/i, 'TikTok'],
  [/Telegram-(?:Android|iOS)|TelegramBot/i, 'Telegram'],
  [/\bDingTalk\//i, 'DingTalk'],
  [/\b(?:Lark|Feishu)\//i, 'Lark'],
  [/baiduboxapp/i, 'Baidu'],
  [/\[Pinterest\//i, 'Pinterest'],
  [/\bDiscord\//i, 'Discord'],
  [/FB_IAB\/MESSENGER|MessengerForiOS/i, 'Messenger'],
  [/\bQQ\/\d/, 'QQ'],
];

const FAMILY_BY_NAME: Record<string, BrowserFamily> = {
  Chrome: 'chrome', 'Mobile Chrome': 'chrome', Edge: 'edge', Brave: 'brave', Opera: 'opera', 'Opera GX': 'opera',
  'Opera Touch': 'opera', 'Opera Mobi': 'opera', Vivaldi: 'vivaldi', 'Samsung Internet': 'samsung', Yandex: 'yandex',
  Firefox: 'firefox', 'Mobile Firefox': 'firefox', 'Firefox Focus': 'firefox', Safari: 'safari',
  'Mobile Safari': 'safari', IE: 'ie', IEMobile: 'ie', '360': '360', QQBrowser: 'qq', QQBrowserLite: 'qq',
  UCBrowser: 'uc', Chromium: 'chromium-other', 'Chrome Headless': 'chrome',
};

const OS_NAMES: Record<string, string> = {
  'Mac OS': 'macOS', 'Chromium OS': 'ChromeOS', Windows: 'Windows', iOS: 'iOS', Android: 'Android',
  Linux: 'Linux', Ubuntu: 'Linux', Debian: 'Linux', Fedora: 'Linux', HarmonyOS: 'HarmonyOS',
};

export function majorOf(version: string | undefined): number | undefined {
  const match = /^\s*(\d{1,6})/.exec(version ?? '');
  return match ? Number(match[1]) : undefined;
}

function deviceOf(type: string | undefined, osName: string | undefined, hints: ClientHints): DeviceType {
  if (type === 'tablet') return 'tablet';
  if (type === 'mobile' || type === 'wearable') return 'mobile';
  if (hints.mobile === true) return 'mobile';
  if (osName === 'iOS' || osName === 'Android') return 'mobile';
  if (osName || hints.mobile === false) return 'desktop';
  return 'unknown';
}

export function detectBrowser(userAgent: string, hints: ClientHints): DetectedBrowser {
  const result = new UAParser(userAgent).getResult();
  const parsedName = result.browser.name;
  let name = parsedName;
  let version = result.browser.version;
  let family: BrowserFamily = parsedName ? (FAMILY_BY_NAME[parsedName] ?? 'other') : 'unknown';
  let inApp = parsedName && IN_APP_NAMES.has(parsedName.toLowerCase()) ? parsedName : undefined;
  inApp = EXTRA_IN_APP.find(([pattern]) => pattern.test(userAgent))?.[1] ?? inApp;

  const engine = { name: result.engine.name, version: result.engine.version, major: majorOf(result.engine.version) };
  if (result.engine.name === 'EdgeHTML') family = 'edge-legacy';

  let osName = result.os.name ? (OS_NAMES[result.os.name] ?? result.os.name) : undefined;
  let osVersion = result.os.version;
  // iOS apps that embed WKWebView send Safari's UA without the "Safari/" token.
  if (!inApp && osName === 'iOS' && !/Safari\//.test(userAgent) && !/CriOS|FxiOS|EdgiOS|OPiOS/.test(userAgent)) {
    inApp = 'iOS app';
  }
  if (/Chrome Headless/.test(parsedName ?? '')) name = 'Chrome';

  // Client hints are what the browser says about itself beyond the reduced UA: trust them.
  const hinted = hintedBrowser(hints);
  if (hinted && !inApp && family !== 'ie' && family !== 'edge-legacy') {
    family = hinted.family;
    name = hinted.name;
    version = hinted.version ?? version;
  }
  if (hints.chromiumVersion && engine.name === 'Blink') {
    engine.version = hints.chromiumVersion;
    engine.major = majorOf(hints.chromiumVersion);
  }
  const os = hintedOs(hints, osName, osVersion);
  osName = os.name;
  osVersion = os.version;
  if (inApp) family = 'in-app';

  return {
    family,
    name,
    version,
    major: majorOf(version),
    engine,
    os: { name: osName, version: osVersion, major: majorOf(osVersion) },
    device: deviceOf(result.device.type, osName, hints),
    inApp,
  };
}
