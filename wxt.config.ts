import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Chrome builds are MV3; Firefox stays on WXT's default MV2 (what `web-ext lint` checks).
// MediaPipe compiles WebAssembly, so extension pages need 'wasm-unsafe-eval' and nothing more:
// no remote scripts, no eval. connect-src 'self': MediaPipe's tasks-vision posts usage logs to
// odml.pa.googleapis.com every 60 s with no opt-out; no page or worker of ours may reach any host.
const CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'; connect-src 'self'";

export default defineConfig({
  // Several builds may run at once (tests, helpers); KYC_OUT_DIR keeps them apart.
  outDir: process.env.KYC_OUT_DIR ?? '.output',
  imports: false,
  // The sources zip (for Firefox add-on review) must rebuild from npm install like any checkout:
  // the model and wasm are provisioned there, never shipped as source.
  zip: { excludeSources: ['public/mediapipe/**', 'public/face-api/**', '.cache/**', '.tmp/**', 'docs/screenshots/**', '.output*/**'] },
  // `wxt build --mode e2e` (npm run build:test) compiles the test seams in (src/util/test-build.ts); every other
  // build, the store zips included, folds them away (scripts/check-seams.mjs proves it on each npm test).
  vite: (env) => ({ plugins: [preact()], define: { __KYC_TEST_BUILD__: JSON.stringify(env.mode === 'e2e') } }),
  manifest: ({ manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications'],
    content_security_policy: manifestVersion === 3 ? { extension_pages: CSP } : CSP,
    action: { default_title: '__MSG_extName__' },
    browser_specific_settings: {
      gecko: {
        id: 'kyc-preflight@kyc-preflight.local',
        strict_min_version: '109.0',
        // Firefox's built-in consent: this extension collects and transmits nothing.
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
