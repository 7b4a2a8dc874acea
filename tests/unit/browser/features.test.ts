import { describe, expect, it } from 'vitest';
import { detectFeatures, featureFindings } from '../../../src/browser/features';

function fakeDocument(context: object | null) {
  return { createElement: () => ({ getContext: () => context }) };
}

describe('feature detection', () => {
  it('validates the SIMD probe where WebAssembly has SIMD (Node 22 does)', () => {
    expect(detectFeatures(globalThis)).toMatchObject({ webAssembly: true, wasmSimd: true });
  });

  it('leaves camera, workers and WebGL unmeasured outside a page (service worker)', () => {
    const worker = { isSecureContext: true, WebAssembly, navigator: {}, OffscreenCanvas: class {} } as unknown as typeof globalThis;
    expect(detectFeatures(worker)).toEqual({ secureContext: true, getUserMedia: undefined, webAssembly: true, wasmSimd: true, workers: undefined, webgl: undefined });
    expect(featureFindings(detectFeatures(worker))).toEqual([]);
  });

  it('finds Web Workers in a page that has them', () => {
    const page = { isSecureContext: true, WebAssembly, Worker: class {}, document: fakeDocument(null), navigator: {} } as unknown as typeof globalThis;
    expect(detectFeatures(page).workers).toBe(true);
  });

  it('reports what a page lacks', () => {
    const page = { isSecureContext: false, document: fakeDocument(null), navigator: { mediaDevices: {} } } as unknown as typeof globalThis;
    expect(detectFeatures(page)).toEqual({ secureContext: false, getUserMedia: false, webAssembly: false, wasmSimd: false, workers: false, webgl: false });
    const findings = featureFindings(detectFeatures(page));
    expect(findings.map((finding) => finding.code)).toEqual([
      'no-secureContext', 'no-getUserMedia', 'no-webAssembly', 'no-wasmSimd', 'no-workers', 'no-webgl',
    ]);
    // FaceTec needs all but WebGL: only WebGL's absence is information, not a failure.
    expect(findings.filter((finding) => finding.severity === 'fail').map((finding) => finding.code)).not.toContain('no-webgl');
    expect(findings.find((finding) => finding.code === 'no-webgl')?.severity).toBe('info');
  });

  it('finds WebGL and camera in a capable page, and survives a throwing canvas', () => {
    const page = { isSecureContext: true, WebAssembly, document: fakeDocument({ getExtension: () => null }), navigator: { mediaDevices: { getUserMedia() {} } } } as unknown as typeof globalThis;
    expect(detectFeatures(page)).toMatchObject({ getUserMedia: true, webgl: true });
    const broken = { document: { createElement: () => { throw new Error('no canvas'); } } } as unknown as typeof globalThis;
    expect(detectFeatures(broken).webgl).toBe(false);
  });
});
