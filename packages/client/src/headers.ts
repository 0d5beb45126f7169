import type { ResolvedConfig } from "./config.js";

/**
 * Adds the client's headers to a request's headers: the configured ones (unless the call set them),
 * `LD-API-Version`, and `Authorization` (the raw token, no prefix) last, so nothing overrides it.
 * @example
 * const headers = new Headers({ "Content-Type": "application/json" });
 * applyClientHeaders(headers, config);
 */
export function applyClientHeaders(headers: Headers, config: ResolvedConfig): Headers {
  for (const [name, value] of Object.entries(config.headers)) {
    if (!headers.has(name)) headers.set(name, value);
  }
  headers.set("LD-API-Version", config.apiVersion);
  if (config.apiKey !== null) headers.set("Authorization", config.apiKey);
  return headers;
}
