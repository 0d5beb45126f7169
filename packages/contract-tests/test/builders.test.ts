import { describe, expect, it } from "vitest";
import { SEMANTIC_PATCH_MEDIA_TYPE, type OperationId } from "@ldkit/client";
import {
  chunkSegmentPatch,
  clause,
  jsonPatch,
  validatePatchWithComment,
  segment,
  segmentExpiringTargets,
  validateSegmentExpiringTargetsPatch,
  segmentExpiringTargetsPatch,
  segmentExpiringUserTargets,
  validateSegmentExpiringUserTargetsPatch,
  segmentExpiringUserTargetsPatch,
  validateSegmentMergePatch,
  segmentPatch,
  validateSegmentPatch,
  userExpiringFlags,
  validateUserExpiringFlagsPatch,
  userExpiringFlagsPatch,
} from "@ldkit/semantic-patch";
import { makeClient } from "./support/client.js";
import { expectAccepted, skipFor } from "./support/contract.js";
import type { Exchange } from "./support/recorder.js";
import { instructionKinds } from "./support/spec.js";
import { prismOnlyReason } from "./support/target.js";

/** Plain JSON, as the wire must show it (JSON Patch, merge patch, other JSON bodies). */
const JSON_MEDIA_TYPE = "application/json";

/**
 * Every builder of @ldkit/semantic-patch, with realistic input, sent through the client to its
 * operation: Prism must accept each body (no `sl-violations`), and the wire must carry exactly the
 * builder's output with the semantic-patch media type. The tables are typed by the namespaces, so a
 * builder added without a case here fails the type check; the test below checks them against the
 * spec's instruction kinds at run time. Prism-only: the IDs are the spec's example IDs.
 */
const RULE = "a902ef4a-2faf-4eaf-88e1-ecc356708a29";
const RULE_2 = "63c238d1-835d-435e-8f21-c8d5e40b2a3d";
const CLAUSE = "10a58772-3121-400f-846b-b8a04e8944ed";
const VARIATION = "ce12d345-a1b2-4fb5-a123-ab123d4d5f5d";
const AUG_2025 = 1754092860000;

const segmentCases: { [K in keyof typeof segment]: () => ReturnType<(typeof segment)[K]> } = {
  addTags: () => segment.addTags({ values: ["beta", "early-access"] }),
  removeTags: () => segment.removeTags({ values: ["legacy"] }),
  updateName: () => segment.updateName({ value: "Beta users and employees" }),
  addIncludedTargets: () => segment.addIncludedTargets({ contextKind: "org", values: ["org-key-123abc", "org-key-456def"] }),
  addExcludedTargets: () => segment.addExcludedTargets({ contextKind: "org", values: ["org-key-789ghi"] }),
  removeIncludedTargets: () => segment.removeIncludedTargets({ contextKind: "org", values: ["org-key-123abc"] }),
  removeExcludedTargets: () => segment.removeExcludedTargets({ contextKind: "org", values: ["org-key-789ghi"] }),
  addIncludedUsers: () => segment.addIncludedUsers({ values: ["user-key-123abc", "user-key-456def"] }),
  addExcludedUsers: () => segment.addExcludedUsers({ values: ["user-key-789ghi"] }),
  removeIncludedUsers: () => segment.removeIncludedUsers({ values: ["user-key-123abc"] }),
  removeExcludedUsers: () => segment.removeExcludedUsers({ values: ["user-key-789ghi"] }),
  addRule: () =>
    segment.addRule({
      description: "University students and LaunchDarkly employees in Canada",
      clauses: [
        clause({ attribute: "email", op: "endsWith", values: [".edu", "@launchdarkly.com"] }),
        clause({ contextKind: "device", attribute: "country", op: "in", values: ["Canada"], negate: true }),
      ],
    }),
  removeRule: () => segment.removeRule({ ruleId: RULE }),
  reorderRules: () => segment.reorderRules({ ruleIds: [RULE_2, RULE] }),
  addClauses: () => segment.addClauses({ ruleId: RULE, clauses: [clause({ attribute: "plan", op: "in", values: ["enterprise"] })] }),
  removeClauses: () => segment.removeClauses({ ruleId: RULE, clauseIds: [CLAUSE] }),
  updateClause: () =>
    segment.updateClause({
      ruleId: RULE,
      clauseId: CLAUSE,
      clause: clause({ attribute: "email", op: "endsWith", values: [".edu", ".ac.uk"] }),
    }),
  addValuesToClause: () => segment.addValuesToClause({ ruleId: RULE, clauseId: CLAUSE, values: [".ac.uk"] }),
  removeValuesFromClause: () => segment.removeValuesFromClause({ ruleId: RULE, clauseId: CLAUSE, values: [".edu"] }),
  updateRuleDescription: () => segment.updateRuleDescription({ ruleId: RULE, description: "University students (all countries)" }),
  updateRuleRolloutAndContextKind: () => segment.updateRuleRolloutAndContextKind({ ruleId: RULE_2, weight: 20000, contextKind: "device" }),
  addBigSegmentIncludedTargets: () => segment.addBigSegmentIncludedTargets({ values: ["device-key-123abc", "device-key-456def"] }),
  addBigSegmentExcludedTargets: () => segment.addBigSegmentExcludedTargets({ values: ["device-key-789ghi"] }),
  removeBigSegmentIncludedTargets: () => segment.removeBigSegmentIncludedTargets({ values: ["device-key-123abc"] }),
  removeBigSegmentExcludedTargets: () => segment.removeBigSegmentExcludedTargets({ values: ["device-key-789ghi"] }),
  processBigSegmentImport: () => segment.processBigSegmentImport({ importId: "1b3c5d7e-9f10-4a2b-8c4d-6e8f0a1b2c3d" }),
};

