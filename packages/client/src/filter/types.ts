/**
 * The fields `getSegments`' `filter` accepts.
 * @example
 * const field: SegmentFilterField = "tags";
 */
export type SegmentFilterField = "tags" | "includedKeys" | "excludedKeys" | "query" | "unbounded" | "external";

/**
 * One condition: a field, one of the operators that field supports, and its value.
 * @example
 * const bigOnly: SegmentFilterCondition = { field: "unbounded", op: "equals", value: true };
 */
export type SegmentFilterCondition =
  /** Segments with any of these tags / among these keys / not among these keys. */
  | { field: "tags" | "includedKeys" | "excludedKeys"; op: "anyOf"; value: string[] }
  /** Fuzzy search over key, name and description: one string, or a list of strings. */
  | { field: "query"; op: "equals"; value: string | string[] }
  /** `true`: big segments; `false`: standard segments. */
  | { field: "unbounded"; op: "equals"; value: boolean }
  /** `true`: synced segments; `false`: segments that are not synced. */
  | { field: "external"; op: "exists"; value: boolean };

/**
 * A `getSegments` filter as a tree: a condition, or every (`and`, written `,`) or any (`or`,
 * written `|`) of several filters. Build one with {@link segmentFilter}, turn it into the query
 * string with {@link formatSegmentFilter}, read one back with {@link parseSegmentFilter}.
 * @example
 * const filter: SegmentFilter = { and: [
 *   { field: "tags", op: "anyOf", value: ["enterprise", "beta"] },
 *   { field: "query", op: "equals", value: "toggle" },
 * ] };
 */
export type SegmentFilter = SegmentFilterCondition | { and: SegmentFilter[] } | { or: SegmentFilter[] };

/**
 * The operator and value kind of each filterable field, as documented for `getSegments`.
 * @example
 * SEGMENT_FILTER_FIELDS.tags.op; // "anyOf"
 */
export const SEGMENT_FILTER_FIELDS = {
  excludedKeys: { op: "anyOf", value: "strings" },
  external: { op: "exists", value: "boolean" },
  includedKeys: { op: "anyOf", value: "strings" },
  query: { op: "equals", value: "string or strings" },
  tags: { op: "anyOf", value: "strings" },
  unbounded: { op: "equals", value: "boolean" },
} as const satisfies Record<SegmentFilterField, { op: SegmentFilterCondition["op"]; value: string }>;
