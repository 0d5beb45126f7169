import { NotFoundError } from "@ldkit/client";
import { segmentExpiringTargetsPatch } from "@ldkit/semantic-patch";
import { afterEach, describe, expect, it } from "vitest";
import { harness, prod, T0, type Harness } from "../support/harness.js";

let h: Harness;
afterEach(() => expect(h.violations).toEqual([]));
const beta = { ...prod, segmentKey: "beta" };
const HOUR = 3600_000;

describe("expiring targets of a segment", () => {
  it("schedules, lists and removes the target when the clock passes its time", async () => {
    h = harness({ segments: [{ key: "beta", included: ["u-1"], includedContexts: [{ contextKind: "org", values: ["org-1"] }] }] });
    const patched = await h.client.patchExpiringTargetsForSegment({
      ...beta,
      body: segmentExpiringTargetsPatch()
        .addExpiringTarget({ targetType: "included", contextKind: "org", contextKey: "org-1", value: T0 + HOUR })
        .addExpiringTarget({ targetType: "included", contextKind: "user", contextKey: "u-1", value: T0 + 2 * HOUR })
        .build(),
    });
    expect(patched).toMatchObject({ totalInstructions: 2, successfulInstructions: 2, failedInstructions: 0, errors: [] });
    expect((await h.client.getExpiringUserTargetsForSegment(beta)).items).toEqual([
      expect.objectContaining({ userKey: "u-1", targetType: "included", expirationDate: T0 + 2 * HOUR, _version: 1 }),
    ]);
    h.emulator.clock.advance(HOUR);
    let segment = await h.client.getSegment(beta);
    expect(segment.includedContexts).toEqual([]);
    expect(segment.included).toEqual(["u-1"]);
    expect(segment.version).toBe(2);
    expect(segment.lastModifiedDate).toBe(T0 + HOUR);
    h.emulator.clock.advance(HOUR);
    segment = await h.client.getSegment(beta);
    expect(segment.included).toEqual([]);
    expect((await h.client.getExpiringTargetsForSegment(beta)).items).toEqual([]);
  });

  it("reports failed instructions in errors with a 200, applying the others", async () => {
    h = harness({ segments: [{ key: "beta", included: ["u-1"] }] });
    const patched = await h.client.patchExpiringTargetsForSegment({
      ...beta,
      allowPartial: true,
      body: {
        instructions: [
          { kind: "addExpiringTarget", targetType: "included", contextKind: "user", contextKey: "not-a-target", value: T0 + HOUR },
          { kind: "addExpiringTarget", targetType: "included", contextKind: "user", contextKey: "u-1", value: T0 + HOUR },
        ],
      },
    });
    expect(patched.failedInstructions).toBe(1);
    expect(patched.errors?.[0]).toMatchObject({ instructionIndex: 0 });
    expect(patched.items.map((i) => i.contextKey)).toEqual(["u-1"]);
  });

  it("updates with a version check and removes", async () => {
    h = harness({ segments: [{ key: "beta", included: ["u-1"] }] });
    const users = (body: Parameters<typeof h.client.patchExpiringUserTargetsForSegment>[0]["body"]) =>
      h.client.patchExpiringUserTargetsForSegment({ ...beta, allowPartial: true, body });
    await users({ instructions: [{ kind: "addExpireUserTargetDate", targetType: "included", userKey: "u-1", value: T0 + HOUR }] });
    const updated = await users({
      instructions: [{ kind: "updateExpireUserTargetDate", targetType: "included", userKey: "u-1", value: T0 + 3 * HOUR, version: 1 }],
    });
    expect(updated.items[0]).toMatchObject({ expirationDate: T0 + 3 * HOUR });
    const removed = await users({ instructions: [{ kind: "removeExpireUserTargetDate", targetType: "included", userKey: "u-1" }] });
    expect(removed.items).toEqual([]);
    h.emulator.clock.advance(4 * HOUR);
    expect((await h.client.getSegment(beta)).included).toEqual(["u-1"]);
  });

  it("404 for an unknown segment", async () => {
    h = harness();
    await expect(h.client.getExpiringTargetsForSegment(beta)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("expiring flag targets of a user", () => {
  it("schedules the removal of a user's individual targeting, which the clock carries out", async () => {
    h = harness();
    const where = { ...prod, userKey: "ann" };
    await h.client.putFlagSetting({ ...where, featureFlagKey: "sort.order", body: { setting: false } });
    const flagVariation = h.emulator.snapshot().projects.default!.flags["sort.order"]!.variations[1]!._id;
    const patched = await h.client.patchExpiringFlagsForUser({
      ...where,
      body: { instructions: [{ kind: "addExpireUserTargetDate", flagKey: "sort.order", variationId: flagVariation, value: T0 + HOUR }] },
    });
    expect(patched.items).toEqual([
      expect.objectContaining({
        userKey: "ann",
        variationId: flagVariation,
        _resourceId: expect.objectContaining({ flagKey: "sort.order" }),
      }),
    ]);
    expect((await h.client.getExpiringFlagsForUser(where)).items).toHaveLength(1);
    h.emulator.clock.advance(HOUR);
    expect(await h.client.getUserFlagSetting({ ...where, featureFlagKey: "sort.order" })).toMatchObject({ setting: null, _value: true });
    expect((await h.client.getExpiringFlagsForUser(where)).items).toEqual([]);
  });

  it("refuses a schedule for a user who is not targeted with that variation", async () => {
    h = harness();
    const patched = await h.client.patchExpiringFlagsForUser({
      ...prod,
      userKey: "ann",
      allowPartial: true,
      body: { instructions: [{ kind: "addExpireUserTargetDate", flagKey: "sort.order", variationId: "nope", value: T0 + HOUR }] },
    });
    expect(patched.failedInstructions).toBe(1);
  });
});
