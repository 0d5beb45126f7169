import { APIUserAbortError } from "../errors.js";

/**
 * The clock, randomness and sleep every wait in ldkit goes through (retry backoff, import/export
 * polling). Internal: tests replace these members (`vi.spyOn(timing, "sleep")`) to assert the
 * waits chosen exactly without waiting.
 * @example
 * vi.spyOn(timing, "sleep").mockImplementation(async (ms) => void waits.push(ms));
 */
export const timing = {
  /** Current time in epoch milliseconds. */
  now: (): number => Date.now(),
  /** A number in [0, 1). */
  random: (): number => Math.random(),
  /**
   * Resolves after `ms`; rejects at once with {@link APIUserAbortError} when `signal` aborts
   * (before or during the wait).
   */
  sleep: (ms: number, signal?: AbortSignal): Promise<void> =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(new APIUserAbortError());
      const onAbort = () => {
        clearTimeout(handle);
        reject(new APIUserAbortError());
      };
      const handle = setTimeout(
        () => {
          signal?.removeEventListener("abort", onAbort);
          resolve();
        },
        Math.min(Math.max(0, ms), 2_147_483_647),
      );
      signal?.addEventListener("abort", onAbort, { once: true });
    }),
};
