/** The README's examples, run. */
import { segment as instruction } from "@ldkit/semantic-patch";
import type { Segment } from "@ldkit/semantic-patch/apply";
import { describe, expect, it } from "vitest";
import { evaluateSegment, previewSegmentPatch } from "../src/index.js";

describe("README examples", () => {
  it("multi-kind contexts", () => {
    const segment = {
      key: "enterprise-admins",
      includedContexts: [{ contextKind: "org", values: ["org-acme"] }],
      rules: [
        {
          _id: "r1",
          clauses: [
            { contextKind: "org", attribute: "plan", op: "in", values: ["enterprise"], negate: false },
            { contextKind: "user", attribute: "/roles/admin", op: "in", values: [true], negate: false },
          ],
        },
      ],
    };
    expect(
      evaluateSegment(segment, { kind: "multi", user: { key: "u1", roles: { admin: true } }, org: { key: "org-2", plan: "enterprise" } }),
    ).toEqual({
      match: true,
      reason: { kind: "rule", ruleIndex: 0, ruleId: "r1" },
    });
    expect(evaluateSegment(segment, { kind: "org", key: "org-acme" })).toEqual({
      match: true,
      reason: { kind: "included", contextKind: "org", key: "org-acme" },
    });
  });

  it("big segments", () => {
    const bigSegment = { key: "synced-customers", unbounded: true, generation: 3, rules: [] };
    expect(
      evaluateSegment(bigSegment, { kind: "user", key: "user-1" }, { bigSegmentMembership: { "user-1": { "synced-customers.g3": true } } }),
    ).toEqual({
      match: true,
      reason: { kind: "bigSegment", segmentRef: "synced-customers.g3", contextKind: "user", key: "user-1", included: true },
    });
    expect(evaluateSegment(bigSegment, { kind: "user", key: "user-1" }).reason.kind).toBe("bigSegmentMembershipUnknown");
    expect(evaluateSegment(bigSegment, { kind: "user", key: "user-1" }, { bigSegmentMembership: () => undefined }).reason.kind).toBe(
      "none",
    );
  });

  it("preview a patch", () => {
    const current: Segment = {
      key: "beta",
      name: "Beta",
      tags: [],
      creationDate: 0,
      version: 1,
      rules: [{ _id: "r-edu", clauses: [{ contextKind: "user", attribute: "email", op: "endsWith", values: [".edu"], negate: false }] }],
    };
    const org = { kind: "org", key: "org-acme" };
    const student = { kind: "user", key: "u1", email: "a@uni.edu" };
    const preview = previewSegmentPatch(
      current,
      {
        instructions: [
          instruction.addIncludedTargets({ contextKind: "org", values: ["org-acme"] }),
          instruction.removeRule({ ruleId: "r-edu" }),
        ],
      },
      [org, student],
    );
    expect([preview.segment.version, preview.entering, preview.leaving, preview.undetermined]).toEqual([2, [org], [student], []]);
  });
});
