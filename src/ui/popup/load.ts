// Thin adapters behind the popup's glance: the background's state (with a timeout so the popup
// is never blank), the extension's own camera permission, and a local browser assessment.
import type { BrowserAssessment } from '../../browser/types';
import { queryOwnCameraPermission, type OwnCameraPermission } from '../../checks/permission';
import { sendMessage, type BackgroundState } from '../../messaging/protocol';
import { withTimeout } from '../../util/timeout';

/** The background normally answers in a few ms; a worker waking up takes longer, a dead one never does. */
export const BACKGROUND_TIMEOUT_MS = 1000;

export type BackgroundResult = { kind: 'loading' } | { kind: 'ok'; state: BackgroundState } | { kind: 'error' };

export async function loadBackgroundState(timeoutMs = BACKGROUND_TIMEOUT_MS): Promise<BackgroundResult> {
  try {
    const state = await withTimeout(sendMessage('bg:get-state', undefined), timeoutMs);
    if (!state || typeof state !== 'object' || !state.attempts) throw new Error('malformed state');
    return { kind: 'ok', state };
  } catch (error) {
    console.warn('popup: background state unavailable', error);
    return { kind: 'error' };
  }
}

export type CameraPermission = OwnCameraPermission;

/** In an extension page this is the extension's own origin (what the popup's inline run needs). */
export const readCameraPermission = queryOwnCameraPermission;

/**
 * Used when the background did not send its own assessment: the same pure function on this page's
 * navigator. Loaded on demand: ua-parser-js is the popup's largest dependency and the first render
 * must not wait for it.
 */
export async function assessThisBrowser(): Promise<BrowserAssessment> {
  const [{ assessBrowser }, { browserInputFromNavigator }] = await Promise.all([
    import('../../browser/assess'),
    import('../../browser/navigator-input'),
  ]);
  return assessBrowser(await browserInputFromNavigator());
}
