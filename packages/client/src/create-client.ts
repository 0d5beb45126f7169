import { operationTable } from "./generated/operations.gen.js";
import type { OperationId } from "./generated/operation-metadata.gen.js";
import type { OperationMethods } from "./generated/operation-methods.gen.js";
import { resolveConfig, type ClientOptions } from "./config.js";
import { invokeOperation } from "./operation.js";
import { createRedactor } from "./redact.js";
import { ValidationError } from "./errors.js";
import { applyClientHeaders } from "./headers.js";
import { createTransport } from "./transport.js";

/** The ldkit client: one method per operation of the spec, named by its operationId. */
export interface LDClient extends OperationMethods {
  /** The base URL requests go to. */
  readonly baseUrl: string;
  /**
   * Authenticated `fetch` on the API host, for URLs the API hands out (an export's download link,
   * `_links`): the client's token, headers, timeout and retries, and the raw `Response` back. A URL
   * on any other origin is a {@link ValidationError}, so the token is never sent elsewhere.
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
export function createClient(options: ClientOptions): LDClient {
  const config = resolveConfig(options);
  const ctx = { config, redact: createRedactor(config.apiKey) };
  const origin = new URL(config.baseUrl).origin;
  const client: Record<string, unknown> = {
    baseUrl: config.baseUrl,
    fetch(url: string, init: RequestInit & { timeout?: number } = {}) {
      const target = new URL(url, `${config.baseUrl}/`);
      if (target.origin !== origin) throw new ValidationError("url", `must be on ${origin} (the token is only sent there)`);
      const { timeout = config.timeout, ...rest } = init;
      const request = new Request(target, { ...rest, headers: applyClientHeaders(new Headers(rest.headers), config) });
      return createTransport({ fetch: config.fetch, timeout, retry: config.retry })(request);
    },
  };
  for (const id of Object.keys(operationTable) as OperationId[]) {
    client[id] = (args: Record<string, unknown>) => invokeOperation(ctx, id, args);
  }
  return Object.freeze(client) as unknown as LDClient;
}

