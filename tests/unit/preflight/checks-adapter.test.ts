// The pre-flight's ID match row comes from what the match page stored: the stored answer joins the
// report while it is less than a day old, and anything else (none, expired, unreadable) invites the check.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { idMatchRow } from '../../../src/preflight/checks-adapter';
import { ID_MATCH_VALID_MS, saveIdMatch } from '../../../src/storage/id-match';

beforeEach(() => fakeBrowser.reset());

describe('idMatchRow', () => {
  const at = Date.parse('2026-12-03T12:00:00Z');

  it('reads the stored answer into the row, with match.html as its action', async () => {
    await saveIdMatch({ at, answer: 'different', quality: 'pass' });
    const row = await idMatchRow(at + 60_000);
    expect([row.id, row.status, row.cause, row.measured]).toEqual(['id-match', 'warn', 'different', { answer: 'different', quality: 'pass' }]);
    expect(row.actions?.[0]).toMatchObject({ kind: 'open-url', url: expect.stringMatching(/\/match\.html$/) });
  });

  it('a day later the answer no longer counts: the row invites the check again', async () => {
    await saveIdMatch({ at, answer: 'different', quality: 'pass' });
    expect((await idMatchRow(at + ID_MATCH_VALID_MS - 1)).status).toBe('warn');
    expect(await idMatchRow(at + ID_MATCH_VALID_MS)).toMatchObject({ status: 'skip', cause: 'not-checked' });
  });

  it('nothing stored, or something that is not an answer, is "not checked"', async () => {
    expect(await idMatchRow(at)).toMatchObject({ status: 'skip', cause: 'not-checked' });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ idMatch: { at, answer: 'different', quality: 'pass', distance: 0.7 } });
    expect((await idMatchRow(at)).measured).toEqual({ answer: 'different', quality: 'pass' }); // the distance never reaches the row
  });
});