const expiringTargetCases: { [K in keyof typeof segmentExpiringTargets]: () => ReturnType<(typeof segmentExpiringTargets)[K]> } = {
  addExpiringTarget: () =>
    segmentExpiringTargets.addExpiringTarget({
      targetType: "included",
      contextKey: "user-key-123abc",
      contextKind: "user",
      value: AUG_2025,
    }),
  updateExpiringTarget: () =>
    segmentExpiringTargets.updateExpiringTarget({
      targetType: "included",
      contextKey: "user-key-123abc",
      contextKind: "user",
      value: AUG_2025 + 86_400_000,
      version: 1,
    }),
  removeExpiringTarget: () =>
    segmentExpiringTargets.removeExpiringTarget({ targetType: "excluded", contextKey: "org-key-456def", contextKind: "org" }),
};

const expiringUserTargetCases: {
  [K in keyof typeof segmentExpiringUserTargets]: () => ReturnType<(typeof segmentExpiringUserTargets)[K]>;
} = {
  addExpireUserTargetDate: () =>
    segmentExpiringUserTargets.addExpireUserTargetDate({ targetType: "included", userKey: "user-key-123abc", value: AUG_2025 }),
  updateExpireUserTargetDate: () =>
    segmentExpiringUserTargets.updateExpireUserTargetDate({
      targetType: "included",
      userKey: "user-key-123abc",
      value: AUG_2025 + 86_400_000,
      version: 7,
    }),
  removeExpireUserTargetDate: () =>
    segmentExpiringUserTargets.removeExpireUserTargetDate({ targetType: "excluded", userKey: "user-key-456def" }),
};

const userFlagCases: { [K in keyof typeof userExpiringFlags]: () => ReturnType<(typeof userExpiringFlags)[K]> } = {
  addExpireUserTargetDate: () =>
    userExpiringFlags.addExpireUserTargetDate({ flagKey: "sort.order", variationId: VARIATION, value: AUG_2025 }),
  updateExpireUserTargetDate: () =>
    userExpiringFlags.updateExpireUserTargetDate({
      flagKey: "sort.order",
      variationId: VARIATION,
      value: AUG_2025 + 86_400_000,
      version: 1,
    }),
  removeExpireUserTargetDate: () => userExpiringFlags.removeExpireUserTargetDate({ flagKey: "alternate.page", variationId: VARIATION }),
};

const P = { projectKey: "default", environmentKey: "production" };

