import type { SegmentFilter, SegmentFilterCondition } from "./types.js";
import { validateSegmentFilter } from "./validate.js";

const condition = <C extends SegmentFilterCondition>(c: C): C => validateSegmentFilter(c);
const strings = (values: readonly string[]) => (Array.isArray(values) ? [...values] : values) as string[];

/**
 * Builds {@link SegmentFilter} trees, one function per documented field and operator; each checks
 * its input at once (an empty `anyOf` list, a non-boolean, … throws a {@link ValidationError}).
 * Pass the result as `filter` to {@link iterateSegments}, or format it for `client.getSegments`
 * with {@link formatSegmentFilter}.
 * @example
 * import { segmentFilter as f, formatSegmentFilter } from "@ldkit/client";
 * const filter = f.and(f.tags.anyOf(["enterprise", "beta"]), f.or(f.query.equals("toggle"), f.unbounded.equals(true)));
 * formatSegmentFilter(filter); // 'tags anyOf ["enterprise", "beta"],(query equals "toggle"|unbounded equals true)'
 */
export const segmentFilter = {
  /** Segments having any of these tags. */
  tags: { anyOf: (values: readonly string[]) => condition({ field: "tags", op: "anyOf", value: strings(values) }) },
  /** Only the segments with these keys. */
  includedKeys: { anyOf: (keys: readonly string[]) => condition({ field: "includedKeys", op: "anyOf", value: strings(keys) }) },
  /** All segments but those with these keys. */
  excludedKeys: { anyOf: (keys: readonly string[]) => condition({ field: "excludedKeys", op: "anyOf", value: strings(keys) }) },
  /** Fuzzy search across key, name and description (one string, or any of several). */
  query: {
    equals: (text: string | readonly string[]) =>
      condition({ field: "query", op: "equals", value: typeof text === "string" ? text : strings(text) }),
  },
  /** `true`: big segments (larger list-based and synced); `false`: standard segments. */
  unbounded: { equals: (value: boolean) => condition({ field: "unbounded", op: "equals", value }) },
  /** `true` (the default): synced segments; `false`: segments that are not synced. */
  external: { exists: (value = true) => condition({ field: "external", op: "exists", value }) },
  /** Every filter must match (written with `,`). */
  and: (...filters: SegmentFilter[]): SegmentFilter => validateSegmentFilter({ and: filters }),
  /** Any filter may match (written with `|`). */
  or: (...filters: SegmentFilter[]): SegmentFilter => validateSegmentFilter({ or: filters }),
} as const;
