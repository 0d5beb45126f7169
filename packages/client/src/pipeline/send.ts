import { UnexpectedResponseError, ValidationError } from "../errors.js";
import { timing } from "../internal/timing.js";
import type { ClientContext } from "./context.js";
import type { ResolvedRetry } from "../retry/options.js";
import { retryDelay, retryReason } from "../retry/policy.js";
import { startDeadline, type Deadline } from "./deadline.js";
import { nextHop, type Hop } from "./redirect.js";

/**
 * One request as every route hands it to the pipeline (operation methods, the raw client,
 * `client.fetch`, the export download). Internal.
 */
export interface Outgoing {
  method: string;
  /** Absolute URL. */
  url: string;
  /** Everything to send to `url`'s origin, the client's credentials included (see `originHeaders`). */
  headers: Record<string, string>;
  /** A body that can be sent again on a retry (string, bytes, Blob, FormData), or a one-shot stream. */
  body?: BodyInit | null | undefined;
  /** The caller's signal. */
  signal?: AbortSignal | undefined;
  /** Milliseconds for each attempt, body included (`0`: none). */
  timeout: number;
  retry?: ResolvedRetry | undefined;
  /**
   * The fetch to use (default: the client's). A custom fetch is called with a `Request` and
   * `{ signal }`; without one, the global fetch gets the URL and the init.
   */
  fetch?: typeof globalThis.fetch | undefined;
  /** Follow a redirect to another origin bare (a GET without any header or body) instead of refusing it: downloads. */
  bare?: boolean;
  /** Hand the body back as a stream, still under the deadline, instead of reading it as text (and retrying a failed read). */
  stream?: boolean;
}

/** The outcome: the final response, and its body text unless `stream` was set. */
export interface Exchange {
  response: Response;
  text: string;
}

/**
 * The one request pipeline: per attempt a deadline over the whole exchange, manual redirects under
 * the cross-origin policy of {@link nextHop}, the body read under the same deadline; retries by
 * {@link retryReason} with the waits of {@link retryDelay}; every error typed and scrubbed of the
 * token and URL credentials. When attempts or the wait budget run out, the last response is
 * returned (or the last error thrown).
 */
export async function send(ctx: ClientContext, outgoing: Outgoing): Promise<Exchange> {
  const { retry, method, url, signal } = outgoing;
  const replayable = !(outgoing.body instanceof ReadableStream);
  let waited = 0;
  for (let attempt = 1; ; attempt++) {
    let exchange: Exchange | undefined;
    let failure: unknown;
    try {
      exchange = await attemptOnce(ctx, outgoing);
    } catch (error) {
      failure = error;
    }
    const response = exchange?.response;
    const reason = retry && replayable && attempt < retry.maxAttempts ? retryReason(method, response ?? failure) : undefined;
    const delayMs = reason ? retryDelay(retry!, attempt, response) : 0;
    waited += delayMs;
    if (!reason || waited > retry!.maxTotalWaitMs) {
      if (exchange) return exchange;
      throw failure;
    }
    await response?.body?.cancel().catch(() => undefined);
    retry!.onRetry?.({ attempt, delayMs, reason, method, url, ...(response && { status: response.status }) });
    await timing.sleep(delayMs, signal);
  }
}

async function attemptOnce(ctx: ClientContext, outgoing: Outgoing): Promise<Exchange> {
  const deadline = startDeadline(outgoing.timeout, outgoing.signal, ctx.redact);
  let hop: Hop = { url: outgoing.url, method: outgoing.method, headers: outgoing.headers, body: outgoing.body ?? null };
  let reading = false;
  try {
    for (let hops = 0; ; hops++) {
      const response = await fetchOnce(outgoing.fetch ?? ctx.config.fetch, outgoing.signal, hop, deadline.signal);
      const next = nextHop(response, hop, outgoing.url, outgoing.bare);
      if (!next) {
        if (outgoing.stream) return { response: guardBody(response, deadline), text: "" };
        reading = true;
        const text = await response.text();
        deadline.release();
        return { response, text };
      }
      await response.body?.cancel().catch(() => undefined);
      if (hops >= 5) throw new UnexpectedResponseError(`${outgoing.method}: more than 5 redirects`, response.status, {});
      hop = next;
    }
  } catch (error) {
    deadline.release();
    throw deadline.fail(error, reading);
  }
}

async function fetchOnce(
  custom: typeof fetch | undefined,
  caller: AbortSignal | undefined,
  hop: Hop,
  signal: AbortSignal,
): Promise<Response> {
  const fetchFn = custom ?? globalThis.fetch;
  if (typeof fetchFn !== "function") throw new ValidationError("fetch", "is required (no global fetch)");
  if (caller?.aborted) throw caller.reason;
  // An upload (a file, a form, a stream) is sent with redirects as errors: Node's fetch keeps a copy of such a
  // body for as long as the request lives whenever it may have to re-send it after a redirect.
  const { body } = hop;
  const upload = body instanceof FormData || body instanceof Blob || body instanceof ReadableStream;
  const init = {
    method: hop.method,
    headers: hop.headers,
    body,
    redirect: upload ? "error" : "manual",
    signal,
    duplex: "half",
  } as RequestInit;
  // The global fetch gets the URL and init (one Request built, not two); a custom fetch a Request, as documented.
  const response: unknown = await (custom ? custom(new Request(hop.url, init), { signal }) : fetchFn(hop.url, init));
  const r = response as Partial<Response> | null;
  if (!r || typeof r.status !== "number" || typeof r.headers?.get !== "function" || typeof r.text !== "function") {
    throw new ValidationError("fetch", "must resolve to a Response");
  }
  return response as Response;
}

/** Hands a response back with its body still under the deadline: ending, failing or cancelling the body releases it. */
function guardBody(response: Response, deadline: Deadline): Response {
  const reader = response.body?.getReader();
  if (!reader) {
    deadline.release();
    return response;
  }
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          deadline.release();
          controller.close();
        } else controller.enqueue(value);
      } catch (error) {
        deadline.release();
        controller.error(deadline.fail(error, true));
      }
    },
    cancel(reason) {
      deadline.release();
      return reader.cancel(reason);
    },
  });
  const guarded = new Response(body, response);
  Object.defineProperty(guarded, "url", { value: response.url });
  return guarded;
}
