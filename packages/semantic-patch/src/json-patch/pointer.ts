/**
 * JSON Pointer (RFC 6901) formatting and parsing, hand-written (no dependency): a pointer is `""`
 * (the whole document) or `/`-separated reference tokens in which `~` is written `~0` and `/` is
 * written `~1`.
 */
import { describe, fail, type Check } from "../validate.js";

/** A `~` that does not start one of the two escapes `~0` and `~1`. */
const BAD_TILDE = /~(?![01])/;

/**
 * Escapes one reference token: `~` becomes `~0`, then `/` becomes `~1`.
 *
 * @example
 * escapePointerSegment("a/b~c"); // "a~1b~0c"
 */
export function escapePointerSegment(segment: string): string {
  if (typeof segment !== "string") fail("escapePointerSegment", "segment", `must be a string (got ${describe(segment)})`);
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/**
 * Unescapes one reference token (`~1` → `/`, `~0` → `~`, in one pass so `~01` stays `~1`);
 * a `~` not followed by `0` or `1` is rejected.
 *
 * @example
 * unescapePointerSegment("a~1b~0c"); // "a/b~c"
 */
export function unescapePointerSegment(segment: string): string {
  if (typeof segment !== "string") fail("unescapePointerSegment", "segment", `must be a string (got ${describe(segment)})`);
  if (BAD_TILDE.test(segment)) fail("unescapePointerSegment", "segment", `must write "~" only as "~0" or "~1" (got ${describe(segment)})`);
  return segment.replace(/~[01]/g, (sequence) => (sequence === "~0" ? "~" : "/"));
}

/**
 * Formats reference tokens as a JSON Pointer; numbers (array indexes) must be non-negative
 * integers, and `"-"` addresses the end of an array.
 *
 * @example
 * formatPointer(["rules", 0, "clauses", "-"]); // "/rules/0/clauses/-"
 * formatPointer(["custom", "a/b"]);            // "/custom/a~1b"
 */
export function formatPointer(segments: readonly (string | number)[]): string {
  return formatTokens(segments, "formatPointer", "segments");
}

function formatTokens(segments: unknown, kind: string, field: string): string {
  if (!Array.isArray(segments)) fail(kind, field, `must be an array (got ${describe(segments)})`);
  return segments
    .map((segment: unknown, i) => {
      if (typeof segment === "number") {
        if (!Number.isInteger(segment) || segment < 0)
          fail(kind, `${field}[${i}]`, `must be a non-negative integer index (got ${describe(segment)})`);
        return `/${segment}`;
      }
      if (typeof segment !== "string") fail(kind, `${field}[${i}]`, `must be a string or an array index (got ${describe(segment)})`);
      return `/${escapePointerSegment(segment)}`;
    })
    .join("");
}

/**
 * Parses a JSON Pointer into its unescaped reference tokens (`""` is the whole document, `[]`).
 *
 * @example
 * parsePointer("/custom/a~1b"); // ["custom", "a/b"]
 */
export function parsePointer(pointer: string): string[] {
  if (typeof pointer !== "string") fail("parsePointer", "pointer", `must be a string (got ${describe(pointer)})`);
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) fail("parsePointer", "pointer", `must be empty or start with "/" (got ${describe(pointer)})`);
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => {
      if (BAD_TILDE.test(segment)) fail("parsePointer", "pointer", `must write "~" only as "~0" or "~1" (got ${describe(pointer)})`);
      return unescapePointerSegment(segment);
    });
}

/**
 * A JSON Patch path: a JSON Pointer string, or its reference tokens (escaped for you).
 *
 * @example
 * const path: PointerPath = ["rules", 0, "description"]; // same as "/rules/0/description"
 */
export type PointerPath = string | readonly (string | number)[];

/**
 * A pointer into the segment for a JSON Patch operation: a valid pointer string that is not the
 * whole document. With `segments` true, an array of reference tokens is accepted and formatted.
 */
export function pointer(segments: boolean): Check<string> {
  return (value, kind, field) => {
    const formatted = segments && Array.isArray(value) ? formatTokens(value, kind, field) : value;
    if (typeof formatted !== "string")
      fail(kind, field, `must be a JSON Pointer string${segments ? " or an array of reference tokens" : ""} (got ${describe(value)})`);
    if (formatted === "") fail(kind, field, 'must not be the whole document (""); point at a field such as "/description"');
    if (!formatted.startsWith("/")) fail(kind, field, `must start with "/" (got ${describe(formatted)})`);
    if (BAD_TILDE.test(formatted)) fail(kind, field, `must write "~" only as "~0" or "~1" (got ${describe(formatted)})`);
    return formatted;
  };
}
