import createFetchClient, { createQuerySerializer, type Client } from "openapi-fetch";
import type { paths } from "./generated/schema.gen.js";
import type { ClientOptions } from "./config.js";
import { encodeComponent, serializePath } from "./path.js";
import { createContext, originHeaders, type ClientContext } from "./pipeline/context.js";
import { send } from "./pipeline/send.js";
import { interpretSuccess } from "./operation.js";
import { chooseMediaType } from "./content-type.js";
import { API_BASE_PATH, operationTable } from "./generated/operations.gen.js";
import { ValidationError } from "./errors.js";

/** The raw typed openapi-fetch client: `GET`/`POST`/`PUT`/`PATCH`/`DELETE` typed by path, errors as values. */
export type RawClient = Client<paths>;

const byRoute = new Map(Object.entries(operationTable).map(([id, row]) => [`${row[0]} ${API_BASE_PATH}${row[1]}`, { id, row }]));
const schemaPaths = new WeakMap<Request, string>();

/**
 * Creates the raw typed openapi-fetch client for the same API, with the same options and the same
 * request pipeline as {@link createClient}: auth, `LD-API-Version`, headers, strict path encoding,
 * the semantic-patch Content-Type chosen from the body, timeout over the whole exchange, retries,
 * redirects that never leave the origin, and redaction of the token. HTTP errors come back as
 * openapi-fetch's `{ error, response }` values (the body, token redacted); what has no response —
 * a timeout, a connection failure, an abort, a refused redirect, bad input — and what would
 * otherwise fail silently — a 200 with failed instructions (`PartialFailureError`), a success body
 * that breaks the contract (`UnexpectedResponseError`) — is thrown as the same typed errors.
 * It is its own export so that bundles using only `createClient` do not carry openapi-fetch.
 * @example
 * const raw = createRawClient({ apiKey: process.env.LD_API_KEY! });
 * const { data, error, response } = await raw.GET("/api/v2/segments/{projectKey}/{environmentKey}", {
 *   params: { path: { projectKey: "default", environmentKey: "production" }, query: { limit: 50 } },
 * });
 */
export function createRawClient(options: ClientOptions): RawClient {
  const ctx = createContext(options);
  // openapi-fetch's query serializer, with a ValidationError naming the parameter instead of a bare
  // `URIError` (made here, not at module load, so bundles of createClient alone drop it).
  const serializeQuery = createQuerySerializer();
  const querySerializer = (query: Record<string, unknown>): string => {
    for (const [name, value] of Object.entries(query)) if (typeof value === "string") encodeComponent(name, value);
    return serializeQuery(query);
  };
  const raw = createFetchClient<paths>({
    baseUrl: ctx.config.baseUrl,
    fetch: (input: Request) => rawFetch(ctx, input),
    pathSerializer: serializePath,
    querySerializer,
  });
  raw.use({
    onRequest({ request, schemaPath }) {
      schemaPaths.set(request, schemaPath);
      return undefined;
    },
  });
  return raw;
}

async function rawFetch(ctx: ClientContext, request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.origin !== ctx.origin) throw new ValidationError("baseUrl", `must be ${ctx.origin} (the token is only sent there)`);
  const operation = byRoute.get(`${request.method} ${schemaPaths.get(request) ?? ""}`);
  const headers: Record<string, string> = Object.fromEntries(request.headers);
  let body: ArrayBuffer | string | undefined;
  let parsed: unknown;
  if (request.body) {
    const bytes = await request.arrayBuffer();
    body = bytes;
    if (operation && headers["content-type"] === "application/json") {
      body = new TextDecoder().decode(bytes);
      try {
        parsed = JSON.parse(body);
      } catch {
        throw new ValidationError("body", "must be JSON");
      }
      headers["content-type"] = chooseMediaType(operation.row[3], parsed);
    }
  }
  const { response, text } = await send(ctx, {
    method: request.method,
    url: request.url,
    headers: originHeaders(ctx, headers),
    body,
    signal: request.signal ?? undefined,
    timeout: ctx.config.timeout,
    retry: ctx.config.retry,
  });
  if (response.ok && operation) interpretSuccess(operation.id, operation.row[4], response, text, { body: parsed }, ctx);
  const nullBody = response.status === 204 || response.status === 205 || response.status === 304;
  return new Response(nullBody ? null : response.ok ? text : ctx.redact(text), {
    status: response.status,
    statusText: response.statusText,
    headers: response.ok ? response.headers : ctx.redact(Object.fromEntries(response.headers)),
  });
}
