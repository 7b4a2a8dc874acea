// The environment checks the pre-flight runs beside the camera: browser, camera permission,
// network and time of day. Never throws: a check that breaks comes back as a skip with its cause.
// (The camera itself: open-camera.ts opens it, camera-device.ts decides its row.)
import { assessBrowser } from '../browser/assess';
import { browserInputFromNavigator } from '../browser/navigator-input';
import type { BrowserAssessment } from '../browser/types';
import { browserCheck } from './environment/browser';
import { cameraPermissionCheck, type CameraAttempt, type SiteCameraPermission } from './environment/camera-permission';
import { networkCheck, readNetwork } from './environment/network';
import { timingCheck } from './environment/timing';
import { ownExtensionOrigin, queryOwnCameraPermission } from './permission';
import { causeText, type CheckId, type CheckResult } from './registry';
import type { RepairContext } from './repair';

type SiteCamera = { state: SiteCameraPermission; at: number };

export interface EnvironmentOptions {
  /**
   * binance.com's camera permission: what the content script last reported (the caller reads it
   * from storage, src/storage/environment.ts); unknown when absent.
   */
  siteCameraPermission?: SiteCamera | null | Promise<SiteCamera | null | undefined>;
  now?: Date;
  /**
   * The pre-flight's own attempt to open the camera: camera-permission waits for it and then asks
   * the browser, so the row says what is true after the prompt, never what was true before it.
   */
  camera?: Promise<CameraAttempt | undefined>;
}

export interface Environment {
  checks: CheckResult[];
  /** Pass it to openCamera so camera failures offer this browser's repair shortcuts. */
  repair: RepairContext;
  assessment: BrowserAssessment;
}

function failed(id: CheckId): CheckResult {
  return { id, status: 'skip', cause: 'internal-error', ...causeText(id, 'internal-error') };
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
  const site = (await Promise.resolve(options.siteCameraPermission).catch(() => null)) ?? undefined;
  const extensionOrigin = ownExtensionOrigin();
  const checks = await Promise.all([
    guarded('browser', () => browserCheck(assessment)),
    guarded('camera-permission', async () => {
      const camera = await options.camera?.catch(() => undefined);
      return cameraPermissionCheck({ ...repair, extension: await queryOwnCameraPermission(), site, extensionOrigin, camera });
    }),
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
