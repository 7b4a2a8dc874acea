// Where the pre-flight meets the checks: the window's vision rows, the rows skipped for a failure,
// one frame's per-check findings (for the coach), and the environment rows run beside the camera.
// Every call from preflight/ into the check modules goes through here, so a change to how checks
// are declared changes this file and nothing else in the pre-flight.
import { checkEnvironment } from '../checks/environment';
import type { CameraAttempt } from '../checks/environment/camera-permission';
import { FRAME_JUDGES, type FrameCheckId } from '../checks/registry';
import { faceCountFinding } from '../checks/vision/face-count';
import { idMatchCheck } from '../checks/match/id-match';
import { skippedVisionChecks, visionChecks, type SkipCode } from '../checks/vision/window';
import { readSiteCamera } from '../storage/environment';
import { readIdMatch } from '../storage/id-match';
import { extensionPageUrl } from '../util/page-url';
import type { CheckResult } from '../report/types';
import type { FrameMetrics } from '../vision/types';
import type { AnalysisWindow, FrameRecord, ScanSummary, WindowCamera } from '../vision/window';

export type { AnalysisWindow, FrameCheckId, FrameRecord, ScanSummary, SkipCode, WindowCamera };
export { aggregateFindings } from '../checks/vision/judging';

/** The vision rows of a window of frames: what the report says, and what the coach shows live. */
export function judgeWindow(window: AnalysisWindow): CheckResult[] {
  return visionChecks(window);
}

/** Every vision row skipped for one reason. */
export function skippedVision(code: SkipCode): CheckResult[] {
  return skippedVisionChecks(code);
}

/**
 * browser, camera-permission, network and timing (camera-permission waits for the camera attempt),
 * and the ID match page's last answer, which needs no camera either. Never rejects.
 */
export async function environmentChecks(camera: Promise<CameraAttempt>): Promise<CheckResult[]> {
  const [environment, idMatch] = await Promise.all([
    checkEnvironment({ camera, siteCameraPermission: readSiteCamera() }).catch((): CheckResult[] => []),
    idMatchRow(),
  ]);
  return [...environment, idMatch];
}

/** The ID match's row from storage; an answer that cannot be read is no answer (the row invites the check). */
export async function idMatchRow(now = Date.now()): Promise<CheckResult> {
  const stored = await readIdMatch(now).catch(() => null);
  return idMatchCheck(stored, now, extensionPageUrl('match'));
}

/** The per-frame checks, each with its finding on one frame's metrics. */
export function frameFindings(metrics: FrameMetrics): { id: FrameCheckId; status: CheckResult['status']; code: string }[] {
  return (Object.entries(FRAME_JUDGES) as [FrameCheckId, (m: FrameMetrics) => { status: CheckResult['status']; code: string }][]).map(
    ([id, judge]) => ({ id, ...judge(metrics) }),
  );
}

/** One per-frame check's finding on one frame's metrics. */
export function frameFinding(id: FrameCheckId, metrics: FrameMetrics): { status: CheckResult['status']; code: string } {
  return (FRAME_JUDGES[id] as (m: FrameMetrics) => { status: CheckResult['status']; code: string })(metrics);
}

/** face-count's finding over a window (the coach's "only you" or "find your face"). */
export function faceCountCode(frames: readonly FrameRecord[], scan?: ScanSummary): string {
  return faceCountFinding(frames, scan).code;
}

// The camera-device row and the camera opening it is decided from.
export { cameraAttemptOf, openCamera, type OpenedCamera } from '../checks/open-camera';
export { cameraLostCheck, cameraNotAnsweredCheck, finalCameraCheck } from '../checks/camera/camera-device';
