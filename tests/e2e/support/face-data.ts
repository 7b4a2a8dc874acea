// What stored data must never contain: anything that could identify a face. Used on dumps of
// every storage area of the extension after a pre-flight (tests/e2e/privacy.spec.ts) and tested
// on hand-made positives (tests/unit/privacy.test.ts), so the detector itself can fail.

/** Longest string a stored item may hold: reports keep ids, statuses and numbers, not blobs. */
export const MAX_STRING = 512;
/** Longest array of numbers: landmarks are 478 × 3, a thumbnail thousands of bytes. */
export const MAX_NUMBER_ARRAY = 64;
const SUSPICIOUS_KEY = /landmark|image|frame|pixel|thumbnail|snapshot|photo|selfie|blendshape|embedding|descriptor|matri(x|ces)/i;
const BASE64_RUN = /[A-Za-z0-9+/]{200,}={0,2}/;

/** Every finding as "path: why"; an empty list means the value is clean. */
export function findFaceData(value: unknown, path = '$'): string[] {
  if (typeof value === 'string') {
    if (/^(data|blob):/i.test(value)) return [`${path}: a data or blob URL`];
    if (BASE64_RUN.test(value)) return [`${path}: a base64-like run`];
    if (value.length > MAX_STRING) return [`${path}: a ${value.length}-character string`];
    return [];
  }
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return [`${path}: binary data`];
  if (Array.isArray(value)) {
    const numbers = value.filter((item) => typeof item === 'number').length;
    if (numbers > MAX_NUMBER_ARRAY) return [`${path}: an array of ${numbers} numbers`];
    return value.flatMap((item, index) => findFaceData(item, `${path}[${index}]`));
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      // A number named after a frame (firstFrameMs) is a measurement; anything richer is not.
      ...(SUSPICIOUS_KEY.test(key) && item !== null && typeof item === 'object' ? [`${path}.${key}: face data by its name`] : []),
      ...findFaceData(item, `${path}.${key}`),
    ]);
  }
  return [];
}
