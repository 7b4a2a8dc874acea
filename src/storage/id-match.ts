// The ID match's last answer: only the answer and the ID photo's quality finding, never the image
// or a descriptor (tests/e2e/match.spec.ts dumps storage to prove it). It ticks the checklist's
// "You look like your ID photo" for a day: a face and an ID photo do not change faster than that.
import * as v from 'valibot';
import { storage } from 'wxt/utils/storage';
import { ID_QUALITY_CAUSES, type IdQualityCause, type MatchAnswer, type Status } from '../match/decide';
import { ANSWER_VALID_MS } from '../match/limits';
import { epochMs, readValidated } from './validated';

export interface StoredIdMatch {
  at: number;
  answer: MatchAnswer;
  quality: Status;
  cause?: IdQualityCause;
}

/** The match's own rule (src/match/limits.ts), so the checklist and the report expire an answer together. */
export const ID_MATCH_VALID_MS = ANSWER_VALID_MS;

const StoredIdMatchSchema = v.nullable(
  v.object({
    at: epochMs,
    answer: v.picklist(['same', 'unsure', 'different', 'unknown']),
    quality: v.picklist(['pass', 'warn', 'fail']),
    cause: v.optional(v.picklist(ID_QUALITY_CAUSES)),
  }),
);

export const idMatchItem = storage.defineItem<StoredIdMatch | null>('local:idMatch', { fallback: null });

/** The last answer while it is less than a day old; null otherwise (or when storage holds anything else). */
export async function readIdMatch(now = Date.now()): Promise<StoredIdMatch | null> {
  const stored = await readValidated(idMatchItem, StoredIdMatchSchema, null);
  return stored && now - stored.at < ID_MATCH_VALID_MS && stored.at <= now ? stored : null;
}

export function saveIdMatch(answer: StoredIdMatch): Promise<void> {
  return idMatchItem.setValue(answer);
}
