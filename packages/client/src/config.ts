import { ValidationError } from "./errors.js";
import { DEFAULT_BASE_URL, DEFAULT_API_VERSION } from "./servers.js";
import { resolveRetry, type ResolvedRetry, type RetryOptions } from "./retry/options.js";

/** Options of {@link createClient}. */
export interface ClientOptions {
  /**
   * LaunchDarkly API access token, sent as is in `Authorization`. `null` sends no token at all
   * (for a proxy that adds it). Never appears in errors, logs or serialized objects.
   */
  apiKey: string | null;
  /** API host. Defaults to `https://app.launchdarkly.com`; see {@link servers} for federal and EU. */
  baseUrl?: string;
  /** A fetch implementation (defaults to the global `fetch`); tests inject one here. */
  fetch?: typeof globalThis.fetch;
  /** Headers added to every request. `Authorization` cannot be set here: use `apiKey`. */
  headers?: Record<string, string>;
  /** `LD-API-Version` header, default `20240415`. */
  apiVersion?: string;
  /** Milliseconds before a request attempt is abandoned (default 60 000; `0` disables). Applies to each attempt. */
  timeout?: number;
  /**
   * Retries, on by default: a 429 waits as `Retry-After` / `X-Ratelimit-Reset` ask (any method); 408,
   * 5xx, timeouts and network errors are retried for GET, PUT, DELETE, HEAD and OPTIONS only; a
   * refused connection for any method. `false` turns retries off. See {@link RetryOptions}.
   */
  retry?: RetryOptions | false;
  /**
   * Allow a plain-`http:` base URL to a non-loopback host. Off by default so a token is never sent
   * in clear text by mistake; `http://127.0.0.1`, `http://localhost` and `http://[::1]` are always allowed.
   */
  allowInsecureHttp?: boolean;
}

/** {@link ClientOptions} after validation and defaults. */
export interface ResolvedConfig {
  apiKey: string | null;
  baseUrl: string;
  fetch: typeof globalThis.fetch | undefined;
  headers: Record<string, string>;
  apiVersion: string;
  timeout: number;
  retry: ResolvedRetry | undefined;
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** Validates options and applies defaults; throws {@link ValidationError} naming the bad option. */
export function resolveConfig(options: ClientOptions): ResolvedConfig {
  if (!options || typeof options !== "object") throw new ValidationError("options", "must be an object");
  const { apiKey } = options;
  if (apiKey !== null) {
    if (typeof apiKey !== "string") throw new ValidationError("apiKey", "must be a string or null");
    if (apiKey.trim() === "") throw new ValidationError("apiKey", "must not be empty");
    if (/[\r\n]/.test(apiKey)) throw new ValidationError("apiKey", "must not contain line breaks");
  }
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ValidationError("baseUrl", "must be an absolute https URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new ValidationError("baseUrl", "must use https");
  if (url.protocol === "http:" && !LOOPBACK.has(url.hostname) && options.allowInsecureHttp !== true) {
    throw new ValidationError("baseUrl", "must use https (or set allowInsecureHttp)");
  }
  if (url.search || url.hash) throw new ValidationError("baseUrl", "must not contain a query or fragment");
  const headers = { ...options.headers };
  if (Object.keys(headers).some((h) => h.toLowerCase() === "authorization")) {
    throw new ValidationError("headers", "must not set Authorization (use apiKey)");
  }
  const timeout = options.timeout ?? 60_000;
  if (!Number.isFinite(timeout) || timeout < 0) throw new ValidationError("timeout", "must be a non-negative number of milliseconds");
  if (options.fetch !== undefined && typeof options.fetch !== "function") throw new ValidationError("fetch", "must be a function");
  return {
    apiKey,
    baseUrl,
    fetch: options.fetch,
    headers,
    apiVersion: options.apiVersion ?? DEFAULT_API_VERSION,
    timeout,
    retry: resolveRetry(options.retry),
  };
}
