import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError, LDError } from "../errors.js";
import { scrubError, type Redactor } from "../redact.js";

/**
 * One attempt's deadline: an AbortSignal for fetch that fires when the timeout passes or the caller
 * aborts, held until the whole exchange — headers AND body — is over. Internal.
 */
export interface Deadline {
  /** Passed to fetch; aborts the connection (and so any body still being read). */
  readonly signal: AbortSignal;
  /**
   * Maps whatever failed during the exchange to ldkit's typed transport errors (an ldkit error stays
   * as it is), scrubbed of the token and URL credentials: every error of an attempt leaves through here.
   */
  fail(error: unknown, reading?: boolean): LDError;
  /** Stops the timer and detaches from the caller's signal; safe to call more than once. */
  release(): void;
}

/** Starts a {@link Deadline} of `timeout` ms (`0`: none) bound to the caller's `signal`. */
export function startDeadline(timeout: number, caller: AbortSignal | undefined, redact: Redactor): Deadline {
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(caller?.reason);
  caller?.addEventListener("abort", onAbort);
  const timer =
    timeout > 0
      ? setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeout)
      : undefined;
  return {
    signal: controller.signal,
    fail(error, reading) {
      const cause = { cause: error };
      const code = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
      const detail = `${error instanceof Error ? error.message : String(error)}${typeof code === "string" ? ` (${code})` : ""}`;
      return scrubError(
        error instanceof LDError
          ? error
          : caller?.aborted
            ? new APIUserAbortError(undefined, cause)
            : timedOut
              ? new APIConnectionTimeoutError(timeout, cause)
              : new APIConnectionError(`Connection error${reading ? " while reading the response" : ""}: ${detail}`, cause),
        redact,
      );
    },
    release() {
      clearTimeout(timer);
      caller?.removeEventListener("abort", onAbort);
    },
  };
}
