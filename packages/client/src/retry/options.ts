import { ValidationError } from "../errors.js";

/**
 * Why a request is retried.
 * @example
 * const retry: RetryOptions = { onRetry: (e) => { if (e.reason === "rate-limited") metrics.increment("ld.429"); } };
 */
export type RetryReason =
  /** 429: rate limited (retried for every method: the request was not processed). */
  | "rate-limited"
  /** 408 or 5xx (retried for idempotent methods only). */
  | "http-status"
  /** The attempt exceeded the per-request timeout (idempotent methods only). */
  | "timeout"
  /** The connection was refused before anything was sent (retried for every method). */
  | "connection-refused"
  /** Any other network failure: reset, DNS, TLS (idempotent methods only). */
  | "connection-error";

/**
 * What {@link RetryOptions.onRetry} sees before each wait. Never contains the API token.
 * @example
 * createClient({ apiKey, retry: { onRetry: ({ attempt, delayMs, reason, method, url, status }) =>
 *   console.warn(`${method} ${url} → ${status ?? reason}; retry ${attempt} in ${delayMs} ms`) } });
 */
export interface RetryEvent {
  /** The attempt that failed: 1 for the first request, so the request about to follow is `attempt + 1`. */
  attempt: number;
  /** How long ldkit waits before the next attempt. */
  delayMs: number;
  reason: RetryReason;
  /** HTTP method, e.g. `GET`. */
  method: string;
  /** Full request URL (path and query; the token is a header, never part of it). */
  url: string;
  /** HTTP status of the failed attempt, when it got a response. */
  status?: number;
}

/**
 * Retry settings of {@link createClient} (`retry: false` turns retries off).
 * @example
 * const client = createClient({
 *   apiKey: process.env.LD_API_KEY!,
 *   retry: { maxAttempts: 6, onRetry: (e) => console.warn(`retry ${e.attempt} in ${e.delayMs} ms: ${e.reason}`) },
 * });
 */
export interface RetryOptions {
  /** Attempts in total, the first included (default 4; `1` disables retries). */
  maxAttempts?: number;
  /** Upper bound on the sum of all waits of one call, in ms (default 60 000). A wait that would exceed it is not made: the last error is thrown instead. */
  maxTotalWaitMs?: number;
  /** Backoff base in ms (default 500): the n-th retry waits a random time in [0, min(maxDelayMs, baseDelayMs · 2ⁿ⁻¹)). */
  baseDelayMs?: number;
  /** Cap of one backoff wait in ms (default 20 000). Waits the server asks for are not capped (only bounded by `maxTotalWaitMs`). */
  maxDelayMs?: number;
  /** Called before every wait. If it throws, the call fails with that error. */
  onRetry?: (event: RetryEvent) => void;
}

/**
 * {@link RetryOptions} with defaults applied.
 * @example
 * const resolved: ResolvedRetry = resolveRetry({ maxAttempts: 2 })!; // { maxAttempts: 2, maxTotalWaitMs: 60000, baseDelayMs: 500, maxDelayMs: 20000 }
 */
export type ResolvedRetry = Required<Omit<RetryOptions, "onRetry">> & Pick<RetryOptions, "onRetry">;

/**
 * Validates retry options and applies the defaults; `false` means no retries (so does `maxAttempts: 1`).
 * @example
 * resolveRetry(false); // undefined
 * resolveRetry({ maxAttempts: 0 }); // throws ValidationError (field "retry.maxAttempts")
 */
export function resolveRetry(options: RetryOptions | false | undefined): ResolvedRetry | undefined {
  if (options === false) return undefined;
  if (options !== undefined && (options === null || typeof options !== "object"))
    throw new ValidationError("retry", "must be an object or false");
  const o = { maxAttempts: 4, maxTotalWaitMs: 60_000, baseDelayMs: 500, maxDelayMs: 20_000, ...options };
  for (const key of ["maxAttempts", "maxTotalWaitMs", "baseDelayMs", "maxDelayMs"] as const) {
    const min = key === "maxAttempts" ? 1 : 0;
    if (!Number.isInteger(o[key]) || o[key] < min)
      throw new ValidationError(`retry.${key}`, `must be an integer ≥ ${min}${min ? "" : " (ms)"}`);
  }
  if (o.onRetry !== undefined && typeof o.onRetry !== "function") throw new ValidationError("retry.onRetry", "must be a function");
  return o;
}
