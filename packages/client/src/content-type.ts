import { ValidationError } from "./errors.js";

/** The media type LaunchDarkly requires for semantic patch bodies. */
export const SEMANTIC_PATCH_MEDIA_TYPE = "application/json; domain-model=launchdarkly.semanticpatch";
/** Plain JSON: JSON Patch (array or `{ patch, comment }`), JSON merge patch and other JSON bodies. */
export const JSON_MEDIA_TYPE = "application/json";
/** Multipart form data (big segment CSV import). */
export const MULTIPART_MEDIA_TYPE = "multipart/form-data";

/** Short names for the request formats an operation may accept, used by the `format` argument. */
export type BodyFormat = "semantic" | "json" | "multipart";

/** Maps a media type of the spec to its {@link BodyFormat}. */
export function formatOf(mediaType: string): BodyFormat {
  if (mediaType === SEMANTIC_PATCH_MEDIA_TYPE) return "semantic";
  if (mediaType === MULTIPART_MEDIA_TYPE) return "multipart";
  return "json";
}

/**
 * Chooses the Content-Type of a JSON body from its shape and the media types the operation accepts:
 * an object with an `instructions` array is a semantic patch; an array or `{ patch: [...] }` is JSON
 * Patch; any other object is a JSON merge patch (plain JSON). (Multipart bodies are handled before.) An explicit `format` must be accepted
 * by the operation and agree with the body's shape.
 * @example
 * chooseMediaType([SEMANTIC_PATCH_MEDIA_TYPE, JSON_MEDIA_TYPE], { environmentKey: "prod", instructions: [] });
 * // "application/json; domain-model=launchdarkly.semanticpatch"
 */
export function chooseMediaType(accepted: readonly string[], body: unknown, format?: BodyFormat): string {
  const detected: BodyFormat = Array.isArray((body as { instructions?: unknown } | null)?.instructions) ? "semantic" : "json";
  const match = accepted.find((m) => formatOf(m) === detected);
  if (format !== undefined && format !== detected) throw new ValidationError("body", `is a ${detected} body, not format "${format}"`);
  if (!match) throw new ValidationError("body", `is a ${detected} body but this operation accepts ${accepted.map(formatOf).join(" or ")}`);
  return match;
}
