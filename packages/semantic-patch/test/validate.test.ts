import { describe as group, expect, it } from "vitest";
import { SemanticPatchError } from "../src/index.js";
import {
  describe,
  fields,
  isPlainObject,
  join,
  list,
  nonEmptyString,
  optional,
  text,
  timestamp,
  version,
  weight,
  within,
  type Shape,
} from "../src/validate.js";

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
