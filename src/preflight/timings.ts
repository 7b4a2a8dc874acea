// A run's timings (performance.now() marks) summarised for the report and the benchmark.
import { median } from '../vision/aggregate';

export interface RunMarks {
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
  /** Analysis time per frame (includes the small-face scan's share, also listed alone in scanMs). */
  analysisMs: number[];
  scanMs?: number[];
  /** Where the landmarker ran: its worker, or the page (the fallback). */
  landmarkerThread?: 'worker' | 'page';
}

const r1 = (value: number) => Math.round(value * 10) / 10;

const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
const mean = (list: number[]) => (list.length ? list.reduce((a, b) => a + b, 0) / list.length : 0);
const shareOfMeans = (ours: number[], theirs: number[]) =>
  mean(theirs) > 0 ? Math.round((mean(ours) / mean(theirs)) * 1000) / 1000 : 0;

/** Per-frame figures are medians without the first frame (MediaPipe's one-off graph warm-up). */
export function summariseTimings(marks: RunMarks): Record<string, number> {
  const since = (mark?: number) => (mark === undefined ? -1 : r1(mark - marks.start));
  const steady = (list: number[]) => (list.length > 1 ? list.slice(1) : list);
  const landmarker = median(steady(marks.landmarkerMs)) ?? 0;
  const analysis = median(steady(marks.analysisMs)) ?? 0;
  const timings: Record<string, number> = {
    warm: marks.warm ? 1 : 0,
    clickToReportMs: since(marks.verdict),
    modelReadyMs: since(marks.modelReady),
    cameraOpenMs: since(marks.cameraOpen),
    firstFrameMs: since(marks.firstFrame),
    frames: marks.frames ?? marks.landmarkerMs.length,
    landmarkerMsMedian: r1(landmarker),
    analysisMsMedian: r1(analysis),
    analysisShare: landmarker > 0 ? Math.round((analysis / landmarker) * 1000) / 1000 : 0,
    // The budget is on the average: our per-frame metrics against the landmarker, and the small-face
    // scan's whole cost (its tiles, including any finished after the window) against the landmarker's.
    metricsShareMean: shareOfMeans(
      marks.analysisMs.slice(1).map((ms, i) => ms - (marks.scanMs?.[i + 1] ?? 0)),
      marks.landmarkerMs.slice(1),
    ),
    scanMsMean: r1(mean(marks.scanMs ?? [])),
    scanShare: sum(marks.landmarkerMs) > 0 ? Math.round((sum(marks.scanMs ?? []) / sum(marks.landmarkerMs)) * 1000) / 1000 : 0,
    firstLandmarkerMs: r1(marks.landmarkerMs[0] ?? 0),
    // 1: in its worker, 0: on the page, -1: never loaded.
    landmarkerInWorker: marks.landmarkerThread === undefined ? -1 : marks.landmarkerThread === 'worker' ? 1 : 0,
    releaseAfterVerdictMs:
      marks.released !== undefined && marks.verdict !== undefined ? r1(marks.released - marks.verdict) : -1,
  };
  return timings;
}
