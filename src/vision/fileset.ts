// Where MediaPipe's wasm comes from, shared by the landmarker and the small-face detector.

/**
 * Only vision_wasm_internal.{js,wasm} ship (scripts/provision-assets.mjs); FilesetResolver would
 * pick the "_nosimd" names on a browser without SIMD, so the file set is spelled out.
 */
export function wasmFileset(baseUrl: string) {
  const base = baseUrl.replace(/\/$/, '');
  return { wasmLoaderPath: `${base}/vision_wasm_internal.js`, wasmBinaryPath: `${base}/vision_wasm_internal.wasm` };
}
