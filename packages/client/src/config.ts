import { ValidationError } from "./errors.js";
import { DEFAULT_BASE_URL, DEFAULT_API_VERSION } from "./servers.js";
import { resolveRetry, type ResolvedRetry, type RetryOptions } from "./retry/options.js";
import { checkTimeout } from "./pipeline/options.js";

/** Options of {@link createClient}. */
export interface ClientOptions {
  /**
   * LaunchDarkly API access token, sent as is in `Authorization`. `null` sends no token at all
   * (for a proxy that adds it). Never appears in errors, logs or serialized objects.
   */
  apiKey: string | null;
  /** API host. Defaults to `https://app.launchdarkly.com`; see {@link servers} for federal and EU. */
  baseUrl?: string;
  /**
   * A fetch implementation (defaults to the global `fetch`, read at call time); tests inject one here.
   * It is called with a `Request` (`redirect: "manual"`) and `{ signal }`, and must resolve to a `Response`.
   */
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

/**
 * Validates options and applies defaults; throws {@link ValidationError} naming the bad option
 * (and never quoting the token or URL credentials).
 */
export function resolveConfig(options: ClientOptions): ResolvedConfig {
  if (!options || typeof options !== "object") throw new ValidationError("options", "must be an object");
  const { apiKey, fetch } = options;
  const rawBaseUrl = options.baseUrl ?? DEFAULT_BASE_URL;
  const apiVersion = options.apiVersion ?? DEFAULT_API_VERSION;
  if (apiKey !== null && (typeof apiKey !== "string" || !apiKey.trim() || !isHeaderValue(apiKey))) {
    throw new ValidationError("apiKey", "must be a non-empty printable string, or null");
  }
  const baseUrl = String(rawBaseUrl).replace(/\/+$/, "");
  let url: URL | undefined;
  try {
    url = new URL(baseUrl);
  } catch {
    // reported below
  }
  if (
    !url ||
    typeof rawBaseUrl !== "string" ||
    /\s/.test(rawBaseUrl) ||
    url.username ||
    url.password ||
    url.search ||
    url.hash ||
    !/^https?:$/.test(url.protocol)
  ) {
    throw new ValidationError("baseUrl", "must be an https URL without spaces, credentials, query or fragment");
  }
  if (url.protocol === "http:" && !["127.0.0.1", "localhost", "[::1]"].includes(url.hostname) && options.allowInsecureHttp !== true) {
    throw new ValidationError("baseUrl", "must use https (or set allowInsecureHttp)");
  }
  const headers = checkHeaders("headers", options.headers);
  if (Object.keys(headers).some((h) => /^authorization$/i.test(h)))
    throw new ValidationError("headers", "must not set Authorization (use apiKey)");
  if (typeof apiVersion !== "string" || !/^[\w.-]+$/.test(apiVersion))
    throw new ValidationError("apiVersion", "must be a version such as 20240415");
  if (fetch !== undefined && typeof fetch !== "function") throw new ValidationError("fetch", "must be a function");
  return {
    apiKey,
    baseUrl,
    fetch,
    headers,
    apiVersion,
    timeout: checkTimeout("timeout", options.timeout ?? undefined, 60_000),
    retry: resolveRetry(options.retry),
  };
}

/** True for a string that can be sent as an HTTP header value (visible Latin-1, spaces and tabs). */
export function isHeaderValue(value: string): boolean {
  return !/[^\t\x20-\x7e\x80-\xff]/.test(value);
}

/**
 * Validates headers given as an option (client-wide or per call): a plain object of string values
 * with valid names. The message never repeats a value (it may be a secret).
 * @example
 * checkHeaders("headers", { "X-Team": "growth" }); // { "X-Team": "growth" }
 */
export function checkHeaders(field: string, headers: unknown): Record<string, string> {
  if (headers === undefined) return {};
  if (headers === null || typeof headers !== "object" || Array.isArray(headers) || headers instanceof Headers) {
    throw new ValidationError(field, "must be an object of string values");
  }
  for (const [name, value] of Object.entries(headers)) {
    if (!/^[!#$%&'*+.^_`|~\w-]+$/.test(name) || typeof value !== "string" || !isHeaderValue(value)) {
      throw new ValidationError(`${field}.${name}`, "must be a valid header name with a printable string value");
    }
  }
  return { ...(headers as Record<string, string>) };
}
