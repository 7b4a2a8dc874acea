// id-match: the ID match page's last answer (match.html, src/match), brought into the report. It is
// judged there, not from the camera window, so this module has no `window`: the pre-flight reads the
// stored answer and hands this row to buildReport like the environment rows.
//
// Why it can only warn: the answer is an on-device estimate (face-api's descriptor on our own
// calibration pairs, docs/eval.md), not FaceTec's match score. A poor match or an ID photo that
// does not read is worth fixing first (the guide's scenario 3, 15 % of failures), so it warns and
// the verdict is at most "almost ready"; it never fails, because blocking on an estimate would stop
// people FaceTec would match. No answer is not a problem either: the row invites the check.
import type { Message, MessageKey } from '../../i18n/translate';
import { ID_QUALITY_CAUSES, type IdQualityCause, type MatchAnswer, type Status } from '../../match/decide';
import { ANSWER_VALID_MS } from '../../match/limits';
import { defineCheck, sayCause, type CauseText } from '../define';
import type { Measurements, RepairAction, Row } from '../row';

const fixed = (key: MessageKey) => (): Message => ({ key });

/** An ID photo that did not read: the match page's own words for its cause say what to retake. */
const unreadable = (cause: IdQualityCause): CauseText => ({
  summary: fixed('checks.idMatch.unreadable'),
  // A file the browser could not open has no photo to retake: the fix is another file, or the camera.
  fix: fixed(cause === 'id-unreadable-file' ? 'checks.idMatch.unreadableFileFix' : (`match.quality.${cause}` as MessageKey)),
});

export const ID_MATCH = defineCheck({
  id: 'id-match',
  family: 'match',
  causes: ['different', 'unsure', 'not-checked', ...ID_QUALITY_CAUSES],
  text: {
    different: { summary: fixed('checks.idMatch.different'), fix: fixed('checks.idMatch.differentFix') },
    unsure: { summary: fixed('checks.idMatch.unsure'), fix: fixed('checks.idMatch.unsureFix') },
    'not-checked': { summary: fixed('checks.idMatch.none') },
    ...(Object.fromEntries(ID_QUALITY_CAUSES.map((cause) => [cause, unreadable(cause)])) as Record<IdQualityCause, CauseText>),
  },
  topic: 3,
  ticks: ['app-id-match'],
});

export type IdMatchCause = (typeof ID_MATCH.causes)[number];

/** What the match page keeps (src/storage/id-match.ts): the answer and the ID photo's quality, never more. */
export interface IdMatchAnswer {
  at: number;
  answer: MatchAnswer;
  quality: Status;
  cause?: IdQualityCause;
}

/**
 * The only measurements the row carries, and so the only ones the export may copy (report/export.ts
 * keeps to this list even if a row ever held more): never an image, a descriptor, a distance or a similarity.
 */
export const ID_MATCH_FIELDS = ['answer', 'quality', 'qualityCause'] as const;

/** The answer while it stands (less than a day old, not from the future), else none. */
export function currentAnswer(stored: IdMatchAnswer | null | undefined, now: number): IdMatchAnswer | null {
  return stored && stored.at <= now && now - stored.at < ANSWER_VALID_MS ? stored : null;
}

/**
 * The report row for the stored answer. `matchUrl` is match.html's address (the caller builds it):
 * the row's one action, so its fix opens the page. An `unknown` answer without a failed quality
 * finding compared nothing (the page stopped on an error): that is "not checked", not a finding.
 */
export function idMatchCheck(stored: IdMatchAnswer | null | undefined, now: number, matchUrl: string): Row<'id-match', IdMatchCause> {
  const actions: RepairAction[] = [{ kind: 'open-url', url: matchUrl, label: { key: 'match.openMatch' } }];
  const answer = currentAnswer(stored, now);
  const unread = answer?.answer === 'unknown' && answer.quality === 'fail' ? answer.cause : undefined;
  if (!answer || (answer.answer === 'unknown' && !unread)) {
    return { id: 'id-match', status: 'skip', cause: 'not-checked', ...sayCause(ID_MATCH, 'not-checked'), actions };
  }
  const measured: Measurements = { answer: answer.answer, quality: answer.quality, ...(answer.cause ? { qualityCause: answer.cause } : {}) };
  if (answer.answer === 'same') return { id: 'id-match', status: 'pass', summary: { key: 'checks.idMatch.same' }, measured };
  const cause: IdMatchCause = unread ?? (answer.answer === 'different' ? 'different' : 'unsure');
  return { id: 'id-match', status: 'warn', cause, ...sayCause(ID_MATCH, cause, measured), measured, actions };
}
