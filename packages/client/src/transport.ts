import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError, LDError } from "./errors.js";
import { timing } from "./internal/timing.js";
import type { ResolvedRetry } from "./retry/options.js";
import { retryDelay, retryReason } from "./retry/policy.js";

/**
 * What the client calls to send a request: a `fetch`-compatible function of a `Request`, which also
 * accepts a function that builds the request (called once per attempt, so a body is never cloned).
 * @example
 * const send: FetchLike = createTransport({ timeout: 5_000 });
 * await send(() => new Request(url, { method: "PATCH", body: JSON.stringify(patch) }));
 */
export type FetchLike = (input: Request | (() => Request)) => Promise<Response>;

/**
 * Per-request transport settings.
 * @example
 * const options: TransportOptions = { timeout: 10_000, retry: resolveRetry({ maxAttempts: 3 }) };
 */
export interface TransportOptions {
  /** The underlying fetch (defaults to `globalThis.fetch`, read at call time). */
  fetch?: typeof globalThis.fetch | undefined;
  /** Milliseconds before an attempt is abandoned with {@link APIConnectionTimeoutError}. `0` disables. */
  timeout: number;
  /** Retry policy; `undefined` sends each request once. */
  retry?: ResolvedRetry | undefined;
}

/**
 * Wraps fetch with a per-attempt timeout, retries and typed transport errors: a timeout becomes
 * {@link APIConnectionTimeoutError}, the caller's abort {@link APIUserAbortError} (also during a
 * retry wait), and any other failure to get a response {@link APIConnectionError} (the original
 * error as `cause`). Each attempt sends a fresh request (built again, or cloned when it has a body), so bodies are re-sent intact; when
 * the attempts or the wait budget run out, the last response is returned (or the last error thrown).
 * @example
 * const send = createTransport({ timeout: 10_000, retry: resolveRetry({}) });
 * const response = await send(new Request("https://app.launchdarkly.com/api/v2/segments/default/production"));
 */
export function createTransport(options: TransportOptions): FetchLike {
  return async (input) => {
    const build = typeof input === "function" ? input : undefined;
    const request = build ? build() : (input as Request);
    const { retry } = options;
    let waited = 0;
    for (let attempt = 1; ; attempt++) {
      const last = !retry || attempt >= retry.maxAttempts;
      let outcome: Response | unknown;
      try {
        // A request without a body is sent again as is. One with a body is rebuilt for each retry when
        // we have the builder; otherwise every attempt but the last sends a clone, keeping the original.
        const attemptRequest =
          request.body === null ? request : build ? (attempt === 1 ? request : build()) : last ? request : request.clone();
        outcome = await sendOnce(options, attemptRequest, request.signal);
      } catch (error) {
        if (last) throw error;
        outcome = error;
      }
      const reason = last ? undefined : retryReason(request.method, outcome);
      const response = outcome instanceof Response ? outcome : undefined;
      const delayMs = reason && retry ? retryDelay(retry, attempt, response) : -1;
      if (!reason || !retry || waited + delayMs > retry.maxTotalWaitMs) {
        if (response) return response;
        throw outcome;
      }
      waited += delayMs;
      await response?.body?.cancel().catch(() => undefined);
      retry.onRetry?.({ attempt, delayMs, reason, method: request.method, url: request.url, ...(response ? { status: response.status } : {}) });
      await timing.sleep(delayMs, request.signal);
    }
  };
}

async function sendOnce(options: TransportOptions, request: Request, callerSignal: AbortSignal): Promise<Response> {
  const baseFetch = options.fetch ?? globalThis.fetch;
  if (typeof baseFetch !== "function") {
    throw new APIConnectionError("No fetch: pass `fetch` to createClient");
  }
  if (callerSignal.aborted) throw new APIUserAbortError();
  // One controller per attempt, aborted by the caller's signal or the timer; both are released
  // afterwards, so a long-lived caller signal does not collect listeners over many requests.
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(callerSignal.reason);
  callerSignal.addEventListener("abort", onAbort);
  const handle =
    options.timeout > 0
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, options.timeout)
      : undefined;
  try {
    return await baseFetch(request, { signal: controller.signal });
  } catch (error) {
    if (error instanceof LDError) throw error;
    if (callerSignal.aborted) throw new APIUserAbortError(undefined, { cause: error });
    if (timedOut) throw new APIConnectionTimeoutError(options.timeout, { cause: error });
    throw new APIConnectionError(`Connection error: ${describe(error)}`, { cause: error });
  } finally {
    clearTimeout(handle);
    callerSignal.removeEventListener("abort", onAbort);
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    const code = cause && typeof cause === "object" ? (cause as { code?: unknown }).code : undefined;
    return typeof code === "string" ? `${error.message} (${code})` : error.message;
  }
  return String(error);
}
