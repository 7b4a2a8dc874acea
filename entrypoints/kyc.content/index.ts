import { defineContentScript } from 'wxt/utils/define-content-script';
import { startKycContent } from '../../src/content/controller';

// binance.com over HTTPS only; everything else (detection, UI, reporting) lives in src/content.
export default defineContentScript({
  matches: ['https://*.binance.com/*'],
  // WXT would otherwise window.postMessage "<extension id>:kyc:wxt:content-script-started" to the
  // page, telling any site that this extension is installed (and its id).
  noScriptStartedPostMessage: true,
  main: startKycContent,
});
