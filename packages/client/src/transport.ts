import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError, LDError } from "./errors.js";
import { timing } from "./internal/timing.js";
import type { ResolvedRetry } from "./retry/options.js";
import { retryDelay, retryReason } from "./retry/policy.js";

/**
 * A `fetch`-compatible function: what the client calls to send a request.
 * @example
 * const send: FetchLike = createTransport({ timeout: 5_000 });
 */
export type FetchLike = (input: Request) => Promise<Response>;

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
 * error as `cause`). Each attempt sends a clone of the request, so bodies are re-sent intact; when
 * the attempts or the wait budget run out, the last response is returned (or the last error thrown).
 * @example
 * const send = createTransport({ timeout: 10_000, retry: resolveRetry({}) });
 * const response = await send(new Request("https://app.launchdarkly.com/api/v2/segments/default/production"));
 */
export function createTransport(options: TransportOptions): FetchLike {
  return async (request) => {
    const { retry } = options;
    let waited = 0;
    for (let attempt = 1; ; attempt++) {
      const last = !retry || attempt >= retry.maxAttempts;
      let outcome: Response | unknown;
      try {
        outcome = await sendOnce(options, last ? request : request.clone(), request.signal);
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
  const timer = options.timeout > 0 ? new AbortController() : undefined;
  const handle = timer ? setTimeout(() => timer.abort(), options.timeout) : undefined;
  const signal = timer ? anySignal([callerSignal, timer.signal]) : callerSignal;
  try {
    return await baseFetch(request, { signal });
  } catch (error) {
    if (error instanceof LDError) throw error;
    if (timer?.signal.aborted && !callerSignal.aborted) {
      throw new APIConnectionTimeoutError(options.timeout, { cause: error });
    }
    if (callerSignal.aborted) throw new APIUserAbortError(undefined, { cause: error });
    throw new APIConnectionError(`Connection error: ${describe(error)}`, { cause: error });
  } finally {
    if (handle !== undefined) clearTimeout(handle);
  }
}

/**
 * `AbortSignal.any`, with a fallback for runtimes that lack it.
 * @example
 * const signal = anySignal([callerSignal, AbortSignal.timeout(5_000)]);
 */
export function anySignal(signals: AbortSignal[]): AbortSignal {
  const any = (AbortSignal as { any?: (s: AbortSignal[]) => AbortSignal }).any;
  if (typeof any === "function") return any(signals);
  const controller = new AbortController();
  for (const s of signals) {
    if (s.aborted) {
      controller.abort(s.reason);
      break;
    }
    s.addEventListener("abort", () => controller.abort(s.reason), { once: true });
  }
  return controller.signal;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    const code = cause && typeof cause === "object" ? (cause as { code?: unknown }).code : undefined;
    return typeof code === "string" ? `${error.message} (${code})` : error.message;
  }
  return String(error);
}
