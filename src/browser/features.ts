// What FaceTec's web SDK needs from the browser, detected directly: a missing feature fails the
// browser check whatever the UA string claims (UA strings lie; features do not). FaceTec's own
// compatibility statuses name WebAssembly, Web Workers, getUserMedia and a secure context; WebGL is
// not among them. Only our face analysis (MediaPipe) needs WebGL, so its absence is said, but it
// never makes the browser unsupported: the face checks skip with cause no-webgl instead.
import type { BrowserFeatures, BrowserRuleFinding } from './types';


/** What FaceTec needs: a missing one fails the browser. */
const REQUIRED = ['secureContext', 'getUserMedia', 'webAssembly', 'wasmSimd', 'workers'] as const;

/** Only an explicit `false` counts: undefined means "not measurable here" (e.g. in a service worker). */
/** Their words: finding-text.ts, by code (`no-<feature>`). */
export function featureFindings(features: unknown): BrowserRuleFinding[] {
  if (!features || typeof features !== 'object') return [];
  const values = features as Record<string, unknown>;
  const findings: BrowserRuleFinding[] = REQUIRED.filter((name) => values[name] === false).map((name) => ({
    code: `no-${name}`,
    severity: 'fail' as const,
    cause: 'unsupported' as const,
  }));
  // Information only (the row's status is unchanged): FaceTec itself does not need WebGL.
  if (values.webgl === false) {
    findings.push({ code: 'no-webgl', severity: 'info' });
  }
  return findings;
}

// The smallest module that uses a 128-bit SIMD instruction (i8x16.splat + i8x16.popcnt), the same
// probe wasm-feature-detect uses: validate() is synchronous and compiles nothing.
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11,
]);

function safely(probe: () => boolean): boolean | undefined {
  try {
    return probe();
  } catch {
    return false;
  }
}

/** Whether this page can create a WebGL context (MediaPipe needs one); undefined outside a page. */
export function webglAvailable(scope: typeof globalThis = globalThis): boolean | undefined {
  return typeof scope.document === 'object' ? safely(() => hasWebgl(scope)) : undefined;
}

function hasWebgl(scope: typeof globalThis): boolean {
  const canvas = scope.document.createElement('canvas');
  const context = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
  // Give the context back at once: browsers cap live WebGL contexts per page.
  context?.getExtension('WEBGL_lose_context')?.loseContext();
  return context !== null;
}

/** Detects what can be detected in this context (page or service worker); never throws. */
export function detectFeatures(scope: typeof globalThis = globalThis): BrowserFeatures {
  const inWindow = typeof scope.document === 'object';
  const wasm = typeof scope.WebAssembly === 'object' && typeof scope.WebAssembly.validate === 'function';
  return {
    secureContext: typeof scope.isSecureContext === 'boolean' ? scope.isSecureContext : undefined,
    // A service worker has no camera API at all: not measurable there, which is not "missing".
    getUserMedia: inWindow ? safely(() => typeof scope.navigator?.mediaDevices?.getUserMedia === 'function') : undefined,
    webAssembly: wasm,
    wasmSimd: wasm ? safely(() => scope.WebAssembly.validate(SIMD_PROBE)) : false,
    // A service worker has no Worker constructor (only pages and dedicated workers do): not measurable there.
    workers: inWindow ? typeof scope.Worker === 'function' : undefined,
    // Only pages can say: a worker's OffscreenCanvas may lack WebGL while the page has it, and a
    // false "no WebGL" from the service worker would paint a red badge on a fine browser.
    webgl: webglAvailable(scope),
  };
}

