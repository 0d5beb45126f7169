import { describe, expect, it } from "vitest";
import { CLAUSE_OPERATORS, clause, type ClauseInput } from "../src/index.js";
import { expectRejection, expectWire, type InvalidCase } from "./helpers.js";

describe("clause", () => {
  const cases: Array<[string, { given: ClauseInput; want: ClauseInput }]> = [
    [
      "fills contextKind user and negate false",
      {
        given: { attribute: "email", op: "endsWith", values: [".edu"] },
        want: { contextKind: "user", attribute: "email", op: "endsWith", negate: false, values: [".edu"] },
      },
    ],
    [
      "keeps a given contextKind and negate",
      {
        given: { contextKind: "org", attribute: "plan", op: "in", negate: true, values: ["free"] },
        want: { contextKind: "org", attribute: "plan", op: "in", negate: true, values: ["free"] },
      },
    ],
    [
      "the documented updateClause clause",
      {
        given: { contextKind: "user", attribute: "country", op: "in", negate: false, values: ["Mexico", "Canada"] },
        want: { contextKind: "user", attribute: "country", op: "in", negate: false, values: ["Mexico", "Canada"] },
      },
    ],
    [
      "numbers for greaterThan",
      {
        given: { attribute: "age", op: "greaterThan", values: [17] },
        want: { contextKind: "user", attribute: "age", op: "greaterThan", negate: false, values: [17] },
      },
    ],
    [
      "strings for semVerLessThan",
      {
        given: { attribute: "version", op: "semVerLessThan", values: ["2.0.0"] },
        want: { contextKind: "user", attribute: "version", op: "semVerLessThan", negate: false, values: ["2.0.0"] },
      },
    ],
  ];

  it.each(cases)("%s", (_name, { given, want }) => {
    expectWire(clause(given), want);
  });

  it("accepts every operator of the spec's enum", () => {
    for (const op of CLAUSE_OPERATORS) {
      const value = ["lessThan", "lessThanOrEqual", "greaterThan", "greaterThanOrEqual", "before", "after"].includes(op)
        ? 1754092860000
        : "x";
      expect(clause({ attribute: "a", op, values: [value] }).op).toBe(op);
    }
    expect(CLAUSE_OPERATORS).toHaveLength(15);
  });

  const invalid: InvalidCase[] = [
    [
      "an upper-case operator",
      {
        given: () => clause({ attribute: "key", op: "IN" as never, values: ["a"] }),
        want: { kind: "clause", field: "op", rule: 'must be written "in" (operators are case sensitive; got "IN")' },
      },
    ],
    [
      "an unknown operator",
      {
        given: () => clause({ attribute: "key", op: "notIn" as never, values: ["a"] }),
        want: { kind: "clause", field: "op", rule: "must be a known clause operator, one of in, endsWith" },
      },
    ],
    [
      "an operator that is not a string",
      {
        given: () => clause({ attribute: "key", op: 1 as never, values: ["a"] }),
        want: { kind: "clause", field: "op", rule: "must be a string (got 1)" },
      },
    ],
    [
      "empty values",
      {
        given: () => clause({ attribute: "key", op: "in", values: [] }),
        want: { kind: "clause", field: "values", rule: "must not be empty" },
      },
    ],
    [
      "a repeated value",
      {
        given: () => clause({ attribute: "key", op: "in", values: ["a", "a"] }),
        want: { kind: "clause", field: "values[1]", rule: "must not repeat" },
      },
    ],
    [
      "an empty attribute",
      {
        given: () => clause({ attribute: "", op: "in", values: ["a"] }),
        want: { kind: "clause", field: "attribute", rule: "must not be empty" },
      },
    ],
    [
      "the multi context kind",
      {
        given: () => clause({ contextKind: "multi", attribute: "key", op: "in", values: ["a"] }),
        want: { kind: "clause", field: "contextKind", rule: "reserved" },
      },
    ],
    [
      "a boolean compared with before",
      {
        given: () => clause({ attribute: "signup", op: "before", values: [true] }),
        want: {
          kind: "clause",
          field: "values[0]",
          rule: 'must be one of the dates (integer Unix milliseconds or RFC 3339 strings) that "before" compares',
        },
      },
    ],
    [
      "an unknown field",
      {
        given: () => clause({ attribute: "key", op: "in", values: ["a"], kind: "user" } as never),
        want: { kind: "clause", field: "kind", rule: "is not a known field" },
      },
    ],
  ];

  it.each(invalid)("rejects %s", (_name, { given, want }) => {
    expectRejection(given, want);
  });
});
