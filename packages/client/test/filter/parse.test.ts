import { describe, expect, it } from "vitest";
import { parseSegmentFilter, segmentFilter as f, ValidationError, type SegmentFilter } from "../../src/index.js";

describe("parseSegmentFilter", () => {
  it.each<[string, { given: string; want: SegmentFilter }]>([
    [
      "the documented AND example",
      {
        given: 'tags anyOf ["enterprise", "beta"],query equals "toggle"',
        want: f.and(f.tags.anyOf(["enterprise", "beta"]), f.query.equals("toggle")),
      },
    ],
    [
      "excludedKeys",
      { given: 'excludedKeys anyOf ["segmentKey1", "segmentKey2"]', want: f.excludedKeys.anyOf(["segmentKey1", "segmentKey2"]) },
    ],
    ["unbounded", { given: "unbounded equals true", want: f.unbounded.equals(true) }],
    ["external", { given: "external exists false", want: f.external.exists(false) }],
    ["query list", { given: 'query equals ["a","b"]', want: f.query.equals(["a", "b"]) }],
    ["OR", { given: "unbounded equals true|external exists true", want: f.or(f.unbounded.equals(true), f.external.exists()) }],
    [
      "spaces around separators and inside lists",
      {
        given: '  tags  anyOf[ "a" ,"b" ] ,  ( unbounded equals false )  ',
        want: f.and(f.tags.anyOf(["a", "b"]), f.unbounded.equals(false)),
      },
    ],
    [
      "groups",
      {
        given: '(tags anyOf ["a"]|tags anyOf ["b"]),(query equals "x"|external exists true)',
        want: f.and(f.or(f.tags.anyOf(["a"]), f.tags.anyOf(["b"])), f.or(f.query.equals("x"), f.external.exists())),
      },
    ],
    ["separators inside strings", { given: 'query equals "a,b|c(d)\\"e"', want: f.query.equals('a,b|c(d)"e') }],
    ["JSON escapes", { given: 'tags anyOf ["\\u00e9", "\\\\", "\\n"]', want: f.tags.anyOf(["é", "\\", "\n"]) }],
    ["redundant parentheses", { given: "((unbounded equals true))", want: f.unbounded.equals(true) }],
  ])("%s", (_name, { given, want }) => {
    expect(parseSegmentFilter(given)).toEqual(want);
  });

  it.each<[string, { given: string; field: string; rule: RegExp }]>([
    ["empty", { given: "", field: "filter", rule: /expected a field name at position 0/ }],
    [
      "mixing , and | without parentheses",
      { given: 'unbounded equals true,external exists true|tags anyOf ["a"]', field: "filter", rule: /without parentheses/ },
    ],
    ["an unknown field", { given: 'view equals "x"', field: "filter.view", rule: /not a filterable field/ }],
    ["an unsupported operator", { given: 'tags equals ["a"]', field: "filter.tags", rule: /only the anyOf/ }],
    ["an empty list", { given: "tags anyOf []", field: "filter.tags", rule: /at least one value/ }],
    ["an unquoted value", { given: "query equals toggle", field: "filter", rule: /expected a value/ }],
    ["a number", { given: "unbounded equals 1", field: "filter", rule: /expected a value/ }],
    ["a missing value", { given: "unbounded equals", field: "filter", rule: /expected a value/ }],
    ["an unterminated string", { given: 'query equals "abc', field: "filter", rule: /unterminated string/ }],
    ["an unterminated list", { given: 'tags anyOf ["a"', field: "filter", rule: /unterminated list/ }],
    ["a malformed list", { given: 'tags anyOf ["a" "b"]', field: "filter", rule: /malformed value at position 11/ }],
    ["a bad escape", { given: 'query equals "\\x"', field: "filter", rule: /malformed value/ }],
    ["a nested list", { given: 'tags anyOf [["a"]]', field: "filter", rule: /only quoted strings/ }],
    ["a missing )", { given: "(unbounded equals true", field: "filter", rule: /expected "\)"/ }],
    ["a stray )", { given: "unbounded equals true)", field: "filter", rule: /unexpected "\)"/ }],
    ["a trailing comma", { given: "unbounded equals true,", field: "filter", rule: /expected a field name/ }],
    ["a boolean run into a word", { given: "unbounded equals truex", field: "filter", rule: /expected a value/ }],
    ["deep nesting", { given: `${"(".repeat(40)}unbounded equals true${")".repeat(40)}`, field: "filter", rule: /nest deeper/ }],
  ])("rejects %s", (_name, { given, field, rule }) => {
    let error: unknown;
    try {
      parseSegmentFilter(given);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe(field);
    expect((error as ValidationError).rule).toMatch(rule);
  });

  it.each<[string, { given: unknown; message: string }]>([
    ["a non-string", { given: 42, message: "Invalid filter: must be a string" }],
    [
      "text over 64 KiB",
      { given: `query equals "${"a".repeat(64 * 1024 - 14)}"`, message: "Invalid filter: must be at most 65536 characters" },
    ],
    [
      "a field without an operator",
      { given: "unbounded", message: 'Invalid filter: expected an operator after "unbounded" at position 9' },
    ],
    ["a quoted field name", { given: '"query" equals "x"', message: "Invalid filter: expected a field name at position 0" }],
    [
      "a boolean glued after a letter",
      {
        given: "unbounded equals xtrue",
        message: "Invalid filter: expected a value (a quoted string, a list of quoted strings, true or false) at position 17",
      },
    ],
    [
      "33 nested groups",
      {
        given: `${"(".repeat(33)}unbounded equals true${")".repeat(33)}`,
        message: "Invalid filter: groups nest deeper than 32 levels at position 33",
      },
    ],
  ])("says exactly what is wrong with %s", (_name, { given, message }) => {
    let error: unknown;
    try {
      parseSegmentFilter(given as string);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe("filter");
    expect((error as ValidationError).message).toBe(message);
  });

  it.each<[string, { given: string; want: SegmentFilter }]>([
    ["exactly 64 KiB of text", { given: `query equals "${"a".repeat(64 * 1024 - 15)}"`, want: f.query.equals("a".repeat(64 * 1024 - 15)) }],
    ["32 nested groups", { given: `${"(".repeat(32)}unbounded equals true${")".repeat(32)}`, want: f.unbounded.equals(true) }],
  ])("accepts %s (the limit itself)", (_name, { given, want }) => {
    expect(parseSegmentFilter(given)).toEqual(want);
  });
});
