import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError, LDError } from "./errors.js";

/** A `fetch`-compatible function: what the client calls to send a request. */
export type FetchLike = (input: Request) => Promise<Response>;

/** Per-request transport settings. */
export interface TransportOptions {
  /** The underlying fetch (defaults to `globalThis.fetch`, read at call time). */
  fetch?: typeof globalThis.fetch | undefined;
  /** Milliseconds before the request is abandoned with {@link APIConnectionTimeoutError}. `0` disables. */
  timeout: number;
}

/**
 * Wraps fetch with a timeout and typed transport errors: a timeout becomes
 * {@link APIConnectionTimeoutError}, the caller's abort {@link APIUserAbortError}, and any other
 * failure to get a response {@link APIConnectionError} (the original error as `cause`).
 */
export function createTransport(options: TransportOptions): FetchLike {
  return async (request) => {
    const baseFetch = options.fetch ?? globalThis.fetch;
    if (typeof baseFetch !== "function") {
      throw new APIConnectionError("No fetch implementation: pass `fetch` to createClient (Node ≥ 20 has one built in)");
    }
    if (request.signal.aborted) throw new APIUserAbortError();
    const timer = options.timeout > 0 ? new AbortController() : undefined;
    const handle = timer ? setTimeout(() => timer.abort(), options.timeout) : undefined;
    const signal = timer ? anySignal([request.signal, timer.signal]) : request.signal;
    try {
      return await baseFetch(request, { signal });
    } catch (error) {
      if (error instanceof LDError) throw error;
      if (timer?.signal.aborted && !request.signal.aborted) {
        throw new APIConnectionTimeoutError(options.timeout, { cause: error });
      }
      if (request.signal.aborted) throw new APIUserAbortError(undefined, { cause: error });
      throw new APIConnectionError(`Connection error: ${describe(error)}`, { cause: error });
    } finally {
      if (handle !== undefined) clearTimeout(handle);
    }
  };
}

/** `AbortSignal.any`, with a fallback for runtimes that lack it. */
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
