import { describe, expect, it, vi } from 'vitest';

const sendMessage = vi.fn();
vi.mock('../../../src/messaging/protocol', () => ({ sendMessage: (...args: unknown[]) => sendMessage(...args) }));

const { loadBackgroundState } = await import('../../../src/ui/popup/load');

describe('the popup never waits forever for the background', () => {
  it('gives up after the timeout: a dead worker becomes an error state, not a blank popup', async () => {
    sendMessage.mockReturnValue(new Promise(() => undefined));
    const started = Date.now();
    expect(await loadBackgroundState(50)).toEqual({ kind: 'error' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('turns a rejected or malformed answer into the error state', async () => {
    sendMessage.mockRejectedValue(new Error('Could not establish connection'));
    expect(await loadBackgroundState(50)).toEqual({ kind: 'error' });
    sendMessage.mockResolvedValue({ nonsense: true });
    expect(await loadBackgroundState(50)).toEqual({ kind: 'error' });
    sendMessage.mockResolvedValue(undefined);
    expect(await loadBackgroundState(50)).toEqual({ kind: 'error' });
  });

  it('passes a good answer through', async () => {
    const state = { attempts: { used: 1, left: 4, limit: 5, locked: false } };
    sendMessage.mockResolvedValue(state);
    expect(await loadBackgroundState(50)).toEqual({ kind: 'ok', state });
    expect(sendMessage).toHaveBeenCalledWith('bg:get-state', undefined);
  });
});
