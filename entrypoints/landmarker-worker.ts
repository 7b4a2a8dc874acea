// The landmarker worker's entry (built as /landmarker-worker.js, a classic script): wiring only.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { serveLandmarker } from '../src/vision/landmarker-worker';

export default defineUnlistedScript(() => serveLandmarker(self as unknown as Parameters<typeof serveLandmarker>[0]));
