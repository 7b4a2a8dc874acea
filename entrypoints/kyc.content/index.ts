import { defineContentScript } from 'wxt/utils/define-content-script';
import { startKycContent } from '../../src/content/controller';

// binance.com over HTTPS only; everything else (detection, UI, reporting) lives in src/content.
export default defineContentScript({
  matches: ['https://*.binance.com/*'],
  // FaceTec's SDK may run in a same-site iframe: every binance.com frame gets the script (a frame
  // of another host never does; the background also refuses a binance.com frame in another site's tab).
  allFrames: true,
  // WXT would otherwise window.postMessage "<extension id>:kyc:wxt:content-script-started" to the
  // page, telling any site that this extension is installed (and its id).
  noScriptStartedPostMessage: true,
  main: startKycContent,
});
