import { APIConnectionError, APIConnectionTimeoutError } from "../errors.js";
import { timing } from "../internal/timing.js";
import type { ResolvedRetry, RetryReason } from "./options.js";
import { requestedWaitMs } from "./requested-wait.js";

/**
 * Whether a failed attempt may be repeated, and why. A 429 and a refused connection are retried for
 * every method (nothing was processed); 408, 5xx, timeouts and other network errors only for
 * idempotent methods, since a POST or PATCH may have reached the server.
 * @example
 * retryReason("POST", new Response(null, { status: 503 })); // undefined
 * retryReason("GET", new Response(null, { status: 503 })); // "http-status"
 */
export function retryReason(method: string, outcome: Response | unknown): RetryReason | undefined {
  const idempotent = /^(GET|PUT|DELETE|HEAD|OPTIONS)$/i.test(method);
  if (outcome instanceof Response) {
    const { status } = outcome;
    return status === 429
      ? "rate-limited"
      : idempotent && (status === 408 || (status >= 500 && status !== 501))
        ? "http-status"
        : undefined;
  }
  if (!(outcome instanceof APIConnectionError)) return undefined;
  if (refused(outcome)) return "connection-refused";
  return !idempotent ? undefined : outcome instanceof APIConnectionTimeoutError ? "timeout" : "connection-error";
}

/**
 * The wait before retry number `attempt`: what the response asks for (`Retry-After` in seconds or
 * as an HTTP date, else `X-Ratelimit-Reset` in epoch ms), else capped exponential backoff with
 * full jitter.
 * @example
 * retryDelay(resolveRetry({})!, 1, new Response(null, { status: 429, headers: { "retry-after": "2" } })); // 2000
 */
export function retryDelay(retry: ResolvedRetry, attempt: number, response?: Response): number {
  return (
    (response && requestedWaitMs((name) => response.headers.get(name), timing.now())) ??
    Math.floor(timing.random() * Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1)))
  );
}

/** True when the error chain says the connection was refused (`ECONNREFUSED`): nothing was sent. */
function refused(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const { code, errors, cause } = error as { code?: unknown; errors?: unknown; cause?: unknown };
  if (code === "ECONNREFUSED") return true;
  if (Array.isArray(errors) && errors.length > 0 && errors.every((e) => refused(e, depth + 1))) return true;
  return refused(cause, depth + 1);
}
