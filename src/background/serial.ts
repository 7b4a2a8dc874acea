/**
 * Runs async read-modify-write steps one after another. The worker answers messages
 * concurrently; two failures arriving together must not both read the same old state.
 */
export function createSerial() {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(step: () => Promise<T>): Promise<T> => {
    const run = queue.then(step, step);
    queue = run.catch(() => undefined);
    return run;
  };
}
