import { parseSegmentFilter, type SegmentFilter } from "@ldkit/client";
import { apiErrors } from "../http/api-error.js";
import type { StoredSegment } from "../state/types.js";

/**
 * Parses a `getSegments` filter with the client's parser (`parseSegmentFilter`) and returns a
 * predicate; a bad filter is a `400`.
 * @example
 * const keep = segmentFilterPredicate('tags anyOf ["beta"]');
 * keep(segment); // true when the segment has tag "beta"
 */
export function segmentFilterPredicate(text: string | undefined): (segment: StoredSegment) => boolean {
  if (text === undefined || text.trim() === "") return () => true;
  let filter: SegmentFilter;
  try {
    filter = parseSegmentFilter(text);
  } catch (error) {
    throw apiErrors.badRequest(`Invalid filter: ${(error as Error).message}`);
  }
  return (segment) => matches(filter, segment);
}

function matches(filter: SegmentFilter, s: StoredSegment): boolean {
  if ("and" in filter) return filter.and.every((f) => matches(f, s));
  if ("or" in filter) return filter.or.some((f) => matches(f, s));
  switch (filter.field) {
    case "tags":
      return filter.value.some((t) => s.tags.includes(t));
    case "includedKeys":
      return filter.value.includes(s.key);
    case "excludedKeys":
      return !filter.value.includes(s.key);
    case "query": {
      const terms = (Array.isArray(filter.value) ? filter.value : [filter.value]).map((t) => t.toLowerCase());
      const text = [s.key, s.name, s.description ?? ""].map((t) => t.toLowerCase());
      return terms.some((term) => text.some((t) => t.includes(term)));
    }
    case "unbounded":
      return s.unbounded === filter.value;
    case "external":
      // the emulator holds no synced segments: none has an external source
      return filter.value === false;
  }
}

const SORT_FIELDS = { creationDate: "creationDate", name: "name", lastModified: "lastModifiedDate" } as const;

/**
 * A comparator for `getSegments`' `sort` (`creationDate`, `name`, `lastModified`, `-` for descending,
 * comma-separated); ties, and the default order, fall back to creation date then key. An unknown
 * field is a `400`.
 * @example
 * segments.sort(segmentComparator("-name,creationDate"));
 */
export function segmentComparator(sort: string | undefined): (a: StoredSegment, b: StoredSegment) => number {
  const keys = (sort ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .map((s) => {
      const desc = s.startsWith("-");
      const name = desc ? s.slice(1) : s;
      if (!Object.hasOwn(SORT_FIELDS, name))
        throw apiErrors.badRequest(`Invalid sort field "${name}"; use creationDate, name or lastModified`);
      return { field: SORT_FIELDS[name as keyof typeof SORT_FIELDS], sign: desc ? -1 : 1 };
    });
  keys.push({ field: "creationDate", sign: 1 });
  return (a, b) => {
    for (const { field, sign } of keys) {
      const x = a[field];
      const y = b[field];
      const c = typeof x === "string" && typeof y === "string" ? x.localeCompare(y) : (x as number) - (y as number);
      if (c !== 0) return c * sign;
    }
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  };
}
