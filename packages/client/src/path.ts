import { ValidationError } from "./errors.js";

/**
 * Encodes one path parameter as exactly one URL path segment. Every reserved character is
 * percent-encoded (`a/../b` → `a%2F..%2Fb`, `x?y#z` → `x%3Fy%23z`), and values that no encoding can
 * keep as a segment of their own (empty, `.` and `..`, which URL parsers resolve away) are rejected
 * with a {@link ValidationError} before anything is sent.
 * @example
 * encodePathSegment("segmentKey", "beta testers"); // "beta%20testers"
 */
export function encodePathSegment(name: string, value: unknown): string {
  if (typeof value !== "string" && !Number.isFinite(value))
    throw new ValidationError(name, value === undefined ? "is required" : "must be a string");
  const text = String(value);
  if (!text || text === "." || text === "..") throw new ValidationError(name, text ? `must not be "${text}"` : "must not be empty");
  return encodeComponent(name, text);
}

/**
 * `encodeURIComponent` with a {@link ValidationError} naming the parameter, instead of a bare
 * `URIError`, for text that is not well-formed Unicode (a lone surrogate). Internal.
 * @example
 * encodeComponent("sort", "name"); // "name"
 */
export function encodeComponent(name: string, text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    throw new ValidationError(name, "must be well-formed Unicode");
  }
}

/**
 * Fills a path template such as `/api/v2/segments/{projectKey}/{environmentKey}` with encoded
 * parameters; a missing parameter is a {@link ValidationError}. Used as openapi-fetch's
 * `pathSerializer`, so the raw client encodes the same way as the operation methods.
 */
export function serializePath(template: string, params: Record<string, unknown> | undefined): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => encodePathSegment(name, params?.[name]));
}
