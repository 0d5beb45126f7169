import createFetchClient, { type Client, type Middleware } from "openapi-fetch";
import type { paths } from "./generated/schema.gen.js";
import { operations, type OperationId } from "./generated/operations.gen.js";
import type { OperationMethods } from "./generated/operation-methods.gen.js";
import { resolveConfig, type ClientOptions } from "./config.js";
import { invokeOperation, type OperationContext } from "./operation.js";
import { serializePath } from "./path.js";
import { createRedactor } from "./redact.js";
import { createTransport } from "./transport.js";

/** The ldkit client: one method per operation, plus the raw typed openapi-fetch client. */
export interface LDClient extends OperationMethods {
  /**
   * The raw openapi-fetch client, typed by path: errors as values (`{ data, error, response }`),
   * with the same auth, headers, path encoding and timeout as the operation methods.
   * @example
   * const { data, error } = await client.raw.GET("/api/v2/segments/{projectKey}/{environmentKey}", {
   *   params: { path: { projectKey: "default", environmentKey: "production" } },
   * });
   */
  readonly raw: Client<paths>;
  /** The base URL requests go to. */
  readonly baseUrl: string;
}

/**
 * Creates a client for LaunchDarkly's Segments and User settings API.
 * @example
 * import { createClient } from "@ldkit/client";
 * const client = createClient({ apiKey: process.env.LD_API_KEY! });
 * const { items } = await client.getSegments({ projectKey: "default", environmentKey: "production" });
 */
export function createClient(options: ClientOptions): LDClient {
  const config = resolveConfig(options);
  const redact = createRedactor(config.apiKey);
  const raw = createFetchClient<paths>({
    baseUrl: config.baseUrl,
    fetch: createTransport({ fetch: config.fetch, timeout: config.timeout, retry: config.retry }) as typeof globalThis.fetch,
    pathSerializer: serializePath,
  });
  raw.use(headersMiddleware(config.apiKey, config.apiVersion, config.headers));
  const ctx: OperationContext = { raw, redact, fetch: config.fetch, timeout: config.timeout, retry: config.retry };

  const client = { raw, baseUrl: config.baseUrl } as Record<string, unknown>;
  for (const id of Object.keys(operations) as OperationId[]) {
    client[id] = (args: Record<string, unknown>) => invokeOperation(ctx, id, args);
  }
  return Object.freeze(client) as unknown as LDClient;
}

/** Sets `Authorization` (the raw token, no prefix), `LD-API-Version` and the configured headers. */
function headersMiddleware(apiKey: string | null, apiVersion: string, headers: Record<string, string>): Middleware {
  return {
    onRequest({ request }) {
      for (const [name, value] of Object.entries(headers)) {
        if (!request.headers.has(name)) request.headers.set(name, value);
      }
      request.headers.set("LD-API-Version", apiVersion);
      if (apiKey !== null) request.headers.set("Authorization", apiKey);
      return request;
    },
  };
}
