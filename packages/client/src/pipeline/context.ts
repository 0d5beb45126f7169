import { resolveConfig, type ClientOptions, type ResolvedConfig } from "../config.js";
import { ValidationError } from "../errors.js";
import { createRedactor, type Redactor } from "../redact.js";

/** What every route of one client shares: its resolved options, the token redactor and its origin. Internal. */
export interface ClientContext {
  config: ResolvedConfig;
  redact: Redactor;
  /** `scheme://host[:port]` of the base URL: the only origin that ever sees the token. */
  origin: string;
}

const contexts = new WeakMap<object, ClientContext>();

/** Validates the options once and builds the {@link ClientContext} of a new client. */
export function createContext(options: ClientOptions): ClientContext {
  const config = resolveConfig(options);
  return { config, redact: createRedactor(config.apiKey), origin: new URL(config.baseUrl).origin };
}

/** Remembers the context of a client object, for the helpers that take the client (export download). */
export function registerContext<T extends object>(client: T, context: ClientContext): T {
  contexts.set(client, context);
  return client;
}

/** The context of a client made by `createClient`; anything else is a {@link ValidationError}. */
export function contextOf(client: object): ClientContext {
  const context = contexts.get(client);
  if (!context) throw new ValidationError("client", "must be a client made by createClient");
  return context;
}

/**
 * The headers of a request to the client's origin, as one record of lower-cased names: the client's
 * headers, then the call's (the call wins), then `ld-api-version` and `authorization` (the token as
 * is), which nothing overrides. A plain record, so fetch builds its headers once.
 * @example
 * originHeaders(ctx, { "X-Team": "growth" }); // { "x-team": "growth", "ld-api-version": "20240415", authorization: "api-…" }
 */
export function originHeaders({ config }: ClientContext, call: Record<string, string> = {}): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries({ ...config.headers, ...call })) headers[name.toLowerCase()] = value;
  headers["ld-api-version"] = config.apiVersion;
  if (config.apiKey !== null) headers.authorization = config.apiKey;
  return headers;
}
