import { defineContentScript } from 'wxt/utils/define-content-script';
import { startKycContent } from '../../src/content/controller';

// binance.com over HTTPS only; everything else (detection, UI, reporting) lives in src/content.
export default defineContentScript({
  matches: ['https://*.binance.com/*'],
  main: startKycContent,
});
