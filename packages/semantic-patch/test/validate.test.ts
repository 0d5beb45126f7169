import { describe as group, expect, it } from "vitest";
import { SemanticPatchError } from "../src/index.js";
import {
  CLAUSE_OPERATORS,
  anyTargetKeys,
  boolean,
  clauseInput,
  clauseValue,
  clauseValues,
  clauses,
  contextKind,
  describe,
  fields,
  ids,
  isPlainObject,
  join,
  jsonValue,
  list,
  name,
  nonEmptyString,
  operator,
  optional,
  tags,
  targetKeys,
  targetType,
  text,
  timestamp,
  version,
  weight,
  within,
  type Shape,
} from "../src/validate.js";
import { keys } from "./helpers.js";

/** The error a check throws, as `kind: field rule`. */
function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SemanticPatchError);
    return (error as SemanticPatchError).message;
  }
  throw new Error("expected a SemanticPatchError");
}

class Widget {}
const anonymous = new (class {})();

group("describe (values in error messages)", () => {
  it.each<[string, { given: unknown; want: string }]>([
    ["a short string", { given: "beta", want: '"beta"' }],
    ["a string of 40 characters, kept whole", { given: "x".repeat(40), want: JSON.stringify("x".repeat(40)) }],
    ["a string of 41 characters, cut to 37 and an ellipsis", { given: "y".repeat(41), want: JSON.stringify(`${"y".repeat(37)}...`) }],
    ["an array", { given: [1], want: "an array" }],
    ["null", { given: null, want: "null" }],
    ["a plain object", { given: { a: 1 }, want: "an object" }],
    ["an object without prototype", { given: Object.create(null), want: "an object" }],
    ["a class instance", { given: new Widget(), want: "a Widget" }],
    ["an instance of an anonymous class", { given: anonymous, want: "an object" }],
    ["an object whose inherited constructor is not a function", { given: Object.create({ constructor: 1 }), want: "an object" }],
    ["a function", { given: () => 1, want: "a function" }],
    ["a symbol", { given: Symbol("s"), want: "a symbol" }],
    ["a number", { given: 1.5, want: "1.5" }],
    ["undefined", { given: undefined, want: "undefined" }],
    ["a boolean", { given: false, want: "false" }],
  ])("renders %s", (_name, { given, want }) => {
    expect(describe(given)).toBe(want);
  });

  it("tells plain objects from arrays, class instances and primitives", () => {
    expect([{}, Object.create(null), [], new Widget(), new Date(0), null, "x", 1].map(isPlainObject)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

group("paths", () => {
  it("joins a key to a path, the empty path being the parameters themselves", () => {
    expect([join("", "values"), join("instructions[0]", "values")]).toEqual(["values", "instructions[0].values"]);
  });

  it("within() prefixes the field of a SemanticPatchError and lets other errors through unchanged", () => {
    expect(messageOf(() => within("instructions[2]", () => text(1, "addTags", "values[0]")))).toBe(
      "addTags: instructions[2].values[0] must be a string (got 1)",
    );
    expect(messageOf(() => within("", () => text(1, "addTags", "values")))).toBe("addTags: values must be a string (got 1)");
    const other = new RangeError("boom");
    expect(() =>
      within("x", () => {
        throw other;
      }),
    ).toThrow(other);
  });
});

group("fields", () => {
  type Params = { b: string; a?: string };
  const shape: Shape<Params> = { b: nonEmptyString, a: optional(text) };

  it("returns a new object in shape order, leaving out absent optional fields", () => {
    const given = { a: "x", b: "y" };
    const got = fields<Params>(given, shape, "k");
    expect(Object.keys(got)).toEqual(["b", "a"]);
    expect(got).not.toBe(given);
    expect(fields<Params>({ b: "y", a: undefined }, shape, "k")).toStrictEqual({ b: "y" });
  });

  it.each<[string, { given: unknown; at?: string; want: string }]>([
    ["an unknown field", { given: { b: "y", c: 1 }, want: "k: c is not a known field (expected b, a)" }],
    ["a missing required field", { given: {}, want: "k: b is required" }],
    ["an undefined required field", { given: { b: undefined }, want: "k: b is required" }],
    ["a non-object", { given: "s", want: 'k: parameters must be an object (got "s")' }],
    ["a non-object inside a body", { given: 1, at: "instructions[0]", want: "k: instructions[0] must be an object (got 1)" }],
    ["a bad nested field", { given: { b: "" }, at: "rule", want: "k: rule.b must not be empty" }],
  ])("rejects %s", (_name, { given, at, want }) => {
    expect(messageOf(() => fields<Params>(given, shape, "k", at))).toBe(want);
  });
});

group("numbers", () => {
  it.each<[string, { run: () => unknown; want: number }]>([
    ["the smallest weight", { run: () => weight(0, "k", "weight"), want: 0 }],
    ["the largest weight", { run: () => weight(100_000, "k", "weight"), want: 100_000 }],
    ["version 0", { run: () => version(0, "k", "version"), want: 0 }],
    ["the smallest timestamp", { run: () => timestamp(100_000_000_000, "k", "value"), want: 100_000_000_000 }],
    ["the largest timestamp", { run: () => timestamp(99_999_999_999_999, "k", "value"), want: 99_999_999_999_999 }],
  ])("accepts %s", (_name, { run, want }) => {
    expect(run()).toBe(want);
  });

  it.each<[string, { run: () => unknown; want: string }]>([
    [
      "a weight as a string",
      {
        run: () => weight("20000", "k", "weight"),
        want: 'k: weight must be a number, not a string (got "20000"); weights are thousandths of a percent, 0 to 100000',
      },
    ],
    [
      "a fractional weight",
      {
        run: () => weight(0.5, "k", "weight"),
        want: "k: weight must be an integer (got 0.5); weights are thousandths of a percent, 0 to 100000",
      },
    ],
    [
      "a weight that is not a number",
      {
        run: () => weight(true, "k", "weight"),
        want: "k: weight must be a number (got true); weights are thousandths of a percent, 0 to 100000",
      },
    ],
    [
      "a weight above the maximum",
      {
        run: () => weight(100_001, "k", "weight"),
        want: "k: weight must be from 0 to 100000 (got 100001); weights are thousandths of a percent, 0 to 100000",
      },
    ],
    ["a negative version", { run: () => version(-1, "k", "version"), want: "k: version must not be negative (got -1)" }],
    [
      "a version as a string",
      {
        run: () => version("1", "k", "version"),
        want: 'k: version must be a number, not a string (got "1"); versions are non-negative integers',
      },
    ],
    [
      "a negative timestamp",
      { run: () => timestamp(-1, "k", "value"), want: "k: value must not be negative (got -1); timestamps are Unix milliseconds" },
    ],
    [
      "a timestamp in seconds",
      {
        run: () => timestamp(99_999_999_999, "k", "value"),
        want: "k: value must be Unix milliseconds, not seconds (got 99999999999; values below 100000000000 look like seconds)",
      },
    ],
    [
      "the timestamp 0",
      {
        run: () => timestamp(0, "k", "value"),
        want: "k: value must be Unix milliseconds, not seconds (got 0; values below 100000000000 look like seconds)",
      },
    ],
    [
      "a timestamp in microseconds",
      {
        run: () => timestamp(100_000_000_000_000, "k", "value"),
        want: "k: value must be Unix milliseconds, not microseconds (got 100000000000000; values from 100000000000000 up look like microseconds)",
      },
    ],
    [
      "a fractional timestamp",
      {
        run: () => timestamp(1754092860000.5, "k", "value"),
        want: "k: value must be an integer (got 1754092860000.5); timestamps are integer Unix milliseconds",
      },
    ],
  ])("rejects %s with a message that says why", (_name, { run, want }) => {
    expect(messageOf(run)).toBe(want);
  });
});

group("list", () => {
  const values = list(text, { noun: "values", max: 2, unique: true });

  it("accepts up to max items, copies the array, and tells values of different types apart", () => {
    const given = ["a", "b"];
    expect(values(given, "k", "values")).not.toBe(given);
    expect(list((v) => v, { noun: "values", unique: true })([1, "1", true, "true"], "k", "values")).toEqual([1, "1", true, "true"]);
    expect(list(text, { noun: "values", allowEmpty: true })([], "k", "values")).toEqual([]);
    expect(list(text, { noun: "values" })(["a", "a"], "k", "values")).toEqual(["a", "a"]);
  });

  it.each<[string, { given: unknown; want: string }]>([
    [
      "more than max items",
      {
        given: ["a", "b", "c"],
        want: "k: values must have at most 2 values in one instruction (got 3); split the change with chunkSegmentPatch",
      },
    ],
    ["no items", { given: [], want: "k: values must not be empty" }],
    ["a repeated item", { given: ["a", "a"], want: 'k: values[1] must not repeat "a" (already at values[0])' }],
    ["a non-array", { given: "a", want: 'k: values must be an array of values (got "a")' }],
  ])("rejects %s", (_name, { given, want }) => {
    expect(messageOf(() => values(given, "k", "values"))).toBe(want);
  });
});

group("scalar checks", () => {
  it.each<[string, { run: () => unknown; want: unknown }]>([
    ["any string as text, even empty", { run: () => text("", "k", "f"), want: "" }],
    ["a name with blanks around a character", { run: () => name(" a ", "k", "f"), want: " a " }],
    ["false as a boolean", { run: () => boolean(false, "k", "f"), want: false }],
    ["a context kind of every allowed character", { run: () => contextKind("Org.unit_2-B", "k", "f"), want: "Org.unit_2-B" }],
    ["a context kind that merely contains a reserved word", { run: () => contextKind("multi-kind", "k", "f"), want: "multi-kind" }],
    ["included", { run: () => targetType("included", "k", "f"), want: "included" }],
    ["excluded", { run: () => targetType("excluded", "k", "f"), want: "excluded" }],
  ])("accepts %s", (_name, { run, want }) => {
    expect(run()).toBe(want);
  });

  it.each<[string, { run: () => unknown; want: string }]>([
    ["text that is not a string", { run: () => text(1, "k", "f"), want: "k: f must be a string (got 1)" }],
    ["an empty key", { run: () => nonEmptyString("", "k", "f"), want: "k: f must not be empty" }],
    ["a key that is not a string", { run: () => nonEmptyString(null, "k", "f"), want: "k: f must be a string (got null)" }],
    ["a blank name", { run: () => name(" \t", "k", "f"), want: "k: f must not be blank" }],
    ["an empty name", { run: () => name("", "k", "f"), want: "k: f must not be empty" }],
    ["a boolean as a string", { run: () => boolean("true", "k", "f"), want: 'k: f must be a boolean (got "true")' }],
    [
      "a context kind ending in a character not allowed",
      { run: () => contextKind("org!", "k", "f"), want: 'k: f must contain only letters, digits, ".", "_" and "-" (got "org!")' },
    ],
    [
      "a context kind starting with a character not allowed",
      { run: () => contextKind(" org", "k", "f"), want: 'k: f must contain only letters, digits, ".", "_" and "-" (got " org")' },
    ],
    ["the reserved context kind kind", { run: () => contextKind("kind", "k", "f"), want: 'k: f must not be the reserved word "kind"' }],
    ["the reserved context kind multi", { run: () => contextKind("multi", "k", "f"), want: 'k: f must not be the reserved word "multi"' }],
    ["an empty context kind", { run: () => contextKind("", "k", "f"), want: "k: f must not be empty" }],
    [
      "a singular target type",
      { run: () => targetType("include", "k", "f"), want: 'k: f must be "included" or "excluded" (got "include")' },
    ],
    [
      "a negative weight",
      {
        run: () => weight(-1, "k", "weight"),
        want: "k: weight must be from 0 to 100000 (got -1); weights are thousandths of a percent, 0 to 100000",
      },
    ],
    [
      "a fractional version",
      { run: () => version(1.5, "k", "version"), want: "k: version must be an integer (got 1.5); versions are non-negative integers" },
    ],
    [
      "a version that is not a number",
      { run: () => version(null, "k", "version"), want: "k: version must be a number (got null); versions are non-negative integers" },
    ],
    [
      "a timestamp as a string",
      {
        run: () => timestamp("1754092860000", "k", "value"),
        want: 'k: value must be a number, not a string (got "1754092860000"); timestamps are integer Unix milliseconds',
      },
    ],
  ])("rejects %s", (_name, { run, want }) => {
    expect(messageOf(run)).toBe(want);
  });
});

group("operator", () => {
  it("returns each operator of the enum as given", () => {
    expect(CLAUSE_OPERATORS.map((op) => operator(op, "k", "op"))).toEqual([...CLAUSE_OPERATORS]);
  });

  it.each<[string, { given: unknown; want: string }]>([
    [
      "an operator in the wrong case",
      { given: "SemVerEqual", want: 'k: op must be written "semVerEqual" (operators are case sensitive; got "SemVerEqual")' },
    ],
    [
      "an unknown operator",
      {
        given: "equals",
        want:
          "k: op must be a known clause operator, one of in, endsWith, startsWith, matches, contains, lessThan, lessThanOrEqual, " +
          "greaterThan, greaterThanOrEqual, before, after, segmentMatch, semVerEqual, semVerLessThan, semVerGreaterThan " +
          '(got "equals")',
      },
    ],
    ["an operator that is not a string", { given: 1, want: "k: op must be a string (got 1)" }],
  ])("rejects %s", (_name, { given, want }) => {
    expect(messageOf(() => operator(given, "k", "op"))).toBe(want);
  });
});

group("jsonValue", () => {
  it.each<[string, unknown]>([
    ["null", null],
    ["a string", ""],
    ["true", true],
    ["false", false],
    ["zero", 0],
    ["a negative fraction", -1.5],
    ["nested arrays and objects", { a: [1, { b: null }], c: { d: "e" } }],
  ])("accepts %s", (_name, given) => {
    expect(jsonValue(given, "k", "value")).toStrictEqual(given);
  });

  it("copies an object without prototype into a plain object", () => {
    expect(jsonValue(Object.assign(Object.create(null), { a: 1 }), "k", "value")).toStrictEqual({ a: 1 });
  });

  it("copies a value used twice (not a cycle) into two independent copies", () => {
    const shared = { n: 1 };
    const got = jsonValue({ a: shared, b: [shared, shared] }, "k", "value") as { a: object; b: object[] };
    expect(got).toStrictEqual({ a: { n: 1 }, b: [{ n: 1 }, { n: 1 }] });
    expect(got.a).not.toBe(shared);
    expect(got.b[0]).not.toBe(got.b[1]);
  });

  const loop: unknown[] = [];
  loop.push([loop]);
  it.each<[string, { given: unknown; want: string }]>([
    ["NaN", { given: Number.NaN, want: "k: value must be a JSON value: numbers must be finite (got NaN)" }],
    [
      "Infinity inside an array",
      { given: [0, -Infinity], want: "k: value[1] must be a JSON value: numbers must be finite (got -Infinity)" },
    ],
    ["undefined inside an object", { given: { a: { b: undefined } }, want: "k: value.a.b must be a JSON value (got undefined)" }],
    ["a Map", { given: new Map(), want: "k: value must be a JSON value (got a Map)" }],
    ["a bigint", { given: 1n, want: "k: value must be a JSON value (got 1)" }],
    ["an array that contains itself", { given: loop, want: "k: value[0][0] must be a JSON value (it contains a cycle)" }],
  ])("rejects %s", (_name, { given, want }) => {
    expect(messageOf(() => jsonValue(given, "k", "value"))).toBe(want);
  });
});

group("lists of the package", () => {
  it("accepts what each list is for", () => {
    expect(targetKeys(keys(1500), "k", "values")).toHaveLength(1500);
    expect(anyTargetKeys(keys(4000), "k", "values")).toHaveLength(4000);
    expect(clauseValues(["1", 1, true, "true"], "k", "values")).toEqual(["1", 1, true, "true"]);
    expect(clauseValue(-0.5, "k", "values[0]")).toBe(-0.5);
  });

  it.each<[string, { run: () => unknown; want: string }]>([
    [
      "target keys that are not an array",
      { run: () => targetKeys("u1", "k", "values"), want: 'k: values must be an array of keys (got "u1")' },
    ],
    [
      "more than 1500 target keys",
      {
        run: () => targetKeys(keys(1501), "k", "values"),
        want: "k: values must have at most 1500 keys in one instruction (got 1501); split the change with chunkSegmentPatch",
      },
    ],
    ["no target keys", { run: () => targetKeys([], "k", "values"), want: "k: values must not be empty" }],
    ["an empty target key", { run: () => targetKeys(["u1", ""], "k", "values"), want: "k: values[1] must not be empty" }],
    [
      "a repeated target key",
      { run: () => targetKeys(["u1", "u2", "u1"], "k", "values"), want: 'k: values[2] must not repeat "u1" (already at values[0])' },
    ],
    [
      "unlimited keys that are not an array",
      { run: () => anyTargetKeys({}, "k", "values"), want: "k: values must be an array of keys (got an object)" },
    ],
    ["no unlimited keys", { run: () => anyTargetKeys([], "k", "values"), want: "k: values must not be empty" }],
    [
      "a repeated unlimited key",
      { run: () => anyTargetKeys(["a", "a"], "k", "values"), want: 'k: values[1] must not repeat "a" (already at values[0])' },
    ],
    ["tags that are not an array", { run: () => tags("beta", "k", "values"), want: 'k: values must be an array of tags (got "beta")' }],
    ["no tags", { run: () => tags([], "k", "values"), want: "k: values must not be empty" }],
    ["a repeated tag", { run: () => tags(["b", "b"], "k", "values"), want: 'k: values[1] must not repeat "b" (already at values[0])' }],
    ["IDs that are not an array", { run: () => ids("r1", "k", "ruleIds"), want: 'k: ruleIds must be an array of IDs (got "r1")' }],
    ["no IDs", { run: () => ids([], "k", "ruleIds"), want: "k: ruleIds must not be empty" }],
    ["a repeated ID", { run: () => ids(["r", "r"], "k", "ruleIds"), want: 'k: ruleIds[1] must not repeat "r" (already at ruleIds[0])' }],
    [
      "clause values that are not an array",
      { run: () => clauseValues(1, "k", "values"), want: "k: values must be an array of values (got 1)" },
    ],
    ["no clause values", { run: () => clauseValues([], "k", "values"), want: "k: values must not be empty" }],
    [
      "a repeated clause value",
      { run: () => clauseValues([2, 2], "k", "values"), want: "k: values[1] must not repeat 2 (already at values[0])" },
    ],
    [
      "a clause value that is not finite",
      {
        run: () => clauseValues([Number.NaN], "k", "values"),
        want: "k: values[0] must be a string, a finite number or a boolean (got NaN)",
      },
    ],
    [
      "a null clause value",
      { run: () => clauseValue(null, "k", "values[0]"), want: "k: values[0] must be a string, a finite number or a boolean (got null)" },
    ],
    [
      "clauses that are not an array",
      { run: () => clauses({}, "k", "clauses"), want: "k: clauses must be an array of clauses (got an object)" },
    ],
    ["no clauses", { run: () => clauses([], "k", "clauses"), want: "k: clauses must not be empty" }],
    ["a clause that is not an object", { run: () => clauses([1], "k", "clauses"), want: "k: clauses[0] must be an object (got 1)" }],
  ])("rejects %s", (_name, { run, want }) => {
    expect(messageOf(run)).toBe(want);
  });
});

group("clauseInput (the value types each operator compares)", () => {
  const STRING_OPS = [
    "endsWith",
    "startsWith",
    "matches",
    "contains",
    "segmentMatch",
    "semVerEqual",
    "semVerLessThan",
    "semVerGreaterThan",
  ];
  const NUMBER_OPS = ["lessThan", "lessThanOrEqual", "greaterThan", "greaterThanOrEqual"];
  const DATE_OPS = ["before", "after"];
  const check = (op: string, values: unknown[]) => clauseInput({ attribute: "a", op, values }, "k", "clauses[0]");

  it("sorts every operator of the enum except in into exactly one value type", () => {
    expect([...STRING_OPS, ...NUMBER_OPS, ...DATE_OPS, "in"].sort()).toEqual([...CLAUSE_OPERATORS].sort());
  });

  it.each(STRING_OPS)("%s compares strings only", (op) => {
    expect(check(op, ["", "x"]).values).toEqual(["", "x"]);
    expect(messageOf(() => check(op, ["x", 1]))).toBe(`k: clauses[0].values[1] must be one of the strings that "${op}" compares (got 1)`);
    expect(messageOf(() => check(op, [true]))).toBe(`k: clauses[0].values[0] must be one of the strings that "${op}" compares (got true)`);
  });

  it.each(NUMBER_OPS)("%s compares numbers only", (op) => {
    expect(check(op, [0, -1.5]).values).toEqual([0, -1.5]);
    expect(messageOf(() => check(op, ["1"]))).toBe(`k: clauses[0].values[0] must be one of the numbers that "${op}" compares (got "1")`);
    expect(messageOf(() => check(op, [false]))).toBe(
      `k: clauses[0].values[0] must be one of the numbers that "${op}" compares (got false)`,
    );
  });

  it.each(DATE_OPS)("%s compares dates: integer milliseconds or non-empty strings", (op) => {
    expect(check(op, [1754092860000, "2026-08-02T00:00:00Z", 0]).values).toEqual([1754092860000, "2026-08-02T00:00:00Z", 0]);
    const rejects = (value: unknown, got: string) =>
      expect(messageOf(() => check(op, [value]))).toBe(
        `k: clauses[0].values[0] must be one of the dates (integer Unix milliseconds or RFC 3339 strings) that "${op}" compares (got ${got})`,
      );
    rejects(1754092860000.5, "1754092860000.5");
    rejects("", '""');
    rejects(true, "true");
  });

  it("lets in compare strings, numbers and booleans together", () => {
    expect(check("in", ["a", 1, true]).values).toEqual(["a", 1, true]);
  });

  it("names the values of a clause given at the top level without a leading dot", () => {
    expect(messageOf(() => clauseInput({ attribute: "a", op: "lessThan", values: ["x"] }, "clause", ""))).toBe(
      'clause: values[0] must be one of the numbers that "lessThan" compares (got "x")',
    );
  });
});
