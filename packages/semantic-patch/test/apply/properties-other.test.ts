import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonPatch, segmentExpiringTargets, type PatchOperation } from "../../src/index.js";
import {
  applySegmentExpiringTargetsPatch,
  applySegmentPatch,
  PatchApplyError,
  type ExpiringContextTargets,
  type Segment,
} from "../../src/apply/index.js";
import { segmentArb } from "./arbitraries.js";
import { deterministic } from "./support.js";

const operation: fc.Arbitrary<PatchOperation> = fc.oneof(
  fc
    .constantFrom(
      "/name",
      "/description",
      "/key",
      "/version",
      "/tags/0",
      "/tags/-",
      "/included/0",
      "/excluded/-",
      "/rules/0/description",
      "/rules/5",
    )
    .chain((path) =>
      fc.oneof(
        fc.constant(jsonPatch.remove(path)),
        fc.constantFrom("x", "k0", "", 3).map((value) => jsonPatch.replace(path, value)),
        fc.constantFrom("x", "k0", 3).map((value) => jsonPatch.add(path, value)),
        fc.constantFrom("seg", 0, "k0").map((value) => jsonPatch.test(path, value)),
      ),
    ),
  fc.constant(jsonPatch.copy("/included/0", "/excluded/-")),
  fc.constant(jsonPatch.move("/tags/0", "/tags/-")),
);

describe("JSON Patch and expiring-target properties", () => {
  it("a JSON Patch never mutates the segment; when an operation fails, the operations before it apply", () => {
    fc.assert(
      fc.property(segmentArb(), fc.array(operation, { minLength: 1, maxLength: 5 }), (s: Segment, ops) => {
        const snapshot = structuredClone(s);
        let error: PatchApplyError | undefined;
        try {
          const out = applySegmentPatch(s, ops, deterministic());
          out.tags.push("mutated");
          out.rules[0]?.clauses.push({ attribute: "x", op: "in", values: [1], negate: false });
        } catch (caught) {
          if (!(caught instanceof PatchApplyError)) throw caught;
          error = caught;
        }
        expect(s).toStrictEqual(snapshot);
        if (error === undefined) return;
        const index = error.index as number;
        expect(error.kind).toBe(ops[index]?.op);
        // The fields written are checked on the final document ("would …", naming the last operation
        // that wrote the field); any other failure is the operation's own, so the ones before it apply.
        if (index > 0 && !error.rule.startsWith("would ")) {
          try {
            applySegmentPatch(s, ops.slice(0, index), deterministic());
          } catch (caught) {
            expect((caught as PatchApplyError).rule).toMatch(/^would /);
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it("expiring-target patches never mutate their input, and builders' output for a targeted context applies", () => {
    const DATE = 1_754_092_860_000;
    fc.assert(
      fc.property(segmentArb(), fc.constantFrom("add", "update", "remove"), (s, verb) => {
        const contextKey = (s.included ?? [])[0] ?? "k-none";
        const segment = contextKey === "k-none" ? { ...s, included: [contextKey] } : s;
        const existing: ExpiringContextTargets = {
          items:
            verb === "add"
              ? []
              : [{ _id: "e", _version: 1, expirationDate: DATE, contextKind: "user", contextKey, targetType: "included" }],
        };
        const snapshot = structuredClone(existing);
        const id = { targetType: "included" as const, contextKind: "user", contextKey };
        const instruction =
          verb === "add"
            ? segmentExpiringTargets.addExpiringTarget({ ...id, value: DATE })
            : verb === "update"
              ? segmentExpiringTargets.updateExpiringTarget({ ...id, value: DATE + 1, version: 1 })
              : segmentExpiringTargets.removeExpiringTarget(id);
        const out = applySegmentExpiringTargetsPatch(existing, { instructions: [instruction] }, { segment, generateId: () => "g" });
        expect(out.items).toHaveLength(verb === "remove" ? 0 : 1);
        out.items.push({ _id: "x", _version: 9, expirationDate: 0, contextKind: "user", contextKey: "x" });
        expect(existing).toStrictEqual(snapshot);
      }),
      { numRuns: 200 },
    );
  });
});
