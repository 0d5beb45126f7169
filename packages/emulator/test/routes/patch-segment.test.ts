import { BadRequestError, ConflictError } from "@ldkit/client";
import { clause, jsonPatch, segmentPatch } from "@ldkit/semantic-patch";
import { afterEach, describe, expect, it } from "vitest";
import { harness, prod, T0, type Harness } from "../support/harness.js";

let h: Harness;
afterEach(() => expect(h.violations).toEqual([]));
const beta = { ...prod, segmentKey: "beta" };

describe("patchSegment", () => {
  it("applies a semantic patch through the shared engine: targets, rule ids, version + 1", async () => {
    h = harness({ segments: [{ key: "beta", name: "Beta" }] });
    h.emulator.clock.advance(5000);
    const patched = await h.client.patchSegment({
      ...beta,
      body: segmentPatch("production")
        .addIncludedTargets({ contextKind: "org", values: ["org-1", "org-2"] })
        .addIncludedUsers({ values: ["user-1"] })
        .addRule({ description: "Employees", clauses: [clause({ attribute: "email", op: "endsWith", values: ["@example.com"] })] })
        .build(),
    });
    expect(patched.version).toBe(2);
    expect(patched.lastModifiedDate).toBe(T0 + 5000);
    expect(patched.includedContexts).toEqual([{ contextKind: "org", values: ["org-1", "org-2"] }]);
    expect(patched.included).toEqual(["user-1"]);
    expect(patched.rules).toHaveLength(1);
    expect(patched.rules[0]!._id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await h.client.getSegment(beta)).toEqual(patched);
  });

  it("applies a JSON Patch, bare and with a comment, and a merge patch", async () => {
    h = harness({ segments: [{ key: "beta", name: "Beta", tags: ["a"] }] });
    await h.client.patchSegment({ ...beta, body: [jsonPatch.add("/description", "first")] });
    await h.client.patchSegment({ ...beta, body: { comment: "c", patch: [jsonPatch.add("/tags/-", "b")] } });
    const merged = await h.client.patchSegment({ ...beta, body: { name: "Renamed" } });
    expect(merged).toMatchObject({ description: "first", tags: ["a", "b"], name: "Renamed", version: 4 });
  });

  it("dryRun returns the result and stores nothing", async () => {
    h = harness({ segments: [{ key: "beta", name: "Beta" }] });
    const preview = await h.client.patchSegment({ ...beta, dryRun: true, body: { name: "Would be" } });
    expect(preview).toMatchObject({ name: "Would be", version: 2 });
    expect(await h.client.getSegment(beta)).toMatchObject({ name: "Beta", version: 1 });
  });

  it("is all or nothing: one failing instruction applies none (400 naming it)", async () => {
    h = harness({ segments: [{ key: "beta", name: "Beta", excluded: ["user-1"] }] });
    const before = h.emulator.snapshot();
    const error = await h.client
      .patchSegment({
        ...beta,
        body: segmentPatch("production")
          .updateName({ value: "New" })
          .addIncludedUsers({ values: ["user-1"] })
          .build(),
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).apiMessage).toMatch(/instructions\[1\]/);
    expect(h.emulator.snapshot()).toEqual(before);
  });

  it("a failed JSON Patch test of /version is LaunchDarkly's optimistic-locking 409", async () => {
    h = harness({ segments: [{ key: "beta", name: "Beta" }] });
    const error = await h.client
      .patchSegment({ ...beta, body: [jsonPatch.testVersion(7), jsonPatch.replace("/name", "x")] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).code).toBe("optimistic_locking_error");
    expect((await h.client.getSegment(beta)).name).toBe("Beta");
  });

  it("400 for a JSON Patch through __proto__: nothing stored, no prototype touched", async () => {
    h = harness({ segments: [{ key: "beta", name: "Beta", rules: [{ clauses: [] }] }] });
    const before = h.emulator.snapshot();
    try {
      const error = await h.client
        .patchSegment({ ...beta, body: [jsonPatch.replace("/name", "x"), jsonPatch.add("/rules/0/__proto__/polluted", true)] })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BadRequestError);
      expect((error as BadRequestError).apiMessage).toContain('[1].path must not pass through "__proto__"');
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
      expect(h.emulator.snapshot()).toEqual(before);
    } finally {
      delete (Object.prototype as { polluted?: unknown }).polluted;
    }
  });

  it("400 when the semantic patch names another environment", async () => {
    h = harness({ segments: [{ key: "beta", name: "Beta" }] });
    const error = await h.client
      .patchSegment({ ...beta, body: segmentPatch("test").updateName({ value: "x" }).build() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
  });

  it("400 for a semantic patch sent as plain application/json (it is no merge patch)", async () => {
    h = harness({ segments: [{ key: "beta", name: "Beta" }] });
    const response = await h.fetch("/api/v2/segments/default/production/beta", {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ environmentKey: "production", instructions: [{ kind: "updateName", value: "x" }] }),
    });
    expect(response.status).toBe(400);
  });

  it("big segment instructions change the stored lists", async () => {
    h = harness({ segments: [{ key: "big", unbounded: true, bigTargets: { included: ["u-1"] } }] });
    await h.client.patchSegment({
      ...prod,
      segmentKey: "big",
      body: {
        environmentKey: "production",
        instructions: [
          { kind: "addBigSegmentIncludedTargets", values: ["u-2"] },
          { kind: "removeBigSegmentIncludedTargets", values: ["u-1"] },
        ],
      },
    });
    const m = (k: string) => h.client.getSegmentMembershipForContext({ ...prod, segmentKey: "big", contextKey: k });
    expect(await m("u-1")).toEqual({ userKey: "u-1", included: false, excluded: false });
    expect(await m("u-2")).toEqual({ userKey: "u-2", included: true, excluded: false });
  });

  it("removing a target drops its scheduled expiry", async () => {
    h = harness({ segments: [{ key: "beta", included: ["u-1"] }] });
    await h.client.patchExpiringTargetsForSegment({
      ...beta,
      body: {
        instructions: [{ kind: "addExpiringTarget", targetType: "included", contextKind: "user", contextKey: "u-1", value: T0 + 60_000 }],
      },
    });
    await h.client.patchSegment({
      ...beta,
      body: segmentPatch("production")
        .removeIncludedUsers({ values: ["u-1"] })
        .build(),
    });
    expect((await h.client.getExpiringTargetsForSegment(beta)).items).toEqual([]);
  });
});
