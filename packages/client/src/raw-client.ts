import createFetchClient, { type Client } from "openapi-fetch";
import type { paths } from "./generated/schema.gen.js";
import { resolveConfig, type ClientOptions } from "./config.js";
import { applyClientHeaders } from "./headers.js";
import { serializePath } from "./path.js";
import { createTransport } from "./transport.js";

/** The raw typed openapi-fetch client: `GET`/`POST`/`PUT`/`PATCH`/`DELETE` typed by path, errors as values. */
export type RawClient = Client<paths>;

/**
 * Creates the raw typed openapi-fetch client for the same API, with the same options and behaviour
 * as {@link createClient} — auth, `LD-API-Version`, headers, strict path encoding, timeout, retries —
 * but openapi-fetch's errors-as-values results (`{ data, error, response }`) instead of throwing.
 * It is its own export so that bundles using only `createClient` do not carry openapi-fetch.
 * @example
 * const raw = createRawClient({ apiKey: process.env.LD_API_KEY! });
 * const { data, error, response } = await raw.GET("/api/v2/segments/{projectKey}/{environmentKey}", {
 *   params: { path: { projectKey: "default", environmentKey: "production" }, query: { limit: 50 } },
 * });
 */
export function createRawClient(options: ClientOptions): RawClient {
  const config = resolveConfig(options);
  const raw = createFetchClient<paths>({
    baseUrl: config.baseUrl,
    fetch: createTransport({ fetch: config.fetch, timeout: config.timeout, retry: config.retry }) as typeof globalThis.fetch,
    pathSerializer: serializePath,
  });
  raw.use({
    onRequest({ request }) {
      applyClientHeaders(request.headers, config);
      return request;
    },
  });
  return raw;
}
