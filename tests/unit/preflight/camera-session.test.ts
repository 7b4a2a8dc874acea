// One camera session: released exactly once on every path (asked twice, aborted, aborted before it
// opened, lost), the preview detached only while it still shows this stream, and loss seen.
import { describe, expect, it } from 'vitest';
import { cameraSession } from '../../../src/preflight/camera-session';
import { deviceCheck, fakeStream, fakeVideo } from './fakes';

const open = (signal?: AbortSignal) => {
  const { stream, track } = fakeStream();
  const video = fakeVideo();
  video.srcObject = stream;
  const session = cameraSession({ stream, check: deviceCheck() }, video, { signal, now: () => 42 });
  return { stream, track, video, session };
};

describe('camera session', () => {
  it('release stops each track once and detaches the preview, however often it is asked', () => {
    const { track, video, session } = open();
    expect(session.released).toBe(false);
    expect(session.release()).toBe(42);
    expect(session.release()).toBe(42);
    expect(track.stop).toHaveBeenCalledTimes(1);
    expect(video.srcObject).toBeNull();
    expect(session.released).toBe(true);
  });

  it('an abort releases at once, and a release after it does not stop the tracks again', () => {
    const stop = new AbortController();
    const { track, session } = open(stop.signal);
    stop.abort();
    expect(track.stop).toHaveBeenCalledTimes(1);
    session.release();
    expect(track.stop).toHaveBeenCalledTimes(1);
  });

  it('a session opened after the abort is released on the spot', () => {
    const stop = new AbortController();
    stop.abort();
    const { track, session } = open(stop.signal);
    expect(session.released).toBe(true);
    expect(track.stop).toHaveBeenCalledTimes(1);
  });

  it('leaves a preview that shows another stream alone', () => {
    const { video, session } = open();
    const other = fakeStream().stream;
    video.srcObject = other;
    session.release();
    expect(video.srcObject).toBe(other);
  });

  it('play() after release does not re-attach the stream', async () => {
    const { video, session } = open();
    session.release();
    await session.play();
    expect(video.srcObject).toBeNull();
    expect(video.play).not.toHaveBeenCalled();
  });

  it('sees the camera going away; a live camera is not lost', async () => {
    const first = open();
    first.track.unplug();
    await expect(first.session.lost).resolves.toBeNull();
    expect(first.session.isLost()).toBe(true);
    const second = open();
    expect(second.session.isLost()).toBe(false);
  });
});
