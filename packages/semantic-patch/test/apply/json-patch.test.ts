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
      "a test of a path that does not resolve",
      {
        given: [jsonPatch.test("/rules/9/_id", "r9")],
        want: { kind: "test", field: "[0]", rule: "failed: cannot perform operation at the desired path", index: 0 },
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
        want: {
          kind: "replace",
          field: "[0].path",
          rule: 'must not change "key": it is read-only (writable fields: name, description, tags, included, excluded, includedContexts, excludedContexts, rules, unboundedContextKind)',
          index: 0,
        },
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
    [
      "an excluded user the segment includes",
      {
        given: [jsonPatch.add("/excluded/-", "u1")],
        want: { kind: "add", field: "[0]", rule: 'would make "u1" both included and excluded (contextKind "user")', index: 0 },
      },
    ],
    [
      "an included org the segment excludes",
      {
        given: [jsonPatch.add("/includedContexts/0/values/-", "o9")],
        want: { kind: "add", field: "[0]", rule: 'would make "o9" both included and excluded (contextKind "org")', index: 0 },
      },
    ],
    [
      "a second entry for one context kind",
      {
        given: [jsonPatch.add("/includedContexts/-", { contextKind: "org", values: ["o5"] })],
        want: {
          kind: "add",
          field: "[0]",
          rule: 'would make the segment invalid: includedContexts[1].contextKind must not repeat "org" (already at includedContexts[0])',
          index: 0,
        },
      },
    ],
    [
      "context targets that are not a list",
      {
        given: [jsonPatch.replace("/includedContexts", "x")],
        want: {
          kind: "replace",
          field: "[0]",
          rule: "would make the segment invalid: includedContexts must be an array of context targets",
          index: 0,
        },
      },
    ],
    [
      "a clause that is not an object",
      {
        given: [jsonPatch.add("/rules/0/clauses/-", "x")],
        want: {
          kind: "add",
          field: "[0]",
          rule: 'would make the segment invalid: rules[0].clauses[2] must be a clause object (got "x")',
          index: 0,
        },
      },
    ],
    [
      "a clause with a blank _id",
      {
        given: [jsonPatch.add("/rules/0/clauses/-", { _id: "", attribute: "a", op: "in", values: ["b"] })],
        want: { kind: "add", field: "[0]", rule: "would make the segment invalid: rules[0].clauses[2]._id must", index: 0 },
      },
    ],
    [
      "a rule that is not an object",
      {
        given: [jsonPatch.add("/rules/-", 5)],
        want: { kind: "add", field: "[0]", rule: "would make the segment invalid: rules[2] must be a rule object (got 5)", index: 0 },
      },
    ],
    [
      "a rule with a weight that is not a number",
      {
        given: [jsonPatch.add("/rules/-", { clauses: [], weight: "x" })],
        want: { kind: "add", field: "[0]", rule: "would make the segment invalid: rules[2].weight must be a number", index: 0 },
      },
    ],
    [
      "a rule without clauses",
      {
        given: [jsonPatch.add("/rules/-", {})],
        want: {
          kind: "add",
          field: "[0]",
          rule: "would make the segment invalid: rules[2].clauses is required (an empty list matches every context)",
          index: 0,
        },
      },
    ],
    [
      "a rule whose clauses are not a list",
      {
        given: [jsonPatch.add("/rules/-", { clauses: "x" })],
        want: { kind: "add", field: "[0]", rule: "would make the segment invalid: rules[2].clauses must be an array of clauses", index: 0 },
      },
    ],
    [
      "removing the name",
      {
        given: [jsonPatch.remove("/name")],
        want: { kind: "remove", field: "[0]", rule: 'would remove "name", which a segment must have', index: 0 },
      },
    ],
    [
      "removing the tags",
      {
        given: [jsonPatch.remove("/tags")],
        want: { kind: "remove", field: "[0]", rule: 'would remove "tags", which a segment must have', index: 0 },
      },
    ],
    [
      "tags that are not a list",
      {
        given: [jsonPatch.replace("/tags", "x")],
        want: { kind: "replace", field: "[0]", rule: "would make the segment invalid: tags must be an array of tags", index: 0 },
      },
    ],
    [
      "a repeated tag",
      {
        given: [jsonPatch.replace("/tags", ["a", "a"])],
        want: {
          kind: "replace",
          field: "[0]",
          rule: 'would make the segment invalid: tags[1] must not repeat "a" (already at tags[0])',
          index: 0,
        },
      },
    ],
    [
      "included keys that are not a list",
      {
        given: [jsonPatch.replace("/included", "x")],
        want: { kind: "replace", field: "[0]", rule: "would make the segment invalid: included must be an array of keys", index: 0 },
      },
    ],
    [
      "a repeated included key",
      {
        given: [jsonPatch.replace("/included", ["u1", "u1"])],
        want: {
          kind: "replace",
          field: "[0]",
          rule: 'would make the segment invalid: included[1] must not repeat "u1" (already at included[0])',
          index: 0,
        },
      },
    ],
    [
      "an empty unboundedContextKind",
      {
        given: [jsonPatch.add("/unboundedContextKind", "")],
        want: { kind: "add", field: "[0]", rule: "would make the segment invalid: unboundedContextKind must not be empty", index: 0 },
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

  it("reports the first line of fast-json-patch's message, lower-cased", () => {
    const error = expectApplyError(() => applySegmentPatch(fixture(), [jsonPatch.remove("/rules/5")]), {
      kind: "remove",
      field: "[0]",
      rule: "failed:",
      index: 0,
    });
    expect(error.rule).toBe("failed: cannot perform the operation at a path that does not exist");
  });

  it("accepts empty context targets, new rules without ids, and leaves stored targets it does not touch unchecked", () => {
    const after = applySegmentPatch(
      fixture(),
      [
        jsonPatch.replace("/includedContexts", []),
        jsonPatch.add("/rules/-", { clauses: [] }),
        jsonPatch.add("/rules/-", { clauses: [] }),
        jsonPatch.replace("/name", "Renamed"),
      ],
      deterministic(),
    );
    expect(after.includedContexts).toStrictEqual([]);
    expect(after.rules.map((r) => r._id)).toStrictEqual(["r1", "r2", "id-1", "id-2"]);
    expect(applySegmentPatch(fixture({ excluded: ["u1"] }), [jsonPatch.replace("/name", "Renamed")]).name).toBe("Renamed");
  });

  it("may empty the tags and remove the optional fields", () => {
    const after = applySegmentPatch(fixture({ unboundedContextKind: "user" }), [
      jsonPatch.replace("/tags", []),
      jsonPatch.remove("/included"),
      jsonPatch.remove("/excluded"),
      jsonPatch.remove("/includedContexts"),
      jsonPatch.remove("/excludedContexts"),
      jsonPatch.remove("/unboundedContextKind"),
    ]);
    expect(after.tags).toStrictEqual([]);
    for (const field of ["included", "excluded", "includedContexts", "excludedContexts", "unboundedContextKind"]) {
      expect(Object.hasOwn(after, field)).toBe(false);
    }
    expect(applySegmentPatch(fixture(), [jsonPatch.add("/unboundedContextKind", "org")]).unboundedContextKind).toBe("org");
  });

  it("never writes through __proto__, and says so with a PatchApplyError", () => {
    try {
      const rule = 'must not pass through "__proto__" or "constructor/prototype"';
      for (const path of ["/rules/0/__proto__/polluted", "/rules/0/constructor/prototype/polluted", "/__proto__"]) {
        expectApplyError(() => applySegmentPatch(fixture(), [jsonPatch.add(path, true)]), {
          kind: "add",
          field: "[0].path",
          index: 0,
          rule,
        });
      }
      expectApplyError(
        () => applySegmentPatch(fixture(), [jsonPatch.replace("/name", "x"), jsonPatch.copy("/rules/__proto__", "/rules/0/x")]),
        {
          kind: "copy",
          field: "[1].from",
          index: 1,
          rule,
        },
      );
      // a key merely named "constructor" or "prototype" is data like any other
      expect(applySegmentPatch(fixture(), [jsonPatch.add("/description", "constructor/prototype")]).description).toBe(
        "constructor/prototype",
      );
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    } finally {
      delete (Object.prototype as { polluted?: unknown }).polluted;
    }
  });

  it("may read read-only fields (test, copy from)", () => {
    const after = applySegmentPatch(fixture(), [jsonPatch.test("/key", "beta"), jsonPatch.copy("/key", "/description")]);
    expect(after.description).toBe("beta");
  });
});
