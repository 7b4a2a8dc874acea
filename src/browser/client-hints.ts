// User-Agent Client Hints (navigator.userAgentData): brands tell Brave, Opera and Edge apart from
// Chrome (their reduced UA strings can be identical), platform/platformVersion tell Windows 11
// from 10 (both say "Windows NT 10.0"). Only Chromium browsers send them; everything is optional.
import type { Brand, BrowserFamily, ClientHints } from './types';



const BRANDS: Record<string, { family: BrowserFamily; name: string }> = {
  'Google Chrome': { family: 'chrome', name: 'Chrome' },
  'Microsoft Edge': { family: 'edge', name: 'Edge' },
  Brave: { family: 'brave', name: 'Brave' },
  Opera: { family: 'opera', name: 'Opera' },
  'Opera GX': { family: 'opera', name: 'Opera GX' },
  Vivaldi: { family: 'vivaldi', name: 'Vivaldi' },
  'Samsung Internet': { family: 'samsung', name: 'Samsung Internet' },
  YaBrowser: { family: 'yandex', name: 'Yandex' },
  Yandex: { family: 'yandex', name: 'Yandex' },
};

const MAX_TEXT = 128;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, MAX_TEXT) : undefined;
}

/** Keeps only well-formed brand entries: the input may come from anywhere (and GREASE is random). */
export function cleanBrands(value: unknown): Brand[] {
  if (!Array.isArray(value)) return [];
  const brands: Brand[] = [];
  for (const entry of value.slice(0, 16)) {
    if (!entry || typeof entry !== 'object') continue;
    const brand = text((entry as { brand?: unknown }).brand);
    const version = text((entry as { version?: unknown }).version);
    if (brand && version) brands.push({ brand, version });
  }
  return brands;
}

export function cleanHints(input: {
  brands?: unknown;
  fullVersionList?: unknown;
  platform?: unknown;
  platformVersion?: unknown;
  mobile?: unknown;
}): ClientHints {
  const brands = cleanBrands(input.brands);
  const fullVersionList = cleanBrands(input.fullVersionList);
  const chromium = [...fullVersionList, ...brands].find((entry) => entry.brand === 'Chromium');
  return {
    brands,
    fullVersionList,
    platform: text(input.platform),
    platformVersion: text(input.platformVersion),
    mobile: typeof input.mobile === 'boolean' ? input.mobile : undefined,
    chromiumVersion: chromium?.version,
  };
}

/** The browser named by its brands, with the most precise version available. */
export function hintedBrowser(hints: ClientHints): { family: BrowserFamily; name: string; version?: string } | undefined {
  for (const list of [hints.fullVersionList, hints.brands]) {
    const known = list.find((entry) => entry.brand in BRANDS);
    if (known) return { ...BRANDS[known.brand]!, version: known.version };
  }
  // Only "Chromium" (and GREASE): a plain Chromium build, e.g. Debian's.
  if (hints.chromiumVersion) return { family: 'chromium-other', name: 'Chromium', version: hints.chromiumVersion };
  return undefined;
}

const PLATFORMS: Record<string, string> = {
  Windows: 'Windows', macOS: 'macOS', Linux: 'Linux', Android: 'Android', 'Chrome OS': 'ChromeOS',
  'Chromium OS': 'ChromeOS', ChromeOS: 'ChromeOS', iOS: 'iOS',
};

/** Windows reports its platformVersion as the UniversalApiContract: 13 and above is Windows 11. */
function windowsVersion(platformVersion: string): string | undefined {
  const major = Number(/^(\d+)/.exec(platformVersion)?.[1]);
  if (!Number.isFinite(major)) return undefined;
  if (major >= 13) return '11';
  if (major >= 1) return '10';
  return undefined;
}

export function hintedOs(hints: ClientHints, uaName?: string, uaVersion?: string): { name?: string; version?: string } {
  const name = hints.platform ? PLATFORMS[hints.platform] : undefined;
  if (!name) return { name: uaName, version: uaVersion };
  const version = hints.platformVersion
    ? name === 'Windows'
      ? windowsVersion(hints.platformVersion)
      : hints.platformVersion
    : undefined;
  return { name, version: version ?? (name === uaName ? uaVersion : undefined) };
}
