import { describe, expect, it } from "vitest";
import { validateSegmentMergePatch, type SegmentMergePatch } from "../../src/index.js";
import { applySegmentPatch, type Segment } from "../../src/apply/index.js";
import { deterministic, expectApplyError, fixture, type ApplyRejection } from "./support.js";

describe("applySegmentPatch with a JSON merge patch", () => {
  it("changes only the given fields; null removes description (json-merge-patch)", () => {
    const before = fixture();
    const snapshot = structuredClone(before);
    const after = applySegmentPatch(before, validateSegmentMergePatch({ name: "Renamed", description: null }), deterministic());
    expect(after.name).toBe("Renamed");
    expect("description" in after).toBe(false);
    expect(after.tags).toStrictEqual(["beta"]);
    expect(after.rules).toStrictEqual(before.rules);
    expect(after.version).toBe(8);
    expect(before).toStrictEqual(snapshot);
  });

  it("replaces list fields whole; tags: null leaves an empty list", () => {
    const after = applySegmentPatch(fixture(), {
      tags: null,
      included: ["n1"],
      excludedContexts: [{ contextKind: "device", values: ["d1"] }],
    });
    expect(after.tags).toStrictEqual([]);
    expect(after.included).toStrictEqual(["n1"]);
    expect(after.excludedContexts).toStrictEqual([{ contextKind: "device", values: ["d1"] }]);
    expect(after.includedContexts).toStrictEqual([{ contextKind: "org", values: ["o1"] }]);
  });

  it("gives the rules of a merge patch new ids and the clause defaults", () => {
    const after = applySegmentPatch(
      fixture(),
      { rules: [{ clauses: [{ attribute: "email", op: "endsWith", values: [".edu"] }], weight: 10_000 }] },
      deterministic(),
    );
    expect(after.rules).toStrictEqual([
      {
        _id: "id-1",
        clauses: [{ _id: "id-2", attribute: "email", op: "endsWith", values: [".edu"], contextKind: "user", negate: false }],
        weight: 10_000,
      },
    ]);
  });

  const rejects: Array<[string, { given: Record<string, unknown>; want: ApplyRejection }]> = [
    [
      "a change of key",
      {
        given: { key: "other" },
        want: { kind: "applySegmentPatch", field: "key", rule: 'must not change "key": it is read-only', index: undefined },
      },
    ],
    [
      "a change of version",
      { given: { name: "x", version: 1 }, want: { kind: "applySegmentPatch", field: "version", rule: "read-only", index: undefined } },
    ],
    [
      "a change of _access",
      { given: { _access: null }, want: { kind: "applySegmentPatch", field: "_access", rule: "read-only", index: undefined } },
    ],
    [
      "an included key the segment excludes",
      {
        given: { included: ["u1", "u9"] },
        want: { kind: "applySegmentPatch", field: "included", rule: 'would make "u9" both included and excluded', index: undefined },
      },
    ],
    [
      "an excluded org the segment includes",
      {
        given: { excludedContexts: [{ contextKind: "org", values: ["o1"] }] },
        want: {
          kind: "applySegmentPatch",
          field: "excludedContexts",
          rule: 'would make "o1" both included and excluded (contextKind "org")',
          index: undefined,
        },
      },
    ],
  ];
  it.each(rejects)("rejects %s, applying nothing", (_name, { given, want }) => {
    const before = fixture();
    const snapshot = structuredClone(before);
    expectApplyError(() => applySegmentPatch(before, given as SegmentMergePatch), want);
    expect(before).toStrictEqual(snapshot);
  });

  it("names the read-only field in toJSON, without an index", () => {
    const error = expectApplyError(() => applySegmentPatch(fixture(), { key: "other" } as SegmentMergePatch), {
      kind: "applySegmentPatch",
      field: "key",
      rule: "read-only",
      index: undefined,
    });
    expect(error.toJSON()).toStrictEqual({
      name: "PatchApplyError",
      message: error.message,
      kind: "applySegmentPatch",
      field: "key",
      rule: error.rule,
    });
  });

  const readOnly = [
    "creationDate",
    "lastModifiedDate",
    "deleted",
    "_links",
    "_flags",
    "unbounded",
    "generation",
    "_unboundedMetadata",
    "_external",
    "_externalLink",
    "_importInProgress",
  ];
  it.each(readOnly)("rejects %s as read-only even when the segment does not have it", (field) => {
    const { key, version, name, tags, rules } = fixture();
    expectApplyError(() => applySegmentPatch({ key, version, name, tags, rules } as Segment, { [field]: null } as SegmentMergePatch), {
      kind: "applySegmentPatch",
      field,
      rule: `must not change "${field}": it is read-only`,
      index: undefined,
    });
  });

  it("changes context targets of a segment without user lists", () => {
    const after = applySegmentPatch(fixture({ included: undefined, excluded: undefined }), {
      includedContexts: [{ contextKind: "org", values: ["o5"] }],
    });
    expect(after.includedContexts).toStrictEqual([{ contextKind: "org", values: ["o5"] }]);
  });
});
