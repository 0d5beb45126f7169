import { describe, expect, it } from "vitest";
import { segmentFilter as f, validateSegmentFilter, ValidationError, type SegmentFilter } from "../../src/index.js";

/** The ValidationError `validateSegmentFilter` throws for `given` (fails the test when it throws none). */
function rejection(given: unknown): ValidationError {
  try {
    validateSegmentFilter(given as SegmentFilter);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new Error("expected a ValidationError");
}

/** `depth` nested `and` groups around one condition. */
const nested = (depth: number): SegmentFilter =>
  Array.from({ length: depth }).reduce<SegmentFilter>((inner) => ({ and: [inner] }), f.unbounded.equals(true));

const FIELDS = "excludedKeys, external, includedKeys, query, tags, unbounded";

describe("validateSegmentFilter", () => {
  it.each<[string, SegmentFilter]>([
    ["a condition", f.tags.anyOf(["beta"])],
    ["a query list", f.query.equals(["a", "b"])],
    ["groups 32 levels deep", nested(32)],
  ])("returns %s unchanged", (_name, given) => {
    expect(validateSegmentFilter(given)).toBe(given);
  });

  it.each<[string, { given: unknown; field: string; message: string }]>([
    ["groups 33 levels deep", { given: nested(33), field: "filter", message: "Invalid filter: must not nest deeper than 32 levels" }],
    [
      "a group with two keys",
      { given: { and: [], or: [] }, field: "filter", message: 'Invalid filter: a group has exactly one key, "and" or "or" (got and, or)' },
    ],
    [
      "extra keys in a condition",
      {
        given: { field: "tags", op: "anyOf", value: ["a"], not: true, also: 1 },
        field: "filter",
        message: "Invalid filter: unexpected key(s) not, also in a condition",
      },
    ],
    [
      "an unknown field",
      {
        given: { field: "view", op: "equals", value: "x" },
        field: "filter.view",
        message: `Invalid filter.view: is not a filterable field (use ${FIELDS})`,
      },
    ],
    [
      "a field that is not a string",
      {
        given: { field: 7, op: "equals", value: "x" },
        field: "filter",
        message: `Invalid filter: is not a filterable field (use ${FIELDS})`,
      },
    ],
    [
      "a field given as a list naming a known field",
      {
        given: { field: ["tags"], op: "anyOf", value: ["a"] },
        field: "filter",
        message: `Invalid filter: is not a filterable field (use ${FIELDS})`,
      },
    ],
    [
      "an unsupported operator",
      {
        given: { field: "tags", op: "equals", value: ["a"] },
        field: "filter.tags",
        message: "Invalid filter.tags: supports only the anyOf operator (not equals)",
      },
    ],
    [
      "a missing operator",
      {
        given: { field: "external", value: true },
        field: "filter.external",
        message: "Invalid filter.external: supports only the exists operator",
      },
    ],
    [
      "a string where anyOf needs a list",
      {
        given: { field: "includedKeys", op: "anyOf", value: "a" },
        field: "filter.includedKeys",
        message: "Invalid filter.includedKeys: anyOf takes a non-empty list of strings",
      },
    ],
    [
      "a number for query",
      {
        given: { field: "query", op: "equals", value: 3 },
        field: "filter.query",
        message: "Invalid filter.query: equals takes a string or a list of strings",
      },
    ],
  ])("rejects %s", (_name, { given, field, message }) => {
    const error = rejection(given);
    expect(error.field).toBe(field);
    expect(error.message).toBe(message);
  });
});
