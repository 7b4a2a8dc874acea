// Engine timings (performance.now() marks) summarised for the report and the benchmark.
import { median } from '../vision/aggregate';

export interface RunClock {
  start: number;
  /** The landmarker was already created on this page (a warm run). */
  warm: boolean;
  modelReady?: number;
  cameraOpen?: number;
  firstFrame?: number;
  released?: number;
  verdict?: number;
  frames?: number;
  landmarkerMs: number[];
  analysisMs: number[];
}

const r1 = (value: number) => Math.round(value * 10) / 10;

/** Per-frame figures are medians without the first frame (MediaPipe's one-off graph warm-up). */
export function summariseTimings(clock: RunClock): Record<string, number> {
  const since = (mark?: number) => (mark === undefined ? -1 : r1(mark - clock.start));
  const steady = (list: number[]) => (list.length > 1 ? list.slice(1) : list);
  const landmarker = median(steady(clock.landmarkerMs)) ?? 0;
  const analysis = median(steady(clock.analysisMs)) ?? 0;
  const timings: Record<string, number> = {
    warm: clock.warm ? 1 : 0,
    clickToReportMs: since(clock.verdict),
    modelReadyMs: since(clock.modelReady),
    cameraOpenMs: since(clock.cameraOpen),
    firstFrameMs: since(clock.firstFrame),
    frames: clock.frames ?? clock.landmarkerMs.length,
    landmarkerMsMedian: r1(landmarker),
    analysisMsMedian: r1(analysis),
    analysisShare: landmarker > 0 ? Math.round((analysis / landmarker) * 1000) / 1000 : 0,
    firstLandmarkerMs: r1(clock.landmarkerMs[0] ?? 0),
    releaseAfterVerdictMs:
      clock.released !== undefined && clock.verdict !== undefined ? r1(clock.released - clock.verdict) : -1,
  };
  return timings;
}
