import { describe, expectTypeOf, it } from "vitest";
import { createClient, type OperationArgs, type OperationResult, type UserSegment, type SegmentSemanticPatch } from "../src/index.js";

const client = createClient({ apiKey: "k" });
const where = { projectKey: "p", environmentKey: "e", segmentKey: "s" } as const;

describe("correct use compiles", () => {
  it("returns typed data", () => {
    expectTypeOf(client.getSegment(where)).resolves.toEqualTypeOf<UserSegment>();
    expectTypeOf(client.deleteSegment(where)).resolves.toBeVoid();
    expectTypeOf(client.createBigSegmentImport).returns.resolves.toEqualTypeOf<{ location: string; id: string }>();
    expectTypeOf<OperationResult<"getSegments">>().toHaveProperty("items");
  });

  it("accepts all three patchSegment formats", () => {
    void client.patchSegment({ ...where, body: { environmentKey: "e", instructions: [{ kind: "addTags", values: ["a"] }] } });
    void client.patchSegment({ ...where, body: [{ op: "replace", path: "/name", value: "n" }] });
    void client.patchSegment({ ...where, body: { patch: [{ op: "test", path: "/version", value: 2 }], comment: "c" } });
    void client.patchSegment({ ...where, body: { description: "merge patch" } });
    void client.patchSegment({
      ...where,
      dryRun: true,
      format: "semantic",
      body: { environmentKey: "e", instructions: [{ kind: "removeRule", ruleId: "r" }] },
    });
    void client.patchSegment({ ...where, format: "json", body: [{ op: "remove", path: "/tags/0" }] });
  });

  it("takes query parameters and request options side by side", () => {
    void client.getSegments({
      projectKey: "p",
      environmentKey: "e",
      limit: 50,
      offset: 0,
      sort: "name",
      filter: "x",
      signal: AbortSignal.timeout(1),
      timeout: 5,
    });
    expectTypeOf<OperationArgs<"patchExpiringTargetsForSegment">>().toHaveProperty("allowPartial");
  });
});

describe("misuse fails to compile", () => {
  it("wrong body for the media type", () => {
    void client.patchSegment({
      ...where,
      format: "json",
      // @ts-expect-error a semantic body where JSON (Patch or merge patch) is demanded
      body: { environmentKey: "e", instructions: [{ kind: "addTags", values: ["a"] }] },
    });
    // @ts-expect-error a JSON Patch where a semantic patch is demanded
    void client.patchSegment({ ...where, format: "semantic", body: [{ op: "remove", path: "/x" }] });
    // @ts-expect-error JSON Patch on a semantic-only operation
    void client.patchExpiringTargetsForSegment({ ...where, body: [{ op: "remove", path: "/x" }] });
  });

  it("instruction of another operation", () => {
    // tsc reports this error at `body` or at the instruction, depending on its check order: both on one line
    const expiring = { kind: "addExpiringTarget", targetType: "included", contextKey: "u", contextKind: "user", value: 1 } as const;
    // @ts-expect-error addExpiringTarget belongs to patchExpiringTargetsForSegment
    void client.patchSegment({ ...where, body: { environmentKey: "e", instructions: [expiring] } });
    void client.patchExpiringFlagsForUser({
      projectKey: "p",
      environmentKey: "e",
      userKey: "u",
      // @ts-expect-error the segment variant takes targetType/userKey, the user variant flagKey/variationId
      body: { instructions: [{ kind: "removeExpireUserTargetDate", targetType: "included", userKey: "u" }] },
    });
  });

  it("unknown instruction field, unknown kind, missing instruction parameter", () => {
    const typo: SegmentSemanticPatch = {
      environmentKey: "e",
      // @ts-expect-error `contextKnd` is not a field of addIncludedTargets
      instructions: [{ kind: "addIncludedTargets", contextKnd: "org", values: ["a"] }],
    };
    // @ts-expect-error no such kind
    const unknownKind: SegmentSemanticPatch = { environmentKey: "e", instructions: [{ kind: "addTargets", values: ["a"] }] };
    // @ts-expect-error removeRule needs ruleId
    const missing: SegmentSemanticPatch = { environmentKey: "e", instructions: [{ kind: "removeRule" }] };
    // @ts-expect-error the semantic body requires environmentKey
    const noEnv: SegmentSemanticPatch = { instructions: [{ kind: "removeRule", ruleId: "r" }] };
    void [typo, unknownKind, missing, noEnv];
  });

  it("missing path parameter, wrong query type, unknown argument", () => {
    // @ts-expect-error segmentKey is required
    void client.getSegment({ projectKey: "p", environmentKey: "e" });
    // @ts-expect-error limit is a number
    void client.getSegments({ projectKey: "p", environmentKey: "e", limit: "50" });
    // @ts-expect-error no such parameter
    void client.getSegment({ ...where, segmnetKey: "x" });
    // @ts-expect-error allowPartial only exists where a 200 can carry errors
    void client.getSegment({ ...where, allowPartial: true });
    // @ts-expect-error body is required
    void client.postSegment({ projectKey: "p", environmentKey: "e" });
  });
});
