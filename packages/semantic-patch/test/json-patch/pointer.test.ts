import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapePointerSegment, formatPointer, parsePointer, unescapePointerSegment } from "../../src/index.js";
import { expectRejection, type InvalidCase } from "../helpers.js";

/** Strings made mostly of the characters that need escaping, plus arbitrary Unicode. */
const tricky = fc.oneof(fc.string({ unit: fc.constantFrom("~", "/", "0", "1", "a", "~0", "~1") }), fc.string({ unit: "binary" }));

describe("JSON Pointer escaping (RFC 6901)", () => {
  const escapes: Array<[string, { given: string; want: string }]> = [
    ["a plain name", { given: "description", want: "description" }],
    ["a slash", { given: "a/b", want: "a~1b" }],
    ["a tilde", { given: "m~n", want: "m~0n" }],
    ["a tilde before a 1 (not a slash escape)", { given: "~1", want: "~01" }],
    ["a slash then a tilde", { given: "/~", want: "~1~0" }],
    ["the empty token", { given: "", want: "" }],
  ];

  it.each(escapes)("escapes %s", (_name, { given, want }) => {
    expect(escapePointerSegment(given)).toBe(want);
    expect(unescapePointerSegment(want)).toBe(given);
  });

  const pointers: Array<[string, { given: string; want: string[] }]> = [
    ["the whole document", { given: "", want: [] }],
    ["a field", { given: "/description", want: ["description"] }],
    ["an array end", { given: "/rules/-", want: ["rules", "-"] }],
    ["RFC 6901's examples", { given: "/a~1b/m~0n/", want: ["a/b", "m~n", ""] }],
    ["~01 is ~1, not /", { given: "/~01", want: ["~1"] }],
  ];

  it.each(pointers)("parses %s", (_name, { given, want }) => {
    expect(parsePointer(given)).toEqual(want);
    expect(formatPointer(want)).toBe(given);
  });

  it("formats array indexes", () => {
    expect(formatPointer(["rules", 0, "clauses", 12])).toBe("/rules/0/clauses/12");
  });

  it("property: unescape(escape(s)) === s, and escaped tokens contain no / and no bare ~", () => {
    fc.assert(
      fc.property(tricky, (s) => {
        const escaped = escapePointerSegment(s);
        expect(unescapePointerSegment(escaped)).toBe(s);
        expect(escaped).not.toContain("/");
        expect(escaped).not.toMatch(/~(?![01])/);
      }),
      { numRuns: 500 },
    );
  });

  it("property: parse(format(segments)) equals segments", () => {
    fc.assert(
      fc.property(fc.array(tricky, { maxLength: 8 }), (segments) => {
        expect(parsePointer(formatPointer(segments))).toEqual(segments);
      }),
      { numRuns: 500 },
    );
  });

  it("property: format(parse(pointer)) === pointer for every valid pointer", () => {
    const validPointer = fc.array(tricky, { maxLength: 8 }).map((segments) => segments.map((s) => `/${escapePointerSegment(s)}`).join(""));
    fc.assert(
      fc.property(validPointer, (pointer) => {
        expect(formatPointer(parsePointer(pointer))).toBe(pointer);
      }),
      { numRuns: 500 },
    );
  });

  const invalid: InvalidCase[] = [
    [
      "a pointer without a leading slash",
      {
        given: () => parsePointer("description"),
        want: { kind: "parsePointer", field: "pointer", rule: 'must be empty or start with "/"' },
      },
    ],
    [
      "a bare tilde in a pointer",
      {
        given: () => parsePointer("/a~2b"),
        want: { kind: "parsePointer", field: "pointer", rule: 'must write "~" only as "~0" or "~1" (got "/a~2b")' },
      },
    ],
    [
      "a trailing tilde",
      {
        given: () => unescapePointerSegment("a~"),
        want: { kind: "unescapePointerSegment", field: "segment", rule: 'must write "~" only as "~0" or "~1"' },
      },
    ],
    [
      "a negative index",
      {
        given: () => formatPointer(["rules", -1]),
        want: { kind: "formatPointer", field: "segments[1]", rule: "must be a non-negative integer index (got -1)" },
      },
    ],
    [
      "a fractional index",
      {
        given: () => formatPointer([1.5]),
        want: { kind: "formatPointer", field: "segments[0]", rule: "must be a non-negative integer index" },
      },
    ],
    [
      "a token that is neither string nor index",
      {
        given: () => formatPointer([null as never]),
        want: { kind: "formatPointer", field: "segments[0]", rule: "must be a string or an array index (got null)" },
      },
    ],
    [
      "a pointer that is not a string",
      {
        given: () => parsePointer(["rules"] as never),
        want: { kind: "parsePointer", field: "pointer", rule: "must be a string (got an array)" },
      },
    ],
    [
      "a segment to unescape that is not a string",
      {
        given: () => unescapePointerSegment(null as never),
        want: { kind: "unescapePointerSegment", field: "segment", rule: "must be a string (got null)" },
      },
    ],
    [
      "segments that are not an array",
      {
        given: () => formatPointer("/rules" as never),
        want: { kind: "formatPointer", field: "segments", rule: 'must be an array (got "/rules")' },
      },
    ],
    [
      "a segment that is not a string",
      { given: () => escapePointerSegment(5 as never), want: { kind: "escapePointerSegment", field: "segment", rule: "must be a string" } },
    ],
  ];

  it.each(invalid)("rejects %s", (_name, { given, want }) => {
    expectRejection(given, want);
  });
});
