// Privacy guarantees that need no browser: the face-data detector used on storage dumps can fail,
// and a content script (the only code a binance.com page sits next to) may send only the three
// messages it needs: it can neither undo or log attempts nor read stored results.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { RejectedMessage } from '../../src/background/router';
import { MESSAGE_RULES } from '../../src/messaging/schemas';
import { findFaceData } from '../e2e/support/face-data';
import { CONTENT, PAGE, setup } from './background/harness';

describe('findFaceData', () => {
  const landmarks = Array.from({ length: 478 }, (_, i) => ({ x: i / 478, y: 0.5, z: 0 }));
  it.each([
    ['a data URL', { thumbnail: 'data:image/jpeg;base64,/9j/4AAQ' }],
    ['a blob URL', { last: 'blob:chrome-extension://x/1' }],
    ['base64 pixels', { v: 'A'.repeat(300) }],
    ['a long string', { note: 'x '.repeat(400) }],
    ['landmarks by name', { faceLandmarks: landmarks }],
    ['a flat landmark array', { points: landmarks.flatMap((p) => [p.x, p.y, p.z]) }],
    ['a typed array', { pixels: new Uint8ClampedArray(16) }],
    ['a transformation matrix', { head: { matrix: [1, 0, 0, 0] } }],
  ])('finds %s', (_name, value) => {
    expect(findFaceData({ local: value }).length).toBeGreaterThan(0);
  });

  it('passes what a stored report really holds: ids, statuses and numbers', () => {
    const stored = {
      reportHistory: [{ id: 'r1', createdAt: 1, verdict: 'ready', source: 'page', checks: [
        { id: 'head-pose', status: 'pass', measured: { yaw: 2.1, pitch: -3, firstFrameMs: 140, frames: 40 } },
        { id: 'browser', status: 'pass', measured: { name: 'Chrome', version: '156' } },
      ] }],
      settings: { locale: 'auto', attemptLimit: 5 },
    };
    expect(findFaceData(stored)).toEqual([]);
  });
});

describe('what a content script may ask the background', () => {
  let h: ReturnType<typeof setup>;
  beforeEach(() => {
    h = setup();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  it('the allow-list: only detection, camera state, FaceTec found in a frame, opening the pre-flight, the guide, the camera setting or the review kit, and the attempt count (the in-page hint reads it)', () => {
    const fromContent = Object.entries(MESSAGE_RULES).filter(([, rule]) => rule.from === 'any').map(([type]) => type).sort();
    expect(fromContent).toEqual([
      'bg:get-attempts', 'bg:kyc-event', 'bg:kyc-frame', 'bg:open-camera-settings', 'bg:open-guide', 'bg:open-preflight', 'bg:open-review-kit', 'bg:site-camera-permission',
    ]);
  });

  it.each(['bg:ping', 'bg:log-attempt', 'bg:undo-attempt', 'bg:get-state', 'bg:export', 'bg:clear-history'])(
    '%s from a binance.com content script is refused; from an extension page it works',
    async (type) => {
      await expect(h.send(type, undefined, CONTENT)).rejects.toBeInstanceOf(RejectedMessage);
      await expect(h.send(type, undefined, PAGE)).resolves.toBeDefined();
    },
  );
});
