// The bench's floor (scripts/bench.mjs): what any face pre-flight must pay and nothing more. The same
// landmarker as the product (src/vision/landmarker.ts: CPU delegate, VIDEO mode, two faces, blendshapes and
// matrixes), loading from the moment the page loads; a click opens the camera and judges 10 frames with a face.
// No coaching, no metrics, no small-face scan, no report: the product's click-to-verdict over this one is
// what the product itself adds.
import { FaceLandmarker, FilesetResolver } from './vision_bundle.mjs';

const FRAMES = 10;
const base = new URL('./mediapipe/', location.href).href;
const landmarker = (async () => {
  const fileset = await FilesetResolver.forVisionTasks(base);
  const created = await FaceLandmarker.createFromOptions(fileset, {
    baseOptions: { modelAssetPath: `${base}face_landmarker.task`, delegate: 'CPU' },
    runningMode: 'VIDEO',
    numFaces: 2,
    outputFaceBlendshapes: true,
    outputFacialTransformationMatrixes: true,
  });
  return created;
})();

const video = document.getElementById('video');
const verdict = document.getElementById('verdict');

/** The next new video frame (requestVideoFrameCallback: each frame once, as the product's frame source). */
const nextFrame = () => new Promise((resolve) => video.requestVideoFrameCallback((now) => resolve(now)));

document.getElementById('run').addEventListener('click', async () => {
  const started = performance.now();
  window.__floorTimings = undefined;
  const [model, stream] = await Promise.all([
    landmarker,
    navigator.mediaDevices.getUserMedia({ video: { width: 640, height: 480 }, audio: false }),
  ]);
  video.srcObject = stream;
  await video.play();
  let judged = 0;
  let withFace = 0;
  let last = -1;
  while (judged < FRAMES) {
    let now = await nextFrame();
    if (now <= last) now = last + 1; // detectForVideo wants rising timestamps
    last = now;
    const result = model.detectForVideo(video, now);
    judged++;
    if (result.faceLandmarks.length === 1) withFace++;
  }
  for (const track of stream.getTracks()) track.stop();
  video.srcObject = null;
  const ms = Math.round((performance.now() - started) * 10) / 10;
  verdict.textContent = withFace === FRAMES ? 'ready' : 'not ready';
  window.__floorTimings = { clickToVerdictMs: ms, frames: judged, withFace };
});
