import { operationTable } from "./generated/operations.gen.js";
import type { OperationId } from "./generated/operation-metadata.gen.js";
import type { OperationMethods } from "./generated/operation-methods.gen.js";
import type { ClientOptions } from "./config.js";
import { invokeOperation } from "./operation.js";
import { ValidationError } from "./errors.js";
import { createContext, originHeaders, registerContext } from "./pipeline/context.js";
import { send } from "./pipeline/send.js";
import { checkSignal, checkTimeout } from "./pipeline/options.js";

/** The ldkit client: one method per operation of the spec, named by its operationId. */
export interface LdkitClient extends OperationMethods {
  /** The base URL requests go to. */
  readonly baseUrl: string;
  /**
   * Authenticated `fetch` on the API host, for URLs the API hands out (an export's download link,
   * `_links`): the client's token, headers, timeout and retries, and the raw `Response` back — its
   * body still under the timeout and `signal` until you have read it. A URL on any other origin is a
   * {@link ValidationError}, and a redirect to another origin is refused, so the token is never sent
   * elsewhere.
   * @example
   * const response = await client.fetch(exportInfo._links.download.href);
   */
  fetch(url: string, init?: RequestInit & { timeout?: number }): Promise<Response>;
}

/**
 * Creates a client for LaunchDarkly's Segments and User settings API. For openapi-fetch's raw
 * errors-as-values client with the same options, see {@link createRawClient}.
 * @example
 * import { createClient } from "@ldkit/client";
 * const client = createClient({ apiKey: process.env.LD_API_KEY! });
 * const { items } = await client.getSegments({ projectKey: "default", environmentKey: "production" });
 */
export function createClient(options: ClientOptions): LdkitClient {
  const ctx = createContext(options);
  const { config } = ctx;
  const client: Record<string, unknown> = {
    baseUrl: config.baseUrl,
    async fetch(url: string, init: RequestInit & { timeout?: number } = {}) {
      const { timeout, headers, body, signal } = init;
      const method = String(init.method ?? "GET").toUpperCase();
      let target: URL;
      try {
        target = new URL(url, `${config.baseUrl}/`);
      } catch {
        throw new ValidationError("url", "must be a URL");
      }
      if (target.origin !== ctx.origin || target.username || target.password) {
        throw new ValidationError("url", `must be on ${ctx.origin}, without credentials`);
      }
      let callHeaders: Record<string, string>;
      try {
        callHeaders = Object.fromEntries(new Headers(headers));
        // What fetch would refuse to build (a bad method, a body on GET or HEAD) is bad input too.
        new Request(target, { method, body: body == null ? null : "" });
      } catch {
        throw new ValidationError("init", "must have a valid method and headers, and no body on GET or HEAD");
      }
      const { response } = await send(ctx, {
        method,
        url: target.href,
        headers: originHeaders(ctx, callHeaders),
        body,
        signal: checkSignal(signal),
        timeout: checkTimeout("timeout", timeout, config.timeout),
        retry: config.retry,
        stream: true,
      });
      return response;
    },
  };
  for (const id of Object.keys(operationTable) as OperationId[]) {
    client[id] = (args: Record<string, unknown>) => invokeOperation(ctx, id, args);
  }
  return registerContext(Object.freeze(client), ctx) as unknown as LdkitClient;
}
