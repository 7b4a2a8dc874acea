// Coach, then judge (pure). While the camera is live, every analysed frame re-judges the trailing
// window with the same functions the report uses (judgeWindow), so the chips, the face frame and
// the one instruction on screen are what the report would say if the run ended now — they cannot
// contradict it. The run ends when the set-up has held good for about a second, or at a time limit
// with the report of what is still wrong.
import type { Message, MessageKey } from '../i18n/translate';
import { fixFirst } from '../report/fix-order';
import type { CheckId, CheckResult } from '../report/types';
import { share } from '../vision/aggregate';
import type { FrameMetrics } from '../vision/types';
import { aggregateFindings, faceCountCode, frameFinding, frameFindings, judgeWindow, type FrameCheckId, type FrameRecord, type ScanSummary, type WindowCamera } from './checks-adapter';
import { COACH } from './limits';

export interface TimedFrame extends FrameRecord {
  /** performance.now() when it was analysed. */
  at: number;
}

/** The frames the report judges: the last holdMs of the run, and never fewer than minFrames. */
export function trailingWindow<F extends TimedFrame>(frames: readonly F[], holdMs: number = COACH.holdMs, minFrames: number = COACH.minFrames): F[] {
  if (frames.length === 0) return [];
  const last = frames[frames.length - 1]!.at;
  let start = frames.length;
  while (start > 0 && (last - frames[start - 1]!.at <= holdMs || frames.length - start < minFrames)) start--;
  return frames.slice(start);
}

/** One frame is good when exactly one face is seen and no per-frame judge fails it. */
export function frameGood(frame: FrameRecord): boolean {
  if (frame.faceCount !== 1 || !frame.metrics) return false;
  return frameFindings(frame.metrics).every((finding) => finding.status !== 'fail');
}

/**
 * Held good: the last holdFrames frames were nearly all good (exactly one face, no per-frame judge failing).
 * One blink or one blurred frame does not restart the hold; a real problem does. A frame count, not a time:
 * the evidence is the frames seen, so a fast camera ends as soon as it has shown enough and a slow one
 * (under 12 frames a second) on its 12th frame, never on the limit. Why 12: COACH.holdFrames.
 */
export function heldGood(frames: readonly TimedFrame[], holdFrames: number = COACH.holdFrames): boolean {
  if (frames.length < holdFrames) return false;
  return share(frames.slice(-holdFrames), frameGood) >= COACH.goodShare;
}

export interface Coaching {
  /** The vision checks of the trailing window: what the report would say now. */
  checks: CheckResult[];
  /** The one thing to do: the fix-first item of `checks`, with a direction from the latest frame. */
  instruction: Message;
  /** The top fix's check id (absent when nothing needs fixing). */
  focus?: CheckId;
  /** Position, distance and pose are right (the face frame turns green). */
  frameOk: boolean;
  /** Held good long enough: the run can end now. */
  done: boolean;
  /** The coaching limit has passed (the run ends whatever the set-up). */
  timeUp: boolean;
}

const key = (k: MessageKey): Message => ({ key: k });

/** The aggregated finding code of one frame check over the window (the same vote the report uses). */
function codeOf(id: FrameCheckId, single: readonly FrameMetrics[]): string {
  return aggregateFindings(single.map((metrics) => frameFinding(id, metrics))).code;
}

/** Directions are the user's own left and right; the raw frame is not mirrored (see vision/guidance.ts). */
function instructionFor(check: CheckResult | undefined, window: readonly FrameRecord[], scan?: ScanSummary): Message {
  if (!check) return key('vision.guide.good');
  const single = window.flatMap((f) => (f.faceCount === 1 && f.metrics ? [f.metrics] : []));
  const latest = single[single.length - 1];
  switch (check.id) {
    case 'face-count': {
      const code = faceCountCode(window, scan);
      // "light": nobody found in a picture too dark to find a face in (face-count.ts), so the light is the fix.
      return key(code === 'several' ? 'vision.guide.onlyYou' : code === 'light' ? 'vision.guide.moreLight' : 'vision.guide.findFace');
    }
    case 'face-position': {
      if (!latest) return key('vision.guide.levelHead');
      if (Math.abs(latest.centreX - 0.5) >= Math.abs(latest.centreY - 0.5))
        return key(latest.centreX > 0.5 ? 'vision.guide.moveRight' : 'vision.guide.moveLeft');
      return key(latest.centreY > 0.5 ? 'vision.guide.moveUp' : 'vision.guide.moveDown');
    }
    case 'distance':
      return key(codeOf('distance', single) === 'too-close' ? 'vision.guide.moveBack' : 'vision.guide.moveCloser');
    case 'head-pose': {
      const code = codeOf('head-pose', single);
      if (code === 'turned') return key((latest?.yaw ?? 0) > 0 ? 'vision.guide.turnRight' : 'vision.guide.turnLeft');
      if (code === 'tilted') return key((latest?.pitch ?? 0) > 0 ? 'vision.guide.chinDown' : 'vision.guide.chinUp');
      return key('vision.guide.levelHead');
    }
    case 'lighting': {
      const code = codeOf('lighting', single);
      if (code === 'bright') return key('vision.guide.lessLight');
      if (code === 'uneven') return key('vision.guide.faceLight');
      return key('vision.guide.moreLight');
    }
    case 'backlight':
      return key('vision.guide.backlit');
    case 'eyes-open':
      return key('vision.guide.openEyes');
    case 'sharpness':
    case 'stability':
      return key('vision.guide.holdStill');
    default:
      // No live direction of its own: the report's fix for it, word for word.
      return check.fix ?? check.summary;
  }
}

/**
 * Re-judges the run so far. `camera` is what the track reports now (for the camera-quality chip);
 * `scan` what the small-face scan has found so far (another face behind the user).
 */
export function coach(frames: readonly TimedFrame[], camera: WindowCamera, startedAt: number, scan?: ScanSummary, limitMs: number = COACH.limitMs): Coaching {
  const window = trailingWindow(frames);
  const checks = judgeWindow({ frames: window, camera, scan });
  const top = fixFirst(checks)[0];
  const status = (id: CheckId) => checks.find((c) => c.id === id)?.status;
  const frameOk = status('face-position') === 'pass' && status('distance') === 'pass' && (status('head-pose') === 'pass' || status('head-pose') === 'warn');
  const last = frames[frames.length - 1];
  const good = heldGood(frames) && !checks.some((c) => c.status === 'fail');
  const timeUp = last !== undefined && last.at - startedAt >= limitMs;
  return { checks, instruction: instructionFor(top, window, scan), focus: top?.id, frameOk, done: good || timeUp, timeUp };
}
