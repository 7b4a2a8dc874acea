// The troubleshooting guide as data: which locale keys make up each section, in reading order.
// The texts live in locales/*/guide.json; this file only fixes the structure so the page, the
// search and the report's "how to fix" links all agree on ids (#scenario-N).
import type { MessageKey } from '../i18n/translate';
import type { CheckId } from '../report/types';

export type ScenarioId = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

export interface Scenario {
  id: ScenarioId;
  slug: string;
  title: MessageKey;
  what: MessageKey;
  prompts: MessageKey;
  symptoms: MessageKey[];
  fixes: MessageKey[];
  /** Pre-flight checks that look for this problem (shown on the page, used for links). */
  checks: CheckId[];
}

type Key = MessageKey;
const k = (scenario: number, part: string) => `guide.s${scenario}.${part}` as Key;
const list = (scenario: number, part: string, count: number) =>
  Array.from({ length: count }, (_, i) => k(scenario, `${part}${i + 1}`));

function scenario(id: ScenarioId, slug: string, fixes: number, checks: CheckId[]): Scenario {
  return {
    id,
    slug,
    title: k(id, 'title'),
    what: k(id, 'what'),
    prompts: k(id, 'prompts'),
    symptoms: list(id, 'symptom', 2),
    fixes: list(id, 'fix', fixes),
    checks,
  };
}

export const SCENARIOS: readonly Scenario[] = [
  scenario(1, 'lighting', 5, ['lighting', 'backlight', 'sharpness', 'timing']),
  scenario(2, 'angle-distance', 4, ['head-pose', 'distance', 'face-position', 'stability']),
  scenario(3, 'appearance', 3, ['eyes-open', 'occlusion']),
  scenario(4, 'camera-permission', 4, ['camera-permission', 'camera-device']),
  scenario(5, 'browser', 4, ['browser']),
  scenario(6, 'network', 4, ['network']),
  scenario(7, 'background', 3, ['background', 'face-count']),
  scenario(8, 'glasses-mask-hat', 4, ['occlusion', 'glare']),
  scenario(9, 'replay-virtual-camera', 4, ['camera-device', 'glare']),
  scenario(10, 'lockout', 4, []),
];

/** Plain sections after the scenarios: a heading and paragraphs, or question/answer pairs. */
export interface ProseSection {
  id: 'manual-review' | 'funds' | 'faq';
  title: Key;
  paragraphs: Key[];
  faq?: { q: Key; a: Key }[];
}

export const PROSE: readonly ProseSection[] = [
  {
    id: 'manual-review',
    title: 'guide.review.title',
    paragraphs: ['guide.review.p1', 'guide.review.p2', 'guide.review.p3', 'guide.review.p4', 'guide.review.p5'],
  },
  { id: 'funds', title: 'guide.funds.title', paragraphs: ['guide.funds.p1', 'guide.funds.p2', 'guide.funds.p3', 'guide.funds.p4'] },
  {
    id: 'faq',
    title: 'guide.faq.title',
    paragraphs: [],
    faq: [1, 2, 3, 4, 5, 6].map((n) => ({ q: `guide.faq.q${n}` as Key, a: `guide.faq.a${n}` as Key })),
  },
];

/** The anchor a check's fix links to; stable, part of the guide's URL contract. */
export function scenarioAnchor(id: number): string {
  return `scenario-${id}`;
}

/** Reads "#scenario-7" (or "scenario-7") back into 7; anything else is null. */
export function scenarioFromHash(hash: string): ScenarioId | null {
  const match = /^#?scenario-(\d{1,2})$/.exec(hash.trim());
  const id = match ? Number(match[1]) : NaN;
  return SCENARIOS.some((s) => s.id === id) ? (id as ScenarioId) : null;
}

/** Fallback when a check result carries no scenario of its own: the first scenario that lists it. */
export function scenarioForCheck(check: CheckId): ScenarioId | undefined {
  return SCENARIOS.find((s) => s.checks.includes(check))?.id;
}
