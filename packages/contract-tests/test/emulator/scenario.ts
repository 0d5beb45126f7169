/**
 * The emulator scenario: the jobs ldkit is for, driven with `@ldkit/client` against the stateful
 * emulator — create → patch in three formats → list/filter/page → evaluate → expire → big segment
 * targets → import → export → delete. Each step checks what the previous ones did (state, not
 * examples). `defineEmulatorScenario` registers it against a client factory, so the same steps run
 * in process (`emulator.fetch`) and over a port.
 */
import { exportBigSegment, importBigSegment, NotFoundError, type LdkitClient } from "@ldkit/client";
import { createEmulator, type Emulator } from "@ldkit/emulator";
import { clause, jsonPatch, segmentExpiringTargetsPatch, segmentPatch } from "@ldkit/semantic-patch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const where = { projectKey: "default", environmentKey: "production" } as const;
const beta = { ...where, segmentKey: "beta-testers" };
const big = { ...where, segmentKey: "devices" };
const T0 = Date.parse("2026-03-01T00:00:00Z");
const DAY = 24 * 3600 * 1000;

/** How a scenario run reaches the emulator. */
export type Connect = (emulator: Emulator) => Promise<{ client: LdkitClient; close(): Promise<void> }>;

/** Registers the scenario under `name`, with a fresh emulator on a manual clock. */
export function defineEmulatorScenario(name: string, connect: Connect): void {
  describe(name, () => {
    const emulator = createEmulator({ seed: 14, now: T0, jobs: { stepMs: 100 } });
    let client: LdkitClient;
    let close: () => Promise<void>;
    beforeAll(async () => {
      ({ client, close } = await connect(emulator));
    });
    afterAll(async () => {
      await close();
      await emulator.close();
    });

    it("creates segments, refusing a duplicate key", async () => {
      const created = await client.postSegment({ ...where, body: { key: "beta-testers", name: "Beta testers", tags: ["beta"] } });
      expect(created).toMatchObject({ key: "beta-testers", name: "Beta testers", version: 1, creationDate: T0 });
      await client.postSegment({
        ...where,
        body: { key: "devices", name: "Devices", unbounded: true, unboundedContextKind: "device", tags: ["big"] },
      });
      for (let i = 0; i < 5; i++) await client.postSegment({ ...where, body: { key: `filler-${i}`, name: `Filler ${i}` } });
      await expect(client.postSegment({ ...where, body: { key: "beta-testers", name: "Again" } })).rejects.toMatchObject({
        status: expect.any(Number),
      });
    });

    it("patches in three formats; dryRun stores nothing; a failing patch applies nothing", async () => {
      const semantic = await client.patchSegment({
        ...beta,
        body: segmentPatch("production")
          .addIncludedTargets({ contextKind: "org", values: ["org-acme"] })
          .addIncludedUsers({ values: ["ann"] })
          .addRule({ description: "Staff", clauses: [clause({ attribute: "email", op: "endsWith", values: ["@example.com"] })] })
          .build(),
      });
      expect(semantic.version).toBe(2);
      const json = await client.patchSegment({
        ...beta,
        body: [jsonPatch.test("/version", 2), jsonPatch.add("/description", "Pilot customers")],
      });
      expect(json).toMatchObject({ version: 3, description: "Pilot customers" });
      const merge = await client.patchSegment({ ...beta, body: { name: "Beta testers (pilot)" } });
      expect(merge).toMatchObject({ version: 4, name: "Beta testers (pilot)" });
      const dry = await client.patchSegment({ ...beta, dryRun: true, body: { name: "Not saved" } });
      expect(dry.version).toBe(5);
      await expect(
        client.patchSegment({
          ...beta,
          body: segmentPatch("production")
            .updateName({ value: "x" })
            .removeClauses({ ruleId: "nope", clauseIds: ["c"] })
            .build(),
        }),
      ).rejects.toMatchObject({ status: 400 });
      const now = await client.getSegment(beta);
      expect(now).toMatchObject({
        version: 4,
        name: "Beta testers (pilot)",
        included: ["ann"],
        includedContexts: [{ contextKind: "org", values: ["org-acme"] }],
      });
      expect(now.rules).toHaveLength(1);
    });

    it("lists with a filter, a sort and pages", async () => {
      const tagged = await client.getSegments({ ...where, filter: 'tags anyOf ["beta","big"]', sort: "name" });
      expect(tagged.items.map((s) => s.key)).toEqual(["beta-testers", "devices"]);
      expect(tagged.totalCount).toBe(2);
      const page1 = await client.getSegments({ ...where, sort: "name", limit: 3 });
      const page3 = await client.getSegments({ ...where, sort: "name", limit: 3, offset: 6 });
      expect(page1.totalCount).toBe(7);
      expect(page1._links?.next?.href).toContain("offset=3");
      expect(page3.items).toHaveLength(1);
      expect(page3._links?.next).toBeUndefined();
    });

    it("evaluates membership from the state", async () => {
      const { items } = await client.getContextInstanceSegmentsMembershipByEnv({
        ...where,
        body: { kind: "multi", user: { key: "bob", email: "bob@example.com" }, org: { key: "org-other" } },
      });
      expect(items.find((i) => i.key === "beta-testers")).toMatchObject({
        isMember: true,
        isRuleTargeted: true,
        isIndividuallyTargeted: false,
      });
      const outsider = await client.getContextInstanceSegmentsMembershipByEnv({
        ...where,
        body: { kind: "user", key: "zed", email: "zed@else.org" },
      });
      expect(outsider.items.filter((i) => i.isMember)).toEqual([]);
    });

    it("expires a target when the clock passes its date", async () => {
      const scheduled = await client.patchExpiringTargetsForSegment({
        ...beta,
        body: segmentExpiringTargetsPatch()
          .addExpiringTarget({ targetType: "included", contextKind: "org", contextKey: "org-acme", value: T0 + DAY })
          .build(),
      });
      expect(scheduled).toMatchObject({ successfulInstructions: 1, failedInstructions: 0 });
      expect((await client.getExpiringTargetsForSegment(beta)).items).toHaveLength(1);
      emulator.clock.advance(DAY);
      const after = await client.getSegment(beta);
      expect(after.includedContexts).toEqual([]);
      expect(after.version).toBe(5);
      expect((await client.getExpiringTargetsForSegment(beta)).items).toEqual([]);
    });

    it("updates big segment targets and looks them up", async () => {
      await client.updateBigSegmentContextTargets({ ...big, body: { included: { add: ["d-1", "d-2"] }, excluded: { add: ["d-9"] } } });
      await client.updateBigSegmentTargets({ ...big, body: { included: { remove: ["d-2"] } } });
      expect(await client.getSegmentMembershipForContext({ ...big, contextKey: "d-1" })).toEqual({
        userKey: "d-1",
        included: true,
        excluded: false,
      });
      expect(await client.getSegmentMembershipForUser({ ...big, userKey: "d-9" })).toEqual({
        userKey: "d-9",
        included: false,
        excluded: true,
      });
      expect((await client.getSegment(big))._unboundedMetadata).toMatchObject({ includedCount: 1, excludedCount: 1 });
    });

    it("imports a CSV to complete (409 while it runs)", async () => {
      const started = await client.createBigSegmentImport({
        ...big,
        body: { file: new Blob(["key\nd-3\nd-4\n"], { type: "text/csv" }), mode: "merge" },
      });
      await expect(client.createBigSegmentImport({ ...big, body: { file: new Blob(["d-5\n"]), mode: "merge" } })).rejects.toMatchObject({
        status: 409,
      });
      expect((await client.getBigSegmentImport({ ...big, importID: started.id })).status).toBe("preparing");
      emulator.clock.advance(100);
      expect((await client.getBigSegmentImport({ ...big, importID: started.id })).status).toBe("in_progress");
      emulator.clock.advance(100);
      expect((await client.getBigSegmentImport({ ...big, importID: started.id })).status).toBe("complete");
      expect(await client.getSegmentMembershipForContext({ ...big, contextKey: "d-4" })).toMatchObject({ included: true });
    });

    it("imports and exports through the client's helpers while the clock moves", async () => {
      const ticking = setInterval(() => emulator.clock.advance(100), 5);
      try {
        const imported = await importBigSegment(client, {
          ...big,
          csv: "d-5\nd-6\n",
          mode: "merge",
          pollIntervalMs: 10,
          timeoutMs: 10_000,
        });
        expect(imported.outcome).toBe("complete");
        const exported = await exportBigSegment(client, { ...big, download: true, pollIntervalMs: 10, timeoutMs: 10_000 });
        expect((await exported.response.text()).trim().split("\n").sort()).toEqual(["d-1", "d-3", "d-4", "d-5", "d-6"]);
      } finally {
        clearInterval(ticking);
      }
    });

    it("reads and sets user flag settings", async () => {
      await client.putFlagSetting({ ...where, userKey: "ann", featureFlagKey: "alternate.page", body: { setting: true } });
      const settings = await client.getUserFlagSettings({ ...where, userKey: "ann" });
      expect(settings.items["alternate.page"]).toMatchObject({ _value: true, setting: true });
      expect(settings.items["sort.order"]).toMatchObject({ setting: null });
    });

    it("deletes", async () => {
      await client.deleteSegment(beta);
      await expect(client.getSegment(beta)).rejects.toBeInstanceOf(NotFoundError);
      expect((await client.getSegments(where)).totalCount).toBe(6);
    });
  });
}
