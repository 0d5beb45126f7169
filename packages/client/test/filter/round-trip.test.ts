import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatSegmentFilter, parseSegmentFilter, type SegmentFilter } from "../../src/index.js";

// Any string, including quotes, backslashes, separators, control characters and lone surrogates.
const text = fc.string({ unit: "binary", maxLength: 12 });
const texts = fc.array(text, { minLength: 1, maxLength: 4 });

const condition: fc.Arbitrary<SegmentFilter> = fc.oneof(
  fc.record({
    field: fc.constantFrom("tags" as const, "includedKeys" as const, "excludedKeys" as const),
    op: fc.constant("anyOf" as const),
    value: texts,
  }),
  fc.record({ field: fc.constant("query" as const), op: fc.constant("equals" as const), value: fc.oneof(text, texts) }),
  fc.record({ field: fc.constant("unbounded" as const), op: fc.constant("equals" as const), value: fc.boolean() }),
  fc.record({ field: fc.constant("external" as const), op: fc.constant("exists" as const), value: fc.boolean() }),
);

/** Filters whose groups have at least two members: the canonical form, which round-trips exactly. */
const canonical = fc.letrec<{ filter: SegmentFilter }>((tie) => ({
  filter: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    condition,
    fc.record({ and: fc.array(tie("filter"), { minLength: 2, maxLength: 3 }) }),
    fc.record({ or: fc.array(tie("filter"), { minLength: 2, maxLength: 3 }) }),
  ),
})).filter;

/** Any valid filter, groups of one included. */
const anyFilter = fc.letrec<{ filter: SegmentFilter }>((tie) => ({
  filter: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    condition,
    fc.record({ and: fc.array(tie("filter"), { minLength: 1, maxLength: 3 }) }),
    fc.record({ or: fc.array(tie("filter"), { minLength: 1, maxLength: 3 }) }),
  ),
})).filter;

describe("format and parse round-trip", () => {
  it("parse(format(f)) is f for every canonical filter", () => {
    fc.assert(
      fc.property(canonical, (filter) => {
        expect(parseSegmentFilter(formatSegmentFilter(filter))).toEqual(filter);
      }),
      { numRuns: 500 },
    );
  });

  it("format(parse(format(f))) is format(f) for every filter", () => {
    fc.assert(
      fc.property(anyFilter, (filter) => {
        const text = formatSegmentFilter(filter);
        expect(formatSegmentFilter(parseSegmentFilter(text))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it("the formatted text survives URL encoding (lone surrogates are escaped)", () => {
    fc.assert(
      fc.property(anyFilter, (filter) => {
        const text = formatSegmentFilter(filter);
        expect(decodeURIComponent(encodeURIComponent(text))).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it("parsing never throws anything but ValidationError", () => {
    const pieces = fc.constantFrom(
      "tags",
      "query",
      "unbounded",
      "external",
      " anyOf ",
      " equals ",
      " exists ",
      "true",
      "false",
      '"a"',
      '["b"]',
      ",",
      "|",
      "(",
      ")",
      "[",
      "]",
      '"',
      "\\",
      " ",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }), (parts) => {
        try {
          parseSegmentFilter(parts.join(""));
        } catch (error) {
          expect((error as Error).name).toBe("ValidationError");
        }
      }),
      { numRuns: 1000 },
    );
  });
});
