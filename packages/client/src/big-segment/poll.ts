import { ValidationError } from "../errors.js";
import { timing } from "../internal/timing.js";
import { BigSegmentTimeoutError } from "./errors.js";

/**
 * Polling settings shared by big segment import and export.
 * @example
 * const polling: PollOptions = { pollIntervalMs: 2_000, maxPollIntervalMs: 30_000, timeoutMs: 3_600_000 };
 */
export interface PollOptions {
  /** First wait between polls in ms (default 1 000); each following wait is 1.5× longer. */
  pollIntervalMs?: number;
  /** Longest wait between polls in ms (default 15 000). */
  maxPollIntervalMs?: number;
  /** Give up polling after this many ms (default 30 minutes) with `BigSegmentTimeoutError`. */
  timeoutMs?: number;
  /** Cancels the upload, a pending poll or a wait, with `APIUserAbortError`. */
  signal?: AbortSignal;
}

/** {@link PollOptions} checked, with their defaults filled in. Internal. */
export interface PollSettings {
  interval: number;
  maxInterval: number;
  timeoutMs: number;
  signal: AbortSignal | undefined;
}

/**
 * Checks the polling options (a {@link ValidationError} for a bad one) and fills in the defaults, so
 * the helpers can reject them before they upload or create anything. Internal.
 * @example
 * const settings = pollSettings({ pollIntervalMs: 2_000 }); // { interval: 2000, maxInterval: 15000, timeoutMs: 1800000, signal: undefined }
 */
export function pollSettings(options: PollOptions): PollSettings {
  const interval = options.pollIntervalMs ?? 1_000;
  const maxInterval = options.maxPollIntervalMs ?? 15_000;
  const timeoutMs = options.timeoutMs ?? 30 * 60_000;
  for (const [name, v] of [
    ["pollIntervalMs", interval],
    ["maxPollIntervalMs", maxInterval],
    ["timeoutMs", timeoutMs],
  ] as const) {
    if (!Number.isFinite(v) || v < 1) throw new ValidationError(name, "must be a positive number of milliseconds");
  }
  return { interval, maxInterval, timeoutMs, signal: options.signal };
}

/**
 * Polls `get` with growing waits until `isDone` says the state is one to stop at, bounded by
 * `timeoutMs` measured both on the clock and as the sum of waits (so it ends even if the clock
 * stands still). Internal.
 * @example
 * const done = await pollUntilFinal("import", id, pollSettings({}), () => client.getBigSegmentImport({ ...where, importID: id }), (imp) => imp.status === "complete", () => {});
 */
export async function pollUntilFinal<T extends { status: string }>(
  kind: "import" | "export",
  id: string,
  settings: PollSettings,
  get: () => Promise<T>,
  isDone: (state: T) => boolean,
  onPoll: (state: T) => void,
): Promise<T> {
  const { interval, maxInterval, timeoutMs, signal } = settings;
  const start = timing.now();
  let waited = 0;
  let delay = Math.min(interval, maxInterval);
  let last: T | undefined;
  for (;;) {
    if (Math.max(timing.now() - start, waited) + delay > timeoutMs) throw new BigSegmentTimeoutError(kind, id, timeoutMs, last as never);
    await timing.sleep(delay, signal);
    waited += delay;
    last = await get();
    onPoll(last);
    if (isDone(last)) return last;
    delay = Math.min(maxInterval, Math.ceil(delay * 1.5));
  }
}