/** Sends one body through the client; returns the exchange. */
async function send(op: OperationId, body: unknown): Promise<Exchange> {
  const { client, rec } = makeClient();
  switch (op) {
    case "patchSegment":
      await client.patchSegment({ ...P, segmentKey: "beta-users", body: body as never });
      break;
    case "patchExpiringTargetsForSegment":
      await client.patchExpiringTargetsForSegment({ ...P, segmentKey: "beta-users", body: body as never });
      break;
    case "patchExpiringUserTargetsForSegment":
      await client.patchExpiringUserTargetsForSegment({ ...P, segmentKey: "beta-users", body: body as never });
      break;
    case "patchExpiringFlagsForUser":
      await client.patchExpiringFlagsForUser({ ...P, userKey: "Abbie_Braun", body: body as never });
      break;
    default:
      throw new Error(`no builder sends to ${op}`);
  }
  return rec.last();
}

function expectSent(ex: Exchange, op: OperationId, body: unknown, contentType = SEMANTIC_PATCH_MEDIA_TYPE): void {
  expectAccepted(ex, op);
  expect(ex.status).toBe(200);
  expect(ex.requestHeaders["content-type"]).toBe(contentType);
  expect(ex.requestBody).toEqual(body);
}

const namespaces = {
  segment: {
    op: "patchSegment" as const,
    cases: segmentCases as Record<string, () => unknown>,
    body: (instruction: unknown) =>
      validateSegmentPatch({ environmentKey: "production", instructions: [instruction as never], comment: "ldkit contract suite" }),
  },
  segmentExpiringTargets: {
    op: "patchExpiringTargetsForSegment" as const,
    cases: expiringTargetCases as Record<string, () => unknown>,
    body: (instruction: unknown) =>
      validateSegmentExpiringTargetsPatch({ instructions: [instruction as never], comment: "ldkit contract suite" }),
  },
  segmentExpiringUserTargets: {
    op: "patchExpiringUserTargetsForSegment" as const,
    cases: expiringUserTargetCases as Record<string, () => unknown>,
    body: (instruction: unknown) =>
      validateSegmentExpiringUserTargetsPatch({ instructions: [instruction as never], comment: "ldkit contract suite" }),
  },
  userExpiringFlags: {
    op: "patchExpiringFlagsForUser" as const,
    cases: userFlagCases as Record<string, () => unknown>,
    body: (instruction: unknown) =>
      validateUserExpiringFlagsPatch({ instructions: [instruction as never], comment: "ldkit contract suite" }),
  },
};

describe("the builders cover the spec's instruction kinds", () => {
  it("has one builder per kind in each namespace, and a case for each", () => {
    const spec = instructionKinds();
    const builders = { segment, segmentExpiringTargets, segmentExpiringUserTargets, userExpiringFlags };
    for (const [ns, { op, kinds }] of Object.entries(spec)) {
      const name = ns as keyof typeof namespaces;
      expect(namespaces[name].op).toBe(op);
      expect(Object.keys(builders[name]).sort(), `${ns} builders`).toEqual([...kinds].sort());
      expect(Object.keys(namespaces[name].cases).sort(), `${ns} cases`).toEqual([...kinds].sort());
    }
    expect(Object.values(spec).reduce((n, v) => n + v.kinds.length, 0)).toBe(35);
  });
});

for (const [ns, { op, cases, body }] of Object.entries(namespaces)) {
  describe(`${ns} builders → ${op}`, () => {
    for (const [kind, build] of Object.entries(cases)) {
      it(`${kind}: builds { kind: "${kind}" } and Prism accepts it`, async (ctx) => {
        skipFor(ctx, prismOnlyReason());
        const instruction = build() as { kind: string };
        expect(instruction.kind).toBe(kind);
        const patch = body(instruction);
        expectSent(await send(op, patch), op, patch);
      });
    }
  });
}

