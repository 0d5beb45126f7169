import { describe, expect, it } from "vitest";
import { compileOperator } from "../src/operators.js";

describe("compileOperator", () => {
  it.each<[string, { op: string; values: unknown[]; value: unknown; want: boolean }]>([
    ["in: strict equality", { op: "in", values: ["1", 2], value: 2, want: true }],
    ["in: no coercion", { op: "in", values: ["1"], value: 1, want: false }],
    ["in: booleans", { op: "in", values: [false], value: false, want: true }],
    ["endsWith", { op: "endsWith", values: ["@example.com"], value: "a@example.com", want: true }],
    ["endsWith: case sensitive", { op: "endsWith", values: ["@Example.com"], value: "a@example.com", want: false }],
    ["startsWith", { op: "startsWith", values: ["ad"], value: "ada", want: true }],
    ["contains", { op: "contains", values: ["xam"], value: "example", want: true }],
    ["contains: not a string", { op: "contains", values: ["1"], value: 1, want: false }],
    ["matches: a regular expression", { op: "matches", values: ["^a.c$"], value: "abc", want: true }],
    ["matches: an invalid expression is a non-match", { op: "matches", values: ["["], value: "[", want: false }],
    ["lessThan", { op: "lessThan", values: [10], value: 9.5, want: true }],
    ["lessThan: a numeric string is not a number", { op: "lessThan", values: [10], value: "9", want: false }],
    ["lessThanOrEqual", { op: "lessThanOrEqual", values: [10], value: 10, want: true }],
    ["greaterThan", { op: "greaterThan", values: [10], value: 10, want: false }],
    ["greaterThanOrEqual", { op: "greaterThanOrEqual", values: [10], value: 10, want: true }],
    ["before: RFC 3339 against epoch ms", { op: "before", values: [1572566400000], value: "2019-10-31T23:59:59Z", want: true }],
    [
      "before: epoch ms against RFC 3339 with offset",
      { op: "before", values: ["2019-10-31T23:59:59-07:00"], value: 1572591598999, want: true },
    ],
    ["after: fractional seconds", { op: "after", values: ["2019-10-31T23:59:59Z"], value: "2019-10-31T23:59:59.1Z", want: true }],
    ["after: a date without time is not a date", { op: "after", values: [0], value: "2019-10-31", want: false }],
    ["semVerEqual: missing minor and patch", { op: "semVerEqual", values: ["2"], value: "2.0.0", want: true }],
    ["semVerLessThan: pre-release below release", { op: "semVerLessThan", values: ["1.0.0"], value: "1.0.0-rc.1", want: true }],
    [
      "semVerGreaterThan: numeric identifiers compare as numbers",
      { op: "semVerGreaterThan", values: ["1.0.0-beta.2"], value: "1.0.0-beta.11", want: true },
    ],
    ["semVerEqual: v prefix is not a version", { op: "semVerEqual", values: ["1.2.3"], value: "v1.2.3", want: false }],
    ["an unknown operator never matches", { op: "isOneOf", values: ["a"], value: "a", want: false }],
    ["any clause value may match", { op: "startsWith", values: ["x", 3, "a"], value: "abc", want: true }],
  ])("%s", (_name, { op, values, value, want }) => {
    expect(compileOperator(op, values)(value)).toBe(want);
  });
});
