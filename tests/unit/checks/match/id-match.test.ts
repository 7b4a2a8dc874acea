// The ID match's report row, decided from the stored answer alone: what it says, how it weighs on the
// verdict (warns at most, never fails), its way to match.html, and when an answer stops counting.
import { describe, expect, it } from 'vitest';
import { ID_MATCH_FIELDS, idMatchCheck, type IdMatchAnswer } from '../../../../src/checks/match/id-match';
import { createTranslator } from '../../../../src/i18n/translate';
import { FACT_PARAMS } from '../../../../src/figures/facts';
import { ANSWER_VALID_MS } from '../../../../src/match/limits';
import { verdictOf } from '../../../../src/report/verdict';

const NOW = Date.UTC(2026, 11, 3, 12);
const URL = 'chrome-extension://abc/match.html';
const row = (answer: Omit<IdMatchAnswer, 'at'> | null, at = NOW - 60_000, now = NOW) => idMatchCheck(answer && { at, ...answer }, now, URL);
const t = createTranslator('en', FACT_PARAMS);

describe('the ID match row', () => {
  it.each<[string, Omit<IdMatchAnswer, 'at'>, string, string | undefined, RegExp]>([
    ['same', { answer: 'same', quality: 'pass' }, 'pass', undefined, /looked like the same person/],
    ['hard to tell', { answer: 'unsure', quality: 'warn', cause: 'id-blurry' }, 'warn', 'unsure', /hard to tell/],
    ['looks different', { answer: 'different', quality: 'pass' }, 'warn', 'different', /looked different/],
    ['an ID photo that does not read', { answer: 'unknown', quality: 'fail', cause: 'id-glare' }, 'warn', 'id-glare', /could not be read/],
  ])('%s: says so in words, with its status and cause', (_, answer, status, cause, words) => {
    const check = row(answer);
    expect([check.status, check.cause]).toEqual([status, cause]);
    expect(t(check.summary)).toMatch(words);
  });

  it('an answer is marked as an on-device estimate, never as FaceTec\'s score', () => {
    for (const answer of ['same', 'unsure', 'different'] as const) {
      expect(t(row({ answer, quality: 'pass' }).summary)).toMatch(/an estimate, not FaceTec's score/);
    }
  });

  it('a poor match gives the guide\'s advice; an unreadable ID photo says what to retake', () => {
    for (const answer of ['unsure', 'different'] as const) {
      const fix = t(row({ answer, quality: 'pass' }).fix!);
      for (const advice of [/retake a sharp photo of your ID/i, /passport usually matches better than an ID card/, /makeup and coloured lenses/, /forehead/]) expect(fix, answer).toMatch(advice);
    }
    expect(t(row({ answer: 'unknown', quality: 'fail', cause: 'id-glare' }).fix!)).toBe(t({ key: 'match.quality.id-glare' }));
    // A file the browser could not open: not "retake", but another file or the camera.
    const file = row({ answer: 'unknown', quality: 'fail', cause: 'id-unreadable-file' });
    expect([file.status, t(file.summary)]).toEqual(['warn', expect.stringMatching(/could not be read/)]);
    expect(t(file.fix!)).toMatch(/JPEG or PNG .*under 25 MB.*hold the ID up to the camera/);
  });

  it('every row that is not a pass opens match.html', () => {
    for (const answer of [null, { answer: 'unsure', quality: 'pass' }, { answer: 'different', quality: 'pass' }, { answer: 'unknown', quality: 'fail', cause: 'id-dark' }] as const) {
      expect(row(answer).actions).toEqual([{ kind: 'open-url', url: URL, label: { key: 'match.openMatch' } }]);
    }
  });

  it('no answer is an invitation, not a failure: a skip that never decides the verdict', () => {
    const check = row(null);
    expect([check.status, check.cause, check.measured]).toEqual(['skip', 'not-checked', undefined]);
    expect(t(check.summary)).toMatch(/^Not checked yet/);
    // "unknown" without a failed quality compared nothing (the page stopped on an error): also no answer.
    expect(row({ answer: 'unknown', quality: 'pass' }).status).toBe('skip');
  });

  it('warns at most: a poor match or an unreadable photo lowers a ready report to almost ready, never to not ready', () => {
    const others = [{ status: 'pass' as const }];
    expect(verdictOf([...others, row({ answer: 'different', quality: 'pass' })])).toBe('caution');
    expect(verdictOf([...others, row({ answer: 'unknown', quality: 'fail', cause: 'id-no-face' })])).toBe('caution');
    expect(verdictOf([...others, row({ answer: 'same', quality: 'pass' })])).toBe('ready');
    expect(verdictOf([...others, row(null)])).toBe('ready');
  });

  it('carries only the answer and the quality finding as measurements', () => {
    expect(row({ answer: 'different', quality: 'warn', cause: 'id-blurry' }).measured).toEqual({ answer: 'different', quality: 'warn', qualityCause: 'id-blurry' });
    expect(row({ answer: 'same', quality: 'pass' }).measured).toEqual({ answer: 'same', quality: 'pass' });
    expect([...ID_MATCH_FIELDS]).toEqual(['answer', 'quality', 'qualityCause']);
  });

  it('an answer counts for a day and not a moment longer, and never from the future', () => {
    const different = { answer: 'different', quality: 'pass' } as const;
    expect(row(different, NOW - ANSWER_VALID_MS + 1).status).toBe('warn');
    expect(row(different, NOW - ANSWER_VALID_MS).status).toBe('skip');
    expect(row(different, NOW + 1).status).toBe('skip');
    expect(ANSWER_VALID_MS).toBe(24 * 3_600_000);
  });
});
