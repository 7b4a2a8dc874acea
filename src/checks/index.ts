// The environment checks the pre-flight runs before any face analysis: browser, camera permission,
// network and time of day (checkEnvironment), and the camera itself (openCamera). Neither function
// ever throws: failures come back as failing checks with their fix.
import type { SiteCameraPermission } from '../messaging/protocol';
import type { CheckId, CheckResult } from '../report/types';
import { readSiteCamera } from '../storage/environment';
import { assessBrowser, type BrowserAssessment } from './browser';
import { browserCheck } from './browser-check';
import { browserInputFromNavigator } from './navigator-input';
import { networkCheck, readNetwork } from './network';
import { cameraPermissionCheck, queryOwnCameraPermission } from './permission';
import type { RepairContext } from './repair';
import { timingCheck } from './timing';

export { assessBrowser, type BrowserAssessment, type BrowserInput } from './browser';
export { browserInputFromNavigator } from './navigator-input';
export { listCameras, openCamera, type CameraInfo, type OpenCameraOptions, type OpenedCamera } from './camera';
export { cameraChoiceItem, type CameraChoice } from './camera-choice';
export { browserRepairActions, osRepairActions } from './repair';

export interface EnvironmentOptions {
  /** binance.com's camera permission; defaults to what the content script last reported (stored by the background). */
  siteCameraPermission?: { state: SiteCameraPermission; at: number };
  now?: Date;
}

export interface Environment {
  checks: CheckResult[];
  /** Pass it to openCamera so camera failures offer this browser's repair shortcuts. */
  repair: RepairContext;
  assessment: BrowserAssessment;
}

function failed(id: CheckId): CheckResult {
  return { id, status: 'skip', summary: { key: 'checks.internalError' } };
}

async function guarded(id: CheckId, run: () => CheckResult | Promise<CheckResult>): Promise<CheckResult> {
  try {
    return await run();
  } catch {
    return failed(id);
  }
}

/** Everything checkEnvironment decides, plus the repair context for openCamera. */
export async function assessEnvironment(options: EnvironmentOptions = {}): Promise<Environment> {
  const now = options.now ?? new Date();
  const assessment = assessBrowser(await browserInputFromNavigator(globalThis.navigator).catch(() => ({ userAgent: '' })), now);
  const repair: RepairContext = { family: assessment.family, os: assessment.os.name, device: assessment.device };
  // Not given: what the content script last reported (stored by the background), when it did.
  const site = options.siteCameraPermission ?? (await readSiteCamera().catch(() => null)) ?? undefined;
  const extensionOrigin = typeof location === 'object' && location.protocol.endsWith('-extension:') ? location.origin : undefined;
  const checks = await Promise.all([
    guarded('browser', () => browserCheck(assessment)),
    guarded('camera-permission', async () =>
      cameraPermissionCheck({ ...repair, extension: await queryOwnCameraPermission(), site, extensionOrigin }),
    ),
    guarded('network', () => networkCheck(readNetwork())),
    guarded('timing', () => timingCheck(now)),
  ]);
  return { checks, repair, assessment };
}

/** browser, camera-permission, network and timing: everything that needs no open camera. */
export async function checkEnvironment(options: EnvironmentOptions = {}): Promise<CheckResult[]> {
  try {
    return (await assessEnvironment(options)).checks;
  } catch {
    return (['browser', 'camera-permission', 'network', 'timing'] as const).map(failed);
  }
}
