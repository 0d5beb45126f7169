import { describe, expect, it } from "vitest";
import { jsonPatch, validatePatchWithComment, type JSONPatch, type PatchOperation } from "../../src/index.js";
import { applySegmentPatch } from "../../src/apply/index.js";
import { deterministic, expectApplyError, fixture, type ApplyRejection } from "./support.js";

describe("applySegmentPatch with a JSON Patch", () => {
  it("applies replace, add, remove, move, copy and test in order (fast-json-patch)", () => {
    const before = fixture();
    const snapshot = structuredClone(before);
    const after = applySegmentPatch(
      before,
      [
        jsonPatch.testVersion(7),
        jsonPatch.replace("/description", "new description"),
        jsonPatch.add("/tags/-", "eu"),
        jsonPatch.remove("/excluded/0"),
        jsonPatch.move("/rules/1", "/rules/0"),
        jsonPatch.copy("/included/0", "/tags/0"),
        jsonPatch.test("/tags", ["u1", "beta", "eu"]),
      ],
      deterministic(),
    );
    expect(after.description).toBe("new description");
    expect(after.tags).toStrictEqual(["u1", "beta", "eu"]);
    expect(after.excluded).toStrictEqual([]);
    expect(after.rules.map((r) => r._id)).toStrictEqual(["r2", "r1"]);
    expect(after.version).toBe(8);
    expect(before).toStrictEqual(snapshot);
  });

  it("gives added rules and clauses ids and clause defaults, as in the docs' example ({ patch, comment })", () => {
    const body = validatePatchWithComment({
      patch: [
        {
          op: "add",
          path: "/rules/0",
          value: { clauses: [{ contextKind: "user", attribute: "email", op: "endsWith", values: [".edu"], negate: false }] },
        },
      ],
      comment: "students first",
    });
    const after = applySegmentPatch(fixture(), body, deterministic());
    expect(after.rules[0]).toStrictEqual({
      _id: "id-1",
      clauses: [{ _id: "id-2", contextKind: "user", attribute: "email", op: "endsWith", values: [".edu"], negate: false }],
    });
    expect(after.rules.slice(1).map((r) => r._id)).toStrictEqual(["r1", "r2"]);
    const defaults = applySegmentPatch(
      fixture(),
      [{ op: "add", path: "/rules/1/clauses/-", value: { attribute: "plan", op: "in", values: ["pro"] } }] as JSONPatch,
      deterministic(),
    );
    expect(defaults.rules[1]?.clauses).toStrictEqual([
      { _id: "id-1", attribute: "plan", op: "in", values: ["pro"], contextKind: "user", negate: false },
    ]);
  });

  const rejects: Array<[string, { given: PatchOperation[]; want: ApplyRejection }]> = [
    [
      "a failed test (the version changed)",
      {
        given: [jsonPatch.testVersion(6), jsonPatch.replace("/name", "x")],
        want: { kind: "test", field: "[0].path", rule: 'failed: the value at "/version" is 7, not 6', index: 0 },
      },
    ],
    [
      "a remove of a missing path",
      {
        given: [jsonPatch.replace("/name", "x"), jsonPatch.remove("/rules/5")],
        want: { kind: "remove", field: "[1]", rule: "failed: cannot perform the operation at a path that does not exist", index: 1 },
      },
    ],
    [
      "a replace of key",
      {
        given: [jsonPatch.replace("/key", "other")],
        want: { kind: "replace", field: "[0].path", rule: 'must not change "key": it is read-only', index: 0 },
      },
    ],
    [
      "a replace of version",
      {
        given: [jsonPatch.replace("/version", 99)],
        want: { kind: "replace", field: "[0].path", rule: 'must not change "version"', index: 0 },
      },
    ],
    [
      "an add under _links",
      {
        given: [jsonPatch.add("/_links/next", { href: "/x" })],
        want: { kind: "add", field: "[0].path", rule: 'must not change "_links"', index: 0 },
      },
    ],
    [
      "a remove of creationDate",
      {
        given: [jsonPatch.remove("/creationDate")],
        want: { kind: "remove", field: "[0].path", rule: 'must not change "creationDate"', index: 0 },
      },
    ],
    [
      "a replace of unbounded",
      {
        given: [jsonPatch.replace("/unbounded", true)],
        want: { kind: "replace", field: "[0].path", rule: 'must not change "unbounded"', index: 0 },
      },
    ],
    [
      "a move out of a read-only field",
      {
        given: [jsonPatch.move("/_links/self", "/description")],
        want: { kind: "move", field: "[0].from", rule: 'must not change "_links"', index: 0 },
      },
    ],
    [
      "a blank name",
      {
        given: [jsonPatch.replace("/name", " ")],
        want: { kind: "replace", field: "[0]", rule: "would make the segment invalid: name must not be blank", index: 0 },
      },
    ],
    [
      "removing the rules",
      { given: [jsonPatch.remove("/rules")], want: { kind: "remove", field: "[0]", rule: 'would remove "rules"', index: 0 } },
    ],
    [
      "a clause with an unknown operator",
      {
        given: [jsonPatch.replace("/rules/0/clauses/0/op", "EndsWith")],
        want: {
          kind: "replace",
          field: "[0]",
          rule: 'would make the segment invalid: rules[0].clauses[0].op must be written "endsWith"',
          index: 0,
        },
      },
    ],
    [
      "a key both included and excluded",
      {
        given: [jsonPatch.add("/included/-", "u9")],
        want: { kind: "add", field: "[0]", rule: 'would make "u9" both included and excluded (contextKind "user")', index: 0 },
      },
    ],
    [
      "a key both included and excluded across the user list and a user context entry",
      {
        given: [jsonPatch.add("/excludedContexts/-", { contextKind: "user", values: ["u1"] })],
        want: { kind: "add", field: "[0]", rule: 'would make "u1" both included and excluded', index: 0 },
      },
    ],
    [
      "a repeated rule id",
      {
        given: [jsonPatch.copy("/rules/0", "/rules/-")],
        want: { kind: "copy", field: "[0]", rule: 'rules[2]._id must not repeat "r1"', index: 0 },
      },
    ],
  ];
  it.each(rejects)("rejects %s, applying nothing", (_name, { given, want }) => {
    const before = fixture();
    const snapshot = structuredClone(before);
    expectApplyError(() => applySegmentPatch(before, given, deterministic()), want);
    expect(before).toStrictEqual(snapshot);
  });

  it("names operations of { patch, comment } by their path in the body", () => {
    expectApplyError(() => applySegmentPatch(fixture(), { patch: [jsonPatch.replace("/name", "x"), jsonPatch.replace("/key", "k")] }), {
      kind: "replace",
      field: "patch[1].path",
      rule: "read-only",
      index: 1,
    });
  });

  it("may read read-only fields (test, copy from)", () => {
    const after = applySegmentPatch(fixture(), [jsonPatch.test("/key", "beta"), jsonPatch.copy("/key", "/description")]);
    expect(after.description).toBe("beta");
  });
});
