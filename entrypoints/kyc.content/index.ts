import { defineContentScript } from 'wxt/utils/define-content-script';

// binance.com over HTTPS only. The KYC page detection and the in-page UI arrive with their issue;
// until then the script does nothing on any page.
export default defineContentScript({
  matches: ['https://*.binance.com/*'],
  main() {},
});