describe("fluent body builders", () => {
  it("segmentPatch chains several kinds into one accepted patch", async (ctx) => {
    skipFor(ctx, prismOnlyReason());
    const patch = segmentPatch("production")
      .addIncludedTargets({ contextKind: "org", values: ["org-key-123abc"] })
      .addRule({ clauses: [clause({ attribute: "email", op: "endsWith", values: [".edu"] })], description: "University students" })
      .updateRuleRolloutAndContextKind({ ruleId: RULE_2, weight: 50000, contextKind: "user" })
      .comment("Pilot customers and students")
      .build();
    expect(patch.instructions.map((i) => i.kind)).toEqual(["addIncludedTargets", "addRule", "updateRuleRolloutAndContextKind"]);
    expectSent(await send("patchSegment", patch), "patchSegment", patch);
  });

  for (const [op, patch] of [
    [
      "patchExpiringTargetsForSegment",
      segmentExpiringTargetsPatch()
        .addExpiringTarget({ targetType: "included", contextKey: "user-key-123abc", contextKind: "user", value: AUG_2025 })
        .comment("Pilot ends")
        .build(),
    ],
    [
      "patchExpiringUserTargetsForSegment",
      segmentExpiringUserTargetsPatch().removeExpireUserTargetDate({ targetType: "included", userKey: "user-key-123abc" }).build(),
    ],
    [
      "patchExpiringFlagsForUser",
      userExpiringFlagsPatch().addExpireUserTargetDate({ flagKey: "sort.order", variationId: VARIATION, value: AUG_2025 }).build(),
    ],
  ] as const) {
    it(`the ${op} fluent builder's body is accepted`, async (ctx) => {
      skipFor(ctx, prismOnlyReason());
      expectSent(await send(op, patch), op, patch);
    });
  }

  it("chunkSegmentPatch splits 3001 target keys into patches Prism accepts (≤ 1500 keys per instruction)", async (ctx) => {
    skipFor(ctx, prismOnlyReason());
    const values = Array.from({ length: 3001 }, (_, i) => `device-key-${i}`);
    const patches = chunkSegmentPatch({
      environmentKey: "production",
      instructions: [
        segment.addBigSegmentIncludedTargets({ values: values.slice(0, 1500) }),
        { kind: "addBigSegmentIncludedTargets", values: values.slice(1500) },
      ],
    });
    expect(patches.flatMap((p) => p.instructions.flatMap((i) => (i as { values: string[] }).values))).toEqual(values);
    for (const patch of patches) expectSent(await send("patchSegment", patch), "patchSegment", patch);
  });
});

describe("JSON Patch and merge patch helpers → patchSegment (application/json)", () => {
  it("a bare JSON Patch of every op is accepted", async (ctx) => {
    skipFor(ctx, prismOnlyReason());
    const patch = [
      jsonPatch.testVersion(7),
      jsonPatch.test("/name", "Beta users"),
      jsonPatch.replace("/description", "New description for this segment"),
      jsonPatch.add("/tags/0", "example"),
      jsonPatch.remove("/rules/1"),
      jsonPatch.move("/rules/0", "/rules/1"),
      jsonPatch.copy("/included/0", "/excluded/-"),
    ];
    expectSent(await send("patchSegment", patch), "patchSegment", patch, JSON_MEDIA_TYPE);
  });

  it("a JSON Patch with a comment is accepted", async (ctx) => {
    skipFor(ctx, prismOnlyReason());
    const patch = validatePatchWithComment({
      comment: "Describe the segment and tag it",
      patch: [jsonPatch.replace(["description"], "Customers in the beta"), jsonPatch.add(["tags", "-"], "beta")],
    });
    expectSent(await send("patchSegment", patch), "patchSegment", patch, JSON_MEDIA_TYPE);
  });

  it("a JSON merge patch is accepted", async (ctx) => {
    skipFor(ctx, prismOnlyReason());
    const patch = validateSegmentMergePatch({
      description: "Customers enrolled in the beta program",
      tags: ["beta", "early-access"],
      includedContexts: [{ contextKind: "org", values: ["org-key-123abc"] }],
      rules: [{ clauses: [clause({ attribute: "email", op: "endsWith", values: [".edu"] })], description: "University students" }],
    });
    expectSent(await send("patchSegment", patch), "patchSegment", patch, JSON_MEDIA_TYPE);
  });
});
