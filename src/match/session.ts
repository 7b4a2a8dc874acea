// The match page's steps as plain async functions over a canvas source, so the component only
// shows states: reading the ID image, waiting for a steady card on the camera, and describing the
// live face from a few frames.
import { analyseImage, type Analysis } from './analyse';
import { answerFor, countedFaces, distance, judgeIdQuality, meanDescriptor, type IdMeasures, type MatchAnswer, type QualityFinding } from './decide';
import { describeChip } from './descriptor';
import { ID_QUALITY, LIVE_FRAMES } from './limits';

export interface Assets {
  /** Folder of MediaPipe's model and wasm. */
  mediapipe: string;
  /** Folder of face-api's descriptor model. */
  faceApi: string;
}

export interface IdReading {
  quality: QualityFinding;
  /** What the quality was judged from (numbers only: safe to show and to test). */
  measures: IdMeasures;
  /** Present only when the quality lets the photo be compared. */
  descriptor?: Float32Array;
  ms: number;
}

/** The ID image's quality and, when it can be compared, its descriptor. */
export async function readIdImage(source: CanvasImageSource & { width: number; height: number }, assets: Assets): Promise<IdReading> {
  const started = performance.now();
  return readIdAnalysis(await analyseImage(source, assets.mediapipe), assets, started);
}

/** The same for an image already analysed (the camera route's steady frame is not scanned twice). */
export async function readIdAnalysis(analysis: Analysis, assets: Assets, started = performance.now()): Promise<IdReading> {
  let quality = judgeIdQuality(analysis.measures);
  // Landmarks found no face on the detector's box: nothing to compare, say so as "no face".
  if (quality.status !== 'fail' && !analysis.chip) quality = { status: 'fail', cause: 'id-no-face' };
  const descriptor = quality.status !== 'fail' && analysis.chip ? await describeChip(analysis.chip, assets.faceApi) : undefined;
  return { quality, measures: analysis.measures, descriptor, ms: performance.now() - started };
}

/** A card held up to the camera is taken once its portrait reads well and holds still between two looks. */
export function steadyCard(previous: Analysis | undefined, current: Analysis, frameWidth: number): boolean {
  const m = current.measures;
  if (countedFaces(m.faceWidths) !== 1 || !current.chip || m.touchesEdge) return false;
  // Readable, not necessarily good: the capture's own quality answer then says what to improve.
  if ((m.faceWidths[0] ?? 0) < ID_QUALITY.failFacePx || (m.sharpness ?? 0) < ID_QUALITY.failSharpness) return false;
  const before = previous?.measures.faceWidths[0];
  return before !== undefined && Math.abs(before - (m.faceWidths[0] ?? 0)) < frameWidth * 0.03;
}

export type LiveLook = 'no-face' | 'several' | 'ok';

/** One live frame: whether it shows exactly one face, and its descriptor when it does. */
export async function lookAtLiveFrame(frame: HTMLCanvasElement, assets: Assets): Promise<{ look: LiveLook; descriptor?: Float32Array }> {
  const analysis = await analyseImage(frame, assets.mediapipe, false, true);
  const faces = countedFaces(analysis.measures.faceWidths);
  if (faces === 0 || !analysis.chip) return { look: 'no-face' };
  if (faces > 1) return { look: 'several' };
  return { look: 'ok', descriptor: await describeChip(analysis.chip, assets.faceApi) };
}

export interface MatchOutcome {
  answer: MatchAnswer;
  distance: number;
}

export function compare(id: IdReading, live: readonly Float32Array[]): MatchOutcome | undefined {
  if (!id.descriptor || live.length < LIVE_FRAMES) return undefined;
  const d = distance(id.descriptor, meanDescriptor(live));
  return { answer: answerFor(d, id.quality), distance: d };
}

/** The current video frame on a canvas of its own size. */
export function grabFrame(video: HTMLVideoElement): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  canvas.getContext('2d')!.drawImage(video, 0, 0);
  return canvas;
}
