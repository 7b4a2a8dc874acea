// What one check declares about itself (CheckModule), and the one lookup from a row's cause to its
// words (sayCause). A check is one module under src/checks/<family>/<id>.ts; registry.ts lists the
// modules in report order and everything else (ids, causes, topics, tiers, chips, measures, the
// checklist mapping, the frame judges) is derived from that list.
import type { ScenarioId } from '../figures/facts';
import type { Message, MessageKey } from '../i18n/translate';
import type { FrameMetrics } from '../vision/types';
import type { AnalysisWindow } from '../vision/window';
import type { CheckStatus, Measurements, SkipCause } from './row';

/**
 * environment: decided beside the camera (browser, permission, network, time of day); camera: what
 * the camera delivers; vision: judged from the face in the analysis window; match: judged on another
 * page (the ID photo, match.html), so it declares no `window` and its row is handed to buildReport
 * like any other.
 */
export type Family = 'environment' | 'camera' | 'vision' | 'match';

/** A cause's words, built from the row's own measurements. */
export interface CauseText {
  summary: (m: Measurements) => Message;
  fix?: (m: Measurements) => Message;
}

/** Every finding cause of the check has its text; skip causes may add theirs (else SHARED_TEXT). */
export type CauseTable<Cause extends string> = { readonly [C in Cause]: CauseText } & { readonly [S in SkipCause]?: CauseText };

/** How a shown measurement reads on the report: a plain number, or a share (0–1) shown as per cent. */
export type MeasureFormat = 'number' | 'percent';

/**
 * One frame's or one window's finding: 'ok' when passing; for warn and fail the cause id; for skip
 * the precise reason (a SkipCode of vision/skips.ts, mapped to its skip cause there).
 */
export interface Finding {
  status: CheckStatus;
  code: string;
}

export interface WindowContext {
  window: AnalysisWindow;
  /** Metrics of the frames that held exactly one face. */
  single: readonly FrameMetrics[];
  /** Width / height of the frame (4:3 when unknown). */
  aspect: number;
  /** The findings of the window checks before this one, in report order. */
  found: ReadonlyMap<string, Finding>;
  /** Set when the window has no single face to judge (no-frames, no-face, several-faces): a check that needs one skips with it. */
  faceSkip?: string;
}

/** How a check is judged from the camera window (vision and camera-quality). */
export interface WindowJudging {
  /** One frame's finding, when the check is judged frame by frame (the live coach uses it too). */
  frame?: (m: FrameMetrics) => Finding;
  /** The window's finding and what the row shows as measured. */
  judge: (context: WindowContext) => { finding: Finding; measured: Measurements };
  /** The pass row's summary (the measurements are its parameters). */
  passKey: MessageKey;
  /** Face counting only: why the face checks after it have no single face to judge (sets `faceSkip`). */
  faceSkipAfter?: (finding: Finding, context: WindowContext) => string | undefined;
}

export interface CheckModule<Id extends string = string, Cause extends string = string> {
  id: Id;
  family: Family;
  /** Why it can warn or fail (`data-cause`); skip causes come from row.ts's shared list. */
  causes: readonly Cause[];
  text: CauseTable<Cause>;
  /** The guide scenario its fix links to (guide.html#scenario-N); a cause may belong to another. */
  topic: ScenarioId;
  causeTopics?: { readonly [C in Cause]?: ScenarioId };
  /** Fix-first tier, lower is more decisive (report/fix-order.ts); absent: the rest. */
  tier?: number;
  /** Its place among the live chips of the pre-flight; absent: no chip. */
  live?: number;
  /** The measurements the report shows with a label (report.measure.<id>.<name>), and how. */
  shown?: { readonly [name: string]: MeasureFormat };
  /** The checklist items (src/checklist/items.ts) that this check, passing, helps to prove. */
  ticks: readonly string[];
  window?: WindowJudging;
}

/**
 * Keeps a module's literal id and causes in its type, and whether it has a live chip and a window
 * judge (and a frame judge in it), so the registry can derive the unions and the subsets.
 */
export function defineCheck<
  const Id extends string,
  const Cause extends string,
  W extends WindowJudging | undefined = undefined,
  L extends number | undefined = undefined,
>(module: CheckModule<Id, Cause> & { window?: W; live?: L }): CheckModule<Id, Cause> & { window: W; live: L } {
  return module as CheckModule<Id, Cause> & { window: W; live: L };
}

/** A window judge written in place (typed here, since defineCheck infers the window's own type). */
export const windowJudging = (judging: WindowJudging): WindowJudging => judging;

const fixed = (key: MessageKey) => (): Message => ({ key });

/** Skips any check can share: the camera never delivered, the face model failed, the check itself threw. */
export const SHARED_TEXT: { readonly [S in SkipCause]?: CauseText } = {
  'no-camera': { summary: fixed('vision.skip.no-camera') },
  'model-failed': { summary: fixed('vision.skip.model-failed') },
  'internal-error': { summary: fixed('checks.internalError') },
};

/** Shown if a cause ever lacks its entry (the registry test proves none does): honest, never blank. */
const MISSING: CauseText = { summary: fixed('checks.internalError') };

/** The table entry for a cause of this check, or undefined when neither it nor the shared skips have one. */
export function causeEntry(module: Pick<CheckModule, 'text'>, cause: string): CauseText | undefined {
  const own = (module.text as Record<string, CauseText | undefined>)[cause];
  return own ?? (SHARED_TEXT as Record<string, CauseText | undefined>)[cause];
}

/** The one lookup from a cause to words: a row's summary and fix, from the measurements it carries. */
export function sayCause(module: Pick<CheckModule, 'text'>, cause: string, measured: Measurements = {}): { summary: Message; fix?: Message } {
  const entry = causeEntry(module, cause) ?? MISSING;
  const fix = entry.fix?.(measured);
  return { summary: entry.summary(measured), ...(fix ? { fix } : {}) };
}
