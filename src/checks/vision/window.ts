// From a window of analysed frames to the window checks of the report (pure): each module in the
// registry that declares `window` judges it, in report order, and its row's words come from its cause.
import type { Message } from '../../i18n/translate';
import type { AnalysisWindow } from '../../vision/window';
import type { Finding, WindowJudging } from '../define';
import { sayCause } from '../define';
import { moduleOf, VISION_CHECK_IDS, WINDOW_MODULES, type CauseId, type CheckId, type CheckResult } from '../registry';
import type { Measurements } from '../row';
import { paramsOf } from './params';
import { causeOf, type SkipCode } from './skips';

export type { SkipCode };

export function toCheck(id: CheckId, finding: Finding, raw: Measurements): CheckResult {
  const module = moduleOf(id)!;
  // A value that could not be measured is left out rather than stored as NaN (JSON has no NaN).
  const measured: Measurements = Object.fromEntries(
    Object.entries(raw).filter(([, value]) => typeof value !== 'number' || Number.isFinite(value)),
  );
  if (finding.status === 'skip') measured.skipped = finding.code;
  const cause = causeOf(finding) as CauseId | undefined;
  const text = cause ? sayCause(module, cause, measured) : undefined;
  const passKey = module.window?.passKey ?? (`vision.${id}.ok` as Message['key']);
  return {
    id,
    status: finding.status,
    ...(cause ? { cause } : {}),
    // Pass rows say what was measured; every other row's message comes from its cause.
    summary: text?.summary ?? { key: passKey, params: paramsOf(measured) },
    ...(text?.fix ? { fix: text.fix } : {}),
    measured,
  };
}

/** Every window check skipped for one reason (no camera, model failed to load...). */
export function skippedVisionChecks(code: SkipCode): CheckResult[] {
  return VISION_CHECK_IDS.map((id) => toCheck(id, { status: 'skip', code }, {}));
}

/** Every window check, in report order. Checks that need a face skip (with the reason) without one. */
export function visionChecks(window: AnalysisWindow): CheckResult[] {
  const { frames, camera } = window;
  const aspect = camera.width > 0 && camera.height > 0 ? camera.width / camera.height : 4 / 3;
  const single = frames.flatMap((f) => (f.faceCount === 1 && f.metrics ? [f.metrics] : []));
  const found = new Map<string, Finding>();
  let faceSkip: SkipCode | undefined;
  return WINDOW_MODULES.map((module) => {
    const { finding, measured } = module.window.judge({ window, single, aspect, found, faceSkip });
    found.set(module.id, finding);
    const window_ = module.window as WindowJudging;
    faceSkip = (window_.faceSkipAfter?.(finding, { window, single, aspect, found, faceSkip }) as SkipCode | undefined) ?? faceSkip;
    return toCheck(module.id, finding, measured);
  });
}
