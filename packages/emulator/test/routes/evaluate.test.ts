import { BadRequestError } from "@ldkit/client";
import { afterEach, describe, expect, it } from "vitest";
import { harness, prod, type Harness } from "../support/harness.js";

let h: Harness;
afterEach(() => expect(h.violations).toEqual([]));

const seeded = () =>
  harness({
    segments: [
      { key: "orgs", name: "Orgs", includedContexts: [{ contextKind: "org", values: ["org-1"] }], excluded: ["blocked"] },
      { key: "staff", name: "Staff", rules: [{ clauses: [{ attribute: "email", op: "endsWith", values: ["@example.com"] }] }] },
      { key: "nested", name: "Nested", rules: [{ clauses: [{ attribute: "", op: "segmentMatch", values: ["staff"] }] }] },
      { key: "big", name: "Big", unbounded: true, bigTargets: { included: ["user-9"] } },
    ],
  });

function byKey<T extends { key?: string }>(items: T[]): Record<string, T> {
  return Object.fromEntries(items.map((i) => [i.key ?? "", i]));
}

describe("getContextInstanceSegmentsMembershipByEnv", () => {
  it("decides membership with @ldkit/evaluator: targets, rules, nested segmentMatch, big segments", async () => {
    h = seeded();
    const { items } = await h.client.getContextInstanceSegmentsMembershipByEnv({
      ...prod,
      body: { kind: "multi", user: { key: "user-9", email: "ann@example.com" }, org: { key: "org-1" } },
    });
    const m = byKey(items);
    expect(m.orgs).toMatchObject({ isMember: true, isIndividuallyTargeted: true, isRuleTargeted: false });
    expect(m.staff).toMatchObject({ isMember: true, isIndividuallyTargeted: false, isRuleTargeted: true });
    expect(m.nested).toMatchObject({ isMember: true, isRuleTargeted: true });
    expect(m.big).toMatchObject({ isMember: true, unbounded: true });
  });

  it("non-members, and an exclusion", async () => {
    h = seeded();
    const { items } = await h.client.getContextInstanceSegmentsMembershipByEnv({
      ...prod,
      body: { kind: "user", key: "blocked", email: "x@other.org" },
    });
    expect(items.filter((i) => i.isMember)).toEqual([]);
    expect(byKey(items).orgs).toMatchObject({ isMember: false });
  });

  it("follows patches (state, not examples)", async () => {
    h = seeded();
    const before = byKey((await h.client.getContextInstanceSegmentsMembershipByEnv({ ...prod, body: { kind: "user", key: "new" } })).items);
    expect(before.orgs!.isMember).toBe(false);
    await h.client.patchSegment({
      ...prod,
      segmentKey: "orgs",
      body: { environmentKey: "production", instructions: [{ kind: "addIncludedUsers", values: ["new"] }] },
    });
    const after = byKey((await h.client.getContextInstanceSegmentsMembershipByEnv({ ...prod, body: { kind: "user", key: "new" } })).items);
    expect(after.orgs!.isMember).toBe(true);
  });

  it("400 for a context the spec rejects", async () => {
    h = seeded();
    const response = await h.fetch("/api/v2/projects/default/environments/production/segments/evaluate", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ key: "no-kind" }),
    });
    expect(response.status).toBe(400);
  });

  it("400 for a context the evaluator finds invalid", async () => {
    h = seeded();
    const error = await h.client.getContextInstanceSegmentsMembershipByEnv({ ...prod, body: { kind: "user" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
  });
});

describe("percentage rules", () => {
  it("are decided with the segment's own salt (kept out of the REST representation)", async () => {
    h = harness({
      segments: [
        { key: "all", rules: [{ weight: 100_000, bucketBy: "key", clauses: [{ attribute: "key", op: "startsWith", values: ["u"] }] }] },
        { key: "none", rules: [{ weight: 0, bucketBy: "key", clauses: [{ attribute: "key", op: "startsWith", values: ["u"] }] }] },
        { key: "half", rules: [{ weight: 50_000, bucketBy: "key", clauses: [{ attribute: "key", op: "startsWith", values: ["u"] }] }] },
      ],
    });
    let inHalf = 0;
    for (let i = 0; i < 40; i++) {
      const m = byKey((await h.client.getContextInstanceSegmentsMembershipByEnv({ ...prod, body: { kind: "user", key: `u${i}` } })).items);
      expect(m.all!.isMember).toBe(true);
      expect(m.none!.isMember).toBe(false);
      if (m.half!.isMember) inHalf++;
    }
    expect(inHalf).toBeGreaterThan(5);
    expect(inHalf).toBeLessThan(35);
    expect(await h.client.getSegment({ ...prod, segmentKey: "half" })).not.toHaveProperty("salt");
  });
});
