// The one list of checks, in report order. Adding a check: write its module, its strings, and add
// it here; every table below (ids, causes, topics, fix-first tiers, live chips, shown measures, the
// checklist mapping, the window's judges) follows from the modules.
import type { ScenarioId } from '../figures/facts';
import type { Message } from '../i18n/translate';
import { CAMERA_DEVICE } from './camera/camera-device';
import { CAMERA_QUALITY } from './camera/camera-quality';
import { sayCause, type CheckModule, type MeasureFormat } from './define';
import { BROWSER } from './environment/browser';
import { CAMERA_PERMISSION } from './environment/camera-permission';
import { NETWORK } from './environment/network';
import { TIMING } from './environment/timing';
import { ID_MATCH } from './match/id-match';
import type { Measurements, Row, SkipCause } from './row';
import { BACKGROUND_CHECK } from './vision/background';
import { BACKLIGHT_CHECK } from './vision/backlight';
import { DISTANCE_CHECK } from './vision/distance';
import { EYES_OPEN } from './vision/eyes-open';
import { FACE_COUNT } from './vision/face-count';
import { FACE_POSITION } from './vision/face-position';
import { GLARE_CHECK } from './vision/glare';
import { HEAD_POSE } from './vision/head-pose';
import { LIGHTING_CHECK } from './vision/lighting';
import { OCCLUSION_CHECK } from './vision/occlusion';
import { SHARPNESS_CHECK } from './vision/sharpness';
import { STABILITY_CHECK } from './vision/stability';

export const CHECK_MODULES = [
  BROWSER,
  CAMERA_PERMISSION,
  CAMERA_DEVICE,
  NETWORK,
  TIMING,
  FACE_COUNT,
  HEAD_POSE,
  DISTANCE_CHECK,
  FACE_POSITION,
  LIGHTING_CHECK,
  BACKLIGHT_CHECK,
  SHARPNESS_CHECK,
  EYES_OPEN,
  OCCLUSION_CHECK,
  GLARE_CHECK,
  BACKGROUND_CHECK,
  STABILITY_CHECK,
  CAMERA_QUALITY,
  // Judged on match.html, shown last: the ID photo is the one thing not judged on this camera.
  ID_MATCH,
] as const;

type AnyModule = (typeof CHECK_MODULES)[number];

/** Every check the pre-flight can report, by stable id (part of the DOM contract: data-check). */
export type CheckId = AnyModule['id'];
export const CHECK_IDS: readonly CheckId[] = CHECK_MODULES.map((module) => module.id);

/** Why a check did not pass, as a stable id (`data-cause`, carried in the exported report). */
export type FindingCause = AnyModule['causes'][number];
export type CauseId = FindingCause | SkipCause;
export const CAUSES = Object.fromEntries(CHECK_MODULES.map((module) => [module.id, module.causes])) as {
  readonly [M in AnyModule as M['id']]: M['causes'];
};

/** A row of the report. */
export type CheckResult = Row<CheckId, CauseId>;

const BY_ID: ReadonlyMap<string, CheckModule> = new Map(CHECK_MODULES.map((module) => [module.id, module]));

/** The module of a check id; undefined for an id no module declares (a stored report from elsewhere). */
export function moduleOf(id: string): CheckModule | undefined {
  return BY_ID.get(id);
}

/** A row's summary and fix for its cause, from the measurements it carries (the module's own table). */
export function causeText(check: CheckId, cause: CauseId, measured: Measurements = {}): { summary: Message; fix?: Message } {
  return sayCause(moduleOf(check)!, cause, measured);
}

/** The guide topic for a check, or for one cause of it when its module puts that cause apart. */
export function scenarioForCheck(check: string, cause?: string): ScenarioId | undefined {
  const module = moduleOf(check);
  if (!module) return undefined;
  return (cause ? (module.causeTopics as Record<string, ScenarioId | undefined> | undefined)?.[cause] : undefined) ?? module.topic;
}

/** The guide topic a report row links to (its guide link, its share in the fix-first order, its export). */
export function scenarioOf(check: { id: string; cause?: string }): ScenarioId | undefined {
  return scenarioForCheck(check.id, check.cause);
}

/** Fix-first tier of a check (lower is more decisive); checks without one are the rest. */
export const REST_TIER = 4;
export function tierOf(id: string): number {
  return moduleOf(id)?.tier ?? REST_TIER;
}

/** The checks a person can fix in front of the camera, in the order their live chips show. */
export const LIVE_CHECK_IDS: readonly CheckId[] = CHECK_MODULES.filter((module): module is Extract<AnyModule, { live: number }> => 'live' in module)
  .sort((a, b) => a.live - b.live)
  .map((module) => module.id);

/** How a row's measurement is shown on the report, or undefined when it is not shown (export only). */
export function shownAs(id: string, name: string): MeasureFormat | undefined {
  const shown = moduleOf(id)?.shown;
  return shown && Object.hasOwn(shown, name) ? shown[name] : undefined;
}

/** The checks that, all passing, prove a checklist item (none: only the user can tell). */
export function checksTicking(item: string): CheckId[] {
  return CHECK_MODULES.filter((module) => (module.ticks as readonly string[]).includes(item)).map((module) => module.id);
}

type WindowModule = Extract<AnyModule, { window: object }>;
/** The checks judged from the camera window, in report order (the rest are handed in by their callers). */
export const WINDOW_MODULES: readonly WindowModule[] = CHECK_MODULES.filter((module): module is WindowModule => 'window' in module);
export const VISION_CHECK_IDS: readonly WindowModule['id'][] = WINDOW_MODULES.map((module) => module.id);

type FrameModule = Extract<AnyModule, { window: { frame: unknown } }>;
export type FrameCheckId = FrameModule['id'];
/** One frame's judge per check judged frame by frame (the live coach reads single frames with them). */
export const FRAME_JUDGES = Object.fromEntries(
  WINDOW_MODULES.flatMap((module) => ('frame' in module.window ? [[module.id, module.window.frame]] : [])),
) as { readonly [M in FrameModule as M['id']]: M['window']['frame'] };
export const FRAME_CHECK_IDS = Object.keys(FRAME_JUDGES) as FrameCheckId[];
