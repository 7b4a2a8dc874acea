// Test seams exist only in test builds. `__KYC_TEST_BUILD__` is a compile-time constant (wxt.config.ts): true in
// `wxt build --mode e2e` (what the end-to-end suites, the eval and the bench load), false in production and store
// builds, where the bundler drops every `if (TEST_BUILD)` branch with the names inside it.
declare const __KYC_TEST_BUILD__: boolean | undefined;

/** Unit tests run without the define: there the seams are off, like production. */
export const TEST_BUILD: boolean = typeof __KYC_TEST_BUILD__ !== 'undefined' && __KYC_TEST_BUILD__;
