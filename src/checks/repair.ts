// One-click permission repair. Chromium browsers let an extension open their settings pages with
// tabs.create (each under its own scheme); Firefox and Safari forbid it, and operating-system
// privacy switches are outside the browser, so those get step-by-step instructions instead.
import type { Message, MessageKey } from '../i18n/translate';
import type { RepairAction } from './row';
import type { BrowserFamily, DeviceType } from '../browser/types';

export const BINANCE_ORIGIN = 'https://www.binance.com';

export interface RepairContext {
  family: BrowserFamily;
  os?: string;
  device?: DeviceType;
}

/** Desktop Chromium browsers and the scheme their settings pages live under. */
const SETTINGS_SCHEMES: Partial<Record<BrowserFamily, string>> = {
  chrome: 'chrome',
  'chromium-other': 'chrome',
  edge: 'edge',
  brave: 'brave',
  opera: 'opera',
  vivaldi: 'vivaldi',
};

export function settingsScheme(context: RepairContext): string | undefined {
  // On Android and iOS chrome://settings is not the settings UI (that is native): steps there.
  const mobileOs = context.os === 'Android' || context.os === 'iOS';
  return mobileOs ? undefined : SETTINGS_SCHEMES[context.family];
}

export function siteSettingsUrl(scheme: string, origin: string): string {
  return `${scheme}://settings/content/siteDetails?site=${encodeURIComponent(origin)}`;
}

function steps(prefix: string, count: number, params?: Message['params']): RepairAction {
  return {
    kind: 'steps',
    title: { key: `checks.${prefix}.title` as MessageKey, params },
    steps: Array.from({ length: count }, (_, index) => ({ key: `checks.${prefix}.${index + 1}` as MessageKey, params })),
  };
}

/** Shortcuts to the browser's camera permission for the given origins (binance.com by default). */
export function browserRepairActions(context: RepairContext, origins: readonly string[] = [BINANCE_ORIGIN]): RepairAction[] {
  const scheme = settingsScheme(context);
  if (scheme) {
    const perSite: RepairAction[] = origins.map((origin) => ({
      kind: 'open-url',
      url: siteSettingsUrl(scheme, origin),
      label: { key: 'checks.action.siteSettings', params: { site: new URL(origin).host || origin } },
    }));
    return [...perSite, { kind: 'open-url', url: `${scheme}://settings/content/camera`, label: { key: 'checks.action.cameraSettings' } }];
  }
  if (context.os === 'iOS') return [steps('steps.iosSite', 3)];
  if (context.family === 'firefox') return [steps(context.os === 'Android' ? 'steps.androidSite' : 'steps.firefox', 4)];
  if (context.family === 'safari') return [steps('steps.safari', 4)];
  if (context.os === 'Android') return [steps('steps.androidSite', 4)];
  return [steps('steps.genericSite', 3)];
}

/**
 * Shortcuts to the extension's *own* camera permission (its pages are where the pre-flight asks).
 * Chromium opens the extension's entry in its site settings; Firefox cannot be sent to its
 * settings, so it gets steps; without a known extension origin, generic steps.
 */
export function extensionRepairActions(context: RepairContext, extensionOrigin: string | undefined): RepairAction[] {
  const scheme = settingsScheme(context);
  if (scheme) {
    const camera: RepairAction = { kind: 'open-url', url: `${scheme}://settings/content/camera`, label: { key: 'checks.action.cameraSettings' } };
    if (!extensionOrigin) return [camera];
    return [{ kind: 'open-url', url: siteSettingsUrl(scheme, extensionOrigin), label: { key: 'checks.action.extensionSettings' } }, camera];
  }
  if (context.family === 'firefox') return [steps('steps.firefoxExtension', 4)];
  return [steps('steps.genericExtension', 3)];
}

/** The operating system's own camera switch: Windows has a settings URI, the rest have steps. */
export function osRepairActions(os: string | undefined): RepairAction[] {
  switch (os) {
    case 'Windows':
      return [
        { kind: 'open-url', url: 'ms-settings:privacy-webcam', label: { key: 'checks.action.windowsCamera' } },
        steps('steps.windows', 4),
      ];
    case 'macOS':
      return [steps('steps.macos', 4)];
    case 'iOS':
      return [steps('steps.ios', 3)];
    case 'Android':
      return [steps('steps.android', 4)];
    default:
      return [];
  }
}
