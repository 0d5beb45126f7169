import { describe, expect, it } from "vitest";
import { formatSegmentFilter, segmentFilter as f, ValidationError, type SegmentFilter } from "../../src/index.js";

describe("formatSegmentFilter", () => {
  it.each<[string, { given: SegmentFilter; want: string }]>([
    ["tags anyOf", { given: f.tags.anyOf(["enterprise", "beta"]), want: 'tags anyOf ["enterprise", "beta"]' }],
    ["query equals a string", { given: f.query.equals("toggle"), want: 'query equals "toggle"' }],
    ["query equals a list", { given: f.query.equals(["a", "b"]), want: 'query equals ["a", "b"]' }],
    ["unbounded equals", { given: f.unbounded.equals(true), want: "unbounded equals true" }],
    ["external exists (default true)", { given: f.external.exists(), want: "external exists true" }],
    ["external exists false", { given: f.external.exists(false), want: "external exists false" }],
    ["includedKeys anyOf", { given: f.includedKeys.anyOf(["s1"]), want: 'includedKeys anyOf ["s1"]' }],
    [
      "excludedKeys anyOf",
      { given: f.excludedKeys.anyOf(["segmentKey1", "segmentKey2"]), want: 'excludedKeys anyOf ["segmentKey1", "segmentKey2"]' },
    ],
    [
      "the documented AND example",
      {
        given: f.and(f.tags.anyOf(["enterprise", "beta"]), f.query.equals("toggle")),
        want: 'tags anyOf ["enterprise", "beta"],query equals "toggle"',
      },
    ],
    ["OR", { given: f.or(f.unbounded.equals(true), f.external.exists()), want: "unbounded equals true|external exists true" }],
    [
      "a nested group is parenthesised",
      {
        given: f.and(f.tags.anyOf(["beta"]), f.or(f.query.equals("x"), f.unbounded.equals(false))),
        want: 'tags anyOf ["beta"],(query equals "x"|unbounded equals false)',
      },
    ],
    [
      "an AND inside an AND keeps its group",
      {
        given: { and: [{ and: [f.tags.anyOf(["a"]), f.tags.anyOf(["b"])] }, f.unbounded.equals(true)] },
        want: '(tags anyOf ["a"],tags anyOf ["b"]),unbounded equals true',
      },
    ],
    ["a group of one is its member", { given: { or: [{ and: [f.unbounded.equals(true)] }] }, want: "unbounded equals true" }],
    [
      "quotes, backslashes and separators inside values are escaped as JSON",
      {
        given: f.tags.anyOf(['a "b"', "c\\d", "e,f|g(h)", "line\nbreak"]),
        want: 'tags anyOf ["a \\"b\\"", "c\\\\d", "e,f|g(h)", "line\\nbreak"]',
      },
    ],
    ["non-ASCII stays as is", { given: f.query.equals("café ☕"), want: 'query equals "café ☕"' }],
    ["a lone surrogate is escaped", { given: f.query.equals("\ud800"), want: 'query equals "\\ud800"' }],
  ])("%s", (_name, { given, want }) => {
    expect(formatSegmentFilter(given)).toBe(want);
  });
});

describe("invalid filters throw ValidationError before anything is sent", () => {
  it.each<[string, { given: unknown; field: string; rule: RegExp }]>([
    [
      "an operator the field does not support",
      { given: { field: "tags", op: "equals", value: ["a"] }, field: "filter.tags", rule: /only the anyOf operator/ },
    ],
    [
      "exists on unbounded",
      { given: { field: "unbounded", op: "exists", value: true }, field: "filter.unbounded", rule: /only the equals operator/ },
    ],
    ["anyOf on query", { given: { field: "query", op: "anyOf", value: ["a"] }, field: "filter.query", rule: /only the equals operator/ }],
    ["an unknown field", { given: { field: "view", op: "equals", value: "x" }, field: "filter.view", rule: /not a filterable field/ }],
    ["an empty anyOf list", { given: { field: "tags", op: "anyOf", value: [] }, field: "filter.tags", rule: /at least one value/ }],
    [
      "a string for anyOf",
      { given: { field: "includedKeys", op: "anyOf", value: "a" }, field: "filter.includedKeys", rule: /list of strings/ },
    ],
    ["a number in a list", { given: { field: "tags", op: "anyOf", value: ["a", 1] }, field: "filter.tags", rule: /list of strings/ }],
    ["an empty query list", { given: { field: "query", op: "equals", value: [] }, field: "filter.query", rule: /at least one value/ }],
    [
      "a string for a boolean",
      { given: { field: "unbounded", op: "equals", value: "true" }, field: "filter.unbounded", rule: /true or false/ },
    ],
    ["an empty group", { given: { and: [] }, field: "filter", rule: /at least one filter/ }],
    ["a group with two keys", { given: { and: [], or: [] }, field: "filter", rule: /exactly one key/ }],
    [
      "an extra key in a condition",
      { given: { field: "tags", op: "anyOf", value: ["a"], not: true }, field: "filter", rule: /unexpected key/ },
    ],
    [
      "a nested invalid condition",
      {
        given: {
          or: [
            { field: "tags", op: "anyOf", value: ["a"] },
            { field: "external", op: "exists", value: 1 },
          ],
        },
        field: "filter.external",
        rule: /true or false/,
      },
    ],
    ["null", { given: null, field: "filter", rule: /condition/ }],
  ])("%s", (_name, { given, field, rule }) => {
    let error: unknown;
    try {
      formatSegmentFilter(given as SegmentFilter);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe(field);
    expect((error as ValidationError).rule).toMatch(rule);
  });

  it("the builders check their input at once", () => {
    expect(() => f.tags.anyOf([])).toThrow(ValidationError);
    expect(() => f.excludedKeys.anyOf([1 as unknown as string])).toThrow(ValidationError);
    expect(() => f.unbounded.equals("yes" as unknown as boolean)).toThrow(ValidationError);
    expect(() => f.and()).toThrow(ValidationError);
    expect(() => f.or()).toThrow(ValidationError);
  });

  it("the builders copy their lists", () => {
    const tags = ["a"];
    const filter = f.tags.anyOf(tags);
    tags.push("b");
    expect(formatSegmentFilter(filter)).toBe('tags anyOf ["a"]');
  });
});
