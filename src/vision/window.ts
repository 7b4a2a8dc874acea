// A window of analysed frames as the measuring hands it to the checks (plain data, no judgement).
import type { FrameMetrics } from './types';

export interface FrameRecord {
  faceCount: number;
  /** Present when exactly one face was seen. */
  metrics?: FrameMetrics;
  /** The whole picture's mean luma (0-255), face or not; absent where it was not measured. */
  sceneLuma?: number;
}

/** What the camera delivered while the window ran (camera-quality judges it). */
export interface WindowCamera {
  width: number;
  height: number;
  /** What the track reports, when it does. */
  frameRate?: number;
  /** Frames the video actually delivered per second during the window. */
  measuredFps?: number;
}

/** What the small-face scan (small-faces.ts) found over the window, beside the landmarker. */
export interface ScanSummary {
  /** Distinct faces the tiled detector found anywhere in the frame. */
  faces: number;
  /** Of those, faces away from the face(s) the landmarker tracks: someone else in view. */
  others: number;
  /** Tiles scanned (a full sweep is 9). */
  tiles: number;
}

export interface AnalysisWindow {
  frames: readonly FrameRecord[];
  camera: WindowCamera;
  /** Absent when the scan did not run (its detector failed to load): the landmarker alone decides. */
  scan?: ScanSummary;
}
