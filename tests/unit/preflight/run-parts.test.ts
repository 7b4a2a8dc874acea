import { describe, expect, it } from 'vitest';
import { trackLoss } from '../../../src/preflight/camera-session';
import { cameraLostCheck } from '../../../src/checks/camera/camera-device';
import { summariseTimings } from '../../../src/preflight/timings';
import { buildReport, orderChecks } from '../../../src/report/build';
import type { CheckResult } from '../../../src/report/types';
import { returnTabOf } from '../../../src/ui/preflight/BackToVerification';

const check = (id: CheckResult['id'], status: CheckResult['status']): CheckResult => ({ id, status, summary: { key: 'common.appName' } });

describe('buildReport', () => {
  it.each<[string, CheckResult[], string | undefined, string]>([
    ['all pass', [check('lighting', 'pass'), check('browser', 'pass')], undefined, 'ready'],
    ['a warning', [check('lighting', 'warn'), check('browser', 'pass')], undefined, 'caution'],
    ['a failure', [check('lighting', 'fail'), check('browser', 'warn')], undefined, 'not-ready'],
    ['skips never decide', [check('lighting', 'skip')], undefined, 'ready'],
    ['an analysis error is never ready', [check('browser', 'pass'), check('lighting', 'skip')], 'model', 'not-ready'],
  ])('%s → %s', (_name, checks, error, verdict) => {
    const report = buildReport({ checks, source: 'page', createdAt: 1, error: error as 'model' | undefined });
    expect(report.verdict).toBe(verdict);
  });

  it('orders checks as CHECK_IDS and keeps the first of a duplicate id', () => {
    const ordered = orderChecks([check('stability', 'pass'), check('browser', 'warn'), check('browser', 'pass'), check('face-count', 'pass')]);
    expect(ordered.map((c) => [c.id, c.status])).toEqual([['browser', 'warn'], ['face-count', 'pass'], ['stability', 'pass']]);
  });
});

describe('summariseTimings', () => {
  it('splits per-frame time into landmarker and our analysis, without the warm-up frame', () => {
    const t = summariseTimings({ start: 0, warm: false, modelReady: 600, cameraOpen: 150, firstFrame: 700, released: 1800, verdict: 1805, frames: 4, landmarkerMs: [300, 40, 36, 38], analysisMs: [9, 3, 4, 5] });
    expect(t).toMatchObject({ clickToReportMs: 1805, modelReadyMs: 600, landmarkerMsMedian: 38, analysisMsMedian: 4, firstLandmarkerMs: 300, releaseAfterVerdictMs: -5, warm: 0 });
    expect(t.analysisShare).toBeCloseTo(4 / 38, 3);
  });
});

describe('returnTabOf', () => {
  it.each([
    ['?returnTab=42', 42],
    ['?returnTab=0', 0],
    ['?returnTab=abc', undefined],
    ['?returnTab=-3', undefined],
    ['', undefined],
  ])('%s → %s', (search, tab) => expect(returnTabOf(search)).toBe(tab));
});

describe('trackLoss: the camera going away mid-run', () => {
  /** A video track as Chrome has it: an EventTarget whose readyState turns 'ended'. */
  const fakeStream = () => {
    const track = Object.assign(new EventTarget(), { readyState: 'live' as MediaStreamTrackState });
    return { track, stream: { getVideoTracks: () => [track] } as unknown as MediaStream };
  };
  it('resolves on the track\'s own ended event', async () => {
    const { track, stream } = fakeStream();
    const loss = trackLoss(stream);
    expect(loss.happened()).toBe(false);
    track.readyState = 'ended';
    track.dispatchEvent(new Event('ended'));
    await expect(loss.promise).resolves.toBeNull();
    expect(loss.happened()).toBe(true);
  });
  it('sees a track that ended without an event reaching the listener', () => {
    const { track, stream } = fakeStream();
    const loss = trackLoss(stream);
    track.readyState = 'ended';
    expect(loss.happened()).toBe(true);
  });
  it('is a failing camera-device check with a fix', () => {
    const lostCheck = cameraLostCheck();
    expect(lostCheck).toMatchObject({ id: 'camera-device', status: 'fail', fix: { key: 'vision.camera-lost.fix' } });
  });
});
