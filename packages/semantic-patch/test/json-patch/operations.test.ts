import { describe, expect, it } from "vitest";
import { jsonPatch, type PatchOperation } from "../../src/index.js";
import { expectRejection, expectWire, type InvalidCase } from "../helpers.js";

describe("jsonPatch", () => {
  const cases: Array<[string, { given: () => PatchOperation; want: PatchOperation }]> = [
    [
      "replace the description (the documented example)",
      {
        given: () => jsonPatch.replace("/description", "new description"),
        want: { op: "replace", path: "/description", value: "new description" },
      },
    ],
    [
      "add a rule at the start (the documented example)",
      {
        given: () =>
          jsonPatch.add(["rules", 0], {
            clauses: [{ contextKind: "user", attribute: "email", op: "endsWith", values: [".edu"], negate: false }],
          }),
        want: {
          op: "add",
          path: "/rules/0",
          value: { clauses: [{ contextKind: "user", attribute: "email", op: "endsWith", values: [".edu"], negate: false }] },
        },
      },
    ],
    ["append a tag", { given: () => jsonPatch.add("/tags/-", "beta"), want: { op: "add", path: "/tags/-", value: "beta" } }],
    [
      "escape a custom field name",
      { given: () => jsonPatch.replace(["custom", "a/b~c"], null), want: { op: "replace", path: "/custom/a~1b~0c", value: null } },
    ],
    ["remove", { given: () => jsonPatch.remove(["rules", 2]), want: { op: "remove", path: "/rules/2" } }],
    ["move", { given: () => jsonPatch.move("/rules/1", "/rules/0"), want: { op: "move", from: "/rules/1", path: "/rules/0" } }],
    [
      "move to a sibling whose name starts like from",
      { given: () => jsonPatch.move("/tag", "/tags/0"), want: { op: "move", from: "/tag", path: "/tags/0" } },
    ],
    [
      "copy",
      { given: () => jsonPatch.copy(["included", 0], "/excluded/-"), want: { op: "copy", from: "/included/0", path: "/excluded/-" } },
    ],
    ["test", { given: () => jsonPatch.test("/name", "Beta users"), want: { op: "test", path: "/name", value: "Beta users" } }],
    ["testVersion", { given: () => jsonPatch.testVersion(7), want: { op: "test", path: "/version", value: 7 } }],
    ["testVersion 0", { given: () => jsonPatch.testVersion(0), want: { op: "test", path: "/version", value: 0 } }],
  ];

  it.each(cases)("%s", (_name, { given, want }) => {
    expectWire(given(), want);
  });

  it("deep-copies the value", () => {
    const value = { clauses: [] as unknown[] };
    const op = jsonPatch.add("/rules/-", value);
    value.clauses.push("changed");
    expect(op).toStrictEqual({ op: "add", path: "/rules/-", value: { clauses: [] } });
  });

  it("has exactly the six operations and testVersion", () => {
    expect(Object.keys(jsonPatch).sort()).toEqual(["add", "copy", "move", "remove", "replace", "test", "testVersion"]);
  });

  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  const invalid: InvalidCase[] = [
    [
      "a path without a leading slash",
      {
        given: () => jsonPatch.replace("description", "x"),
        want: { kind: "jsonPatch.replace", field: "path", rule: 'must start with "/"' },
      },
    ],
    [
      "the whole document",
      {
        given: () => jsonPatch.replace("", {}),
        want: { kind: "jsonPatch.replace", field: "path", rule: "must not be the whole document" },
      },
    ],
    [
      "an unescaped tilde",
      {
        given: () => jsonPatch.remove("/custom/a~b"),
        want: { kind: "jsonPatch.remove", field: "path", rule: 'must write "~" only as "~0" or "~1"' },
      },
    ],
    [
      "an undefined value",
      { given: () => jsonPatch.add("/description", undefined), want: { kind: "jsonPatch.add", field: "value", rule: "is required" } },
    ],
    [
      "a Date value",
      {
        given: () => jsonPatch.replace("/description", new Date(0)),
        want: { kind: "jsonPatch.replace", field: "value", rule: "must be a JSON value (got a Date)" },
      },
    ],
    [
      "a NaN inside the value",
      {
        given: () => jsonPatch.test("/rules/0", { weight: Number.NaN }),
        want: { kind: "jsonPatch.test", field: "value.weight", rule: "numbers must be finite" },
      },
    ],
    [
      "a function inside an array value",
      {
        given: () => jsonPatch.add("/tags", ["a", () => "b"]),
        want: { kind: "jsonPatch.add", field: "value[1]", rule: "must be a JSON value (got a function)" },
      },
    ],
    [
      "a cyclic value",
      { given: () => jsonPatch.add("/custom", cyclic), want: { kind: "jsonPatch.add", field: "value.self", rule: "it contains a cycle" } },
    ],
    [
      "a move into its own child",
      {
        given: () => jsonPatch.move("/rules/0", "/rules/0/clauses/-"),
        want: { kind: "jsonPatch.move", field: "from", rule: "must not be a proper prefix of path" },
      },
    ],
    [
      "a path that is neither string nor tokens",
      {
        given: () => jsonPatch.remove(5 as never),
        want: { kind: "jsonPatch.remove", field: "path", rule: "must be a JSON Pointer string or an array of reference tokens" },
      },
    ],
    [
      "a negative index token",
      {
        given: () => jsonPatch.copy(["included", -1], "/excluded/-"),
        want: { kind: "jsonPatch.copy", field: "from[1]", rule: "must be a non-negative integer index" },
      },
    ],
    [
      "a negative version",
      { given: () => jsonPatch.testVersion(-1), want: { kind: "jsonPatch.testVersion", field: "version", rule: "must not be negative" } },
    ],
    [
      "a fractional version",
      { given: () => jsonPatch.testVersion(1.5), want: { kind: "jsonPatch.testVersion", field: "version", rule: "must be an integer" } },
    ],
    [
      "a version string",
      {
        given: () => jsonPatch.testVersion("7" as never),
        want: { kind: "jsonPatch.testVersion", field: "version", rule: "must be a number, not a string" },
      },
    ],
  ];

  it.each(invalid)("rejects %s", (_name, { given, want }) => {
    expectRejection(given, want);
  });
});
