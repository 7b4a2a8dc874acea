import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ID_MATCH_VALID_MS, readIdMatch, saveIdMatch } from '../../../src/storage/id-match';

beforeEach(() => fakeBrowser.reset());

describe('the stored ID match answer', () => {
  const at = Date.parse('2026-12-03T12:00:00Z');

  it('is read back for a day, and not a moment longer', async () => {
    await saveIdMatch({ at, answer: 'same', quality: 'pass' });
    expect(await readIdMatch(at + ID_MATCH_VALID_MS - 1)).toEqual({ at, answer: 'same', quality: 'pass' });
    expect(await readIdMatch(at + ID_MATCH_VALID_MS)).toBeNull();
    expect(await readIdMatch(at - 1)).toBeNull(); // a clock set back does not make a future answer count
  });

  it('keeps only the answer and the quality finding: anything else in its place is dropped', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({ idMatch: { at, answer: 'same', quality: 'pass', descriptor: [0.1, 0.2] } });
    const read = await readIdMatch(at);
    expect(read).toEqual({ at, answer: 'same', quality: 'pass' });
    await fakeBrowser.storage.local.set({ idMatch: { at, answer: 'maybe', quality: 'pass' } });
    expect(await readIdMatch(at)).toBeNull();
    expect((await fakeBrowser.storage.local.get('idMatch')).idMatch ?? null).toBeNull(); // replaced by the fallback
  });
});
