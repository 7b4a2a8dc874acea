// Reads assessBrowser's input from a Navigator: works in pages and in the service worker
// (WorkerNavigator), with or without navigator.userAgentData. Never throws, never hangs.
import { cleanBrands } from './client-hints';
import type { Brand, BrowserInput } from './types';
import { detectFeatures } from './features';
import { valueWithin } from '../util/timeout';

interface UADataLike {
  brands?: unknown;
  mobile?: unknown;
  platform?: unknown;
  getHighEntropyValues?: (hints: string[]) => Promise<Record<string, unknown>>;
}

interface NavigatorLike {
  userAgent?: unknown;
  userAgentData?: UADataLike;
  brave?: { isBrave?: () => Promise<boolean> };
}

/** High-entropy hints are a promise the browser may delay; a pre-flight must not wait on it. */
const HIGH_ENTROPY_TIMEOUT_MS = 500;


export async function browserInputFromNavigator(
  nav: NavigatorLike | Navigator = globalThis.navigator,
  scope: typeof globalThis = globalThis,
): Promise<BrowserInput> {
  const source = (nav ?? {}) as NavigatorLike;
  const input: BrowserInput = { userAgent: typeof source.userAgent === 'string' ? source.userAgent : '' };
  try {
    input.features = detectFeatures(scope);
  } catch {
    // Leave features unmeasured rather than fail the whole input.
  }
  const data = source.userAgentData;
  if (data && typeof data === 'object') {
    input.brands = cleanBrands(data.brands);
    if (typeof data.platform === 'string') input.platform = data.platform;
    if (typeof data.mobile === 'boolean') input.mobile = data.mobile;
    try {
      const high = await valueWithin(
        data.getHighEntropyValues?.(['fullVersionList', 'platformVersion']) ?? Promise.resolve(undefined),
        HIGH_ENTROPY_TIMEOUT_MS,
      );
      if (high) {
        input.fullVersionList = cleanBrands(high.fullVersionList);
        if (typeof high.platformVersion === 'string') input.platformVersion = high.platformVersion;
      }
    } catch {
      // Denied by a permissions policy or not implemented: the low-entropy hints still count.
    }
  }
  // Brave hides from client hints in some versions but always exposes navigator.brave.
  if (typeof source.brave?.isBrave === 'function' && !input.brands?.some((b: Brand) => b.brand === 'Brave')) {
    const version =
      input.brands?.find((b) => b.brand === 'Chromium')?.version ?? /Chrome\/([\d.]+)/.exec(input.userAgent)?.[1];
    if (version) input.brands = [{ brand: 'Brave', version }, ...(input.brands ?? [])];
  }
  return input;
}
