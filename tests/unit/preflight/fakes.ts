// Fakes for the pre-flight's unit tests: a clock on vitest's fake timers, and a camera stream whose
// tracks count their stop() calls and can be unplugged.
import { vi } from 'vitest';
import type { PreflightClock } from '../../../src/preflight/clock';
import type { CheckResult } from '../../../src/report/types';

/** Runs on vi.useFakeTimers(): advance it with vi.advanceTimersByTimeAsync. */
export const fakeClock: PreflightClock = {
  now: () => Date.now(),
  after: (ms, fn) => {
    const handle = setTimeout(fn, ms);
    return () => clearTimeout(handle);
  },
};

export interface FakeTrack extends EventTarget {
  readyState: MediaStreamTrackState;
  stop: ReturnType<typeof vi.fn>;
  unplug(): void;
}

/** A one-track stream; `unplug()` ends the track as Chrome does when the device goes away. */
export function fakeStream(settings: MediaTrackSettings = { width: 640, height: 480, frameRate: 30 }) {
  const track = Object.assign(new EventTarget(), {
    readyState: 'live' as MediaStreamTrackState,
    stop: vi.fn(),
    getSettings: () => settings,
    unplug() {
      track.readyState = 'ended';
      track.dispatchEvent(new Event('ended'));
    },
  });
  track.stop.mockImplementation(() => (track.readyState = 'ended'));
  const stream = { getTracks: () => [track], getVideoTracks: () => [track] } as unknown as MediaStream;
  return { stream, track: track as unknown as FakeTrack };
}

/** A preview element: play() settles unless told otherwise. */
export function fakeVideo(play: () => Promise<void> = () => Promise.resolve()) {
  return { srcObject: null as unknown, videoWidth: 640, videoHeight: 480, play: vi.fn(play) } as unknown as HTMLVideoElement & {
    play: ReturnType<typeof vi.fn>;
  };
}

export const deviceCheck = (status: CheckResult['status'] = 'pass'): CheckResult => ({
  id: 'camera-device',
  status,
  summary: { key: 'common.appName' },
});
