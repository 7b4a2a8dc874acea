// "Nothing happened" is only proven by a wait that would have seen something happen. Every spec that waits
// QUIET_MS and then asserts no change pairs it with a positive control: the same change made for real, looked at
// after the same QUIET_MS (never polled for longer), is seen.

/** Longer than the content script's slowest re-check (1 s on non-KYC pages) plus the background's answer. */
export const QUIET_MS = 2500;

/** Waits QUIET_MS in the test process (no page needed). */
export const quiet = () => new Promise<void>((done) => setTimeout(done, QUIET_MS));
