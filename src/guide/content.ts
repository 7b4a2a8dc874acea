// The troubleshooting guide as data: which locale keys make up each section, in reading order.
// The texts live in locales/*/guide.json; this file only fixes the structure so the page, the
// search and the report's "how to fix" links all agree on ids (#scenario-N). Which scenario a
// check's fix links to is the check's own declaration (its module's `topic`, src/checks/registry.ts).
import type { MessageKey } from '../i18n/translate';
import { SCENARIO_SHARE, type ScenarioId } from '../figures/facts';

export type { ScenarioId };

export interface Scenario {
  id: ScenarioId;
  slug: string;
  title: MessageKey;
  what: MessageKey;
  prompts: MessageKey;
  symptoms: MessageKey[];
  fixes: MessageKey[];
}

type Key = MessageKey;
const k = (scenario: number, part: string) => `guide.s${scenario}.${part}` as Key;
const list = (scenario: number, part: string, count: number) =>
  Array.from({ length: count }, (_, i) => k(scenario, `${part}${i + 1}`));

function scenario(id: ScenarioId, slug: string, fixes: number): Scenario {
  return {
    id,
    slug,
    title: k(id, 'title'),
    what: k(id, 'what'),
    prompts: k(id, 'prompts'),
    symptoms: list(id, 'symptom', 2),
    fixes: list(id, 'fix', fixes),
  };
}

const BY_ID: readonly Scenario[] = [
  scenario(1, 'lighting', 6),
  scenario(2, 'angle-distance', 5),
  scenario(3, 'appearance', 5),
  scenario(4, 'camera-permission', 5),
  scenario(5, 'browser', 4),
  scenario(6, 'network', 5),
  scenario(7, 'background', 3),
  scenario(8, 'glasses-mask-hat', 4),
  scenario(9, 'replay-virtual-camera', 4),
  scenario(10, 'lockout', 4),
];

/** Most frequent cause of failure first (SCENARIO_SHARE); equal shares keep the guide's numbering. */
export const SCENARIOS: readonly Scenario[] = [...BY_ID].sort((a, b) => SCENARIO_SHARE[b.id] - SCENARIO_SHARE[a.id] || a.id - b.id);

/** Plain sections: a heading and paragraphs, or question/answer pairs, and at most one link. */
export interface ProseSection {
  id: 'how-it-decides' | 'ways-forward' | 'manual-review' | 'funds' | 'faq';
  title: Key;
  paragraphs: Key[];
  faq?: { q: Key; a: Key }[];
  /** A link after the paragraphs (the manual-review kit). */
  link?: { label: Key; href: string; testId: string };
}

const paragraphs = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `guide.${prefix}.p${i + 1}` as Key);

/** Before the scenarios: what the scores are, so the fixes make sense. */
export const INTRO: ProseSection = { id: 'how-it-decides', title: 'guide.how.title', paragraphs: paragraphs('how', 5) };

/** The extension page that helps with manual review (entrypoints/review-kit). */
export const REVIEW_KIT_PAGE = 'review-kit.html';

/** After the scenarios. */
export const PROSE: readonly ProseSection[] = [
  { id: 'ways-forward', title: 'guide.ways.title', paragraphs: paragraphs('ways', 4) },
  {
    id: 'manual-review',
    title: 'guide.review.title',
    paragraphs: paragraphs('review', 5),
    link: { label: 'guide.review.openKit', href: REVIEW_KIT_PAGE, testId: 'open-review-kit' },
  },
  { id: 'funds', title: 'guide.funds.title', paragraphs: paragraphs('funds', 4) },
  {
    id: 'faq',
    title: 'guide.faq.title',
    paragraphs: [],
    faq: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => ({ q: `guide.faq.q${n}` as Key, a: `guide.faq.a${n}` as Key })),
  },
];

/** Every section in reading order. */
export const ALL_PROSE: readonly ProseSection[] = [INTRO, ...PROSE];

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
