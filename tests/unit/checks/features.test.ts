import { describe, expect, it } from 'vitest';
import { detectFeatures, featureFindings } from '../../../src/checks/features';

function fakeDocument(context: object | null) {
  return { createElement: () => ({ getContext: () => context }) };
}

describe('feature detection', () => {
  it('validates the SIMD probe where WebAssembly has SIMD (Node 22 does)', () => {
    expect(detectFeatures(globalThis)).toMatchObject({ webAssembly: true, wasmSimd: true });
  });

  it('leaves camera and WebGL unmeasured outside a page (service worker)', () => {
    const worker = { isSecureContext: true, WebAssembly, navigator: {}, OffscreenCanvas: class {} } as unknown as typeof globalThis;
    expect(detectFeatures(worker)).toEqual({ secureContext: true, getUserMedia: undefined, webAssembly: true, wasmSimd: true, webgl: undefined });
  });

  it('reports what a page lacks', () => {
    const page = { isSecureContext: false, document: fakeDocument(null), navigator: { mediaDevices: {} } } as unknown as typeof globalThis;
    expect(detectFeatures(page)).toEqual({ secureContext: false, getUserMedia: false, webAssembly: false, wasmSimd: false, webgl: false });
    expect(featureFindings(detectFeatures(page)).map((finding) => finding.code)).toEqual([
      'no-secureContext', 'no-getUserMedia', 'no-webAssembly', 'no-wasmSimd', 'no-webgl',
    ]);
  });

  it('finds WebGL and camera in a capable page, and survives a throwing canvas', () => {
    const page = { isSecureContext: true, WebAssembly, document: fakeDocument({ getExtension: () => null }), navigator: { mediaDevices: { getUserMedia() {} } } } as unknown as typeof globalThis;
    expect(detectFeatures(page)).toMatchObject({ getUserMedia: true, webgl: true });
    const broken = { document: { createElement: () => { throw new Error('no canvas'); } } } as unknown as typeof globalThis;
    expect(detectFeatures(broken).webgl).toBe(false);
  });
});
