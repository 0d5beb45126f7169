import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { createEmulator } from "../../src/index.js";
import { harness, prod, T0, type Harness } from "../support/harness.js";

let h: Harness;
afterEach(() => expect(h.violations).toEqual([]));

describe("snapshot / restore / reset", () => {
  it("round-trips through JSON, big segment targets included", async () => {
    h = harness({
      segments: [
        { key: "big", unbounded: true, bigTargets: { included: ["a", "b"], excluded: ["c"] } },
        { key: "beta", included: ["u"] },
      ],
    });
    await h.client.putFlagSetting({ ...prod, userKey: "ann", featureFlagKey: "sort.order", body: { setting: false } });
    const saved = JSON.parse(JSON.stringify(h.emulator.snapshot()));
    const other = createEmulator({ state: saved });
    expect(other.snapshot()).toEqual(saved);
    const response = await other.fetch("http://e/api/v2/segments/default/production/big/users/b", { headers: { authorization: "t" } });
    expect(await response.json()).toEqual({ userKey: "b", included: true, excluded: false });
  });

  it("restore replaces everything; reset goes back to the start", async () => {
    h = harness({ segments: [{ key: "beta" }] });
    const start = h.emulator.snapshot();
    await h.client.postSegment({ ...prod, body: { key: "new", name: "New" } });
    const withNew = h.emulator.snapshot();
    h.emulator.reset();
    expect(h.emulator.snapshot()).toEqual(start);
    h.emulator.restore(withNew);
    expect((await h.client.getSegments(prod)).items.map((s) => s.key)).toEqual(["beta", "new"]);
  });

  it("refuses a state that is not a snapshot", () => {
    h = harness();
    expect(() => h.emulator.restore({ projects: {} } as never)).toThrow(/snapshot/);
    expect(() => createEmulator({ state: null as never })).toThrow(/snapshot/);
  });

  it("the same seed gives the same ids", async () => {
    const ids = async () => {
      const emulator = createEmulator({ seed: 42, now: T0 });
      const init = {
        method: "PATCH",
        headers: { authorization: "t", "content-type": "application/json; domain-model=launchdarkly.semanticpatch" },
      };
      await emulator.fetch("http://e/api/v2/segments/default/production", {
        method: "POST",
        headers: { authorization: "t", "content-type": "application/json" },
        body: JSON.stringify({ key: "s", name: "S" }),
      });
      const r = await emulator.fetch("http://e/api/v2/segments/default/production/s", {
        ...init,
        body: JSON.stringify({
          environmentKey: "production",
          instructions: [{ kind: "addRule", clauses: [{ attribute: "email", op: "endsWith", values: ["@x.com"] }] }],
        }),
      });
      return ((await r.json()) as { rules: Array<{ _id: string }> }).rules[0]!._id;
    };
    expect(await ids()).toBe(await ids());
    h = harness();
  });
});

// A request that may or may not succeed; the property: after any sequence, every failed request
// left the state exactly as it was.
const requestArb = fc.oneof(
  fc.record({ kind: fc.constant("post"), key: fc.constantFrom("a", "b", "c", "bad key!", ""), name: fc.constantFrom("A", "", "Name") }),
  fc.record({
    kind: fc.constant("patch"),
    key: fc.constantFrom("a", "b", "missing"),
    body: fc.constantFrom<unknown>(
      { environmentKey: "production", instructions: [{ kind: "addIncludedUsers", values: ["u1"] }] },
      { environmentKey: "production", instructions: [{ kind: "addExcludedUsers", values: ["u1"] }] },
      {
        environmentKey: "production",
        instructions: [
          { kind: "updateName", value: "n" },
          { kind: "removeRule", ruleId: "nope" },
          { kind: "reorderRules", ruleIds: ["x"] },
        ],
      },
      { environmentKey: "production", instructions: [] },
      "{broken",
    ),
  }),
  fc.record({ kind: fc.constant("delete"), key: fc.constantFrom("a", "b", "missing") }),
  fc.record({
    kind: fc.constant("big"),
    body: fc.constantFrom<unknown>({ included: { add: ["k1"] } }, { excluded: { add: ["k1"] } }, { included: { add: [1] } }),
  }),
  fc.record({ kind: fc.constant("import"), csv: fc.constantFrom("k1\nk2\n", "", '"broken'), segment: fc.constantFrom("big", "a") }),
  fc.record({
    kind: fc.constant("read"),
    path: fc.constantFrom("/big/users/k1", "/big/contexts/k2", "/a/users/k1", "/big/exports/nope", "/big/imports/nope"),
  }),
);

describe("state is never corrupted by a failed request", () => {
  it("property: a non-2xx answer leaves the snapshot unchanged", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(requestArb, { maxLength: 12 }), async (requests) => {
        const emulator = createEmulator({ seed: 3, now: T0, segments: [{ key: "big", unbounded: true }] });
        const base = "http://e/api/v2/segments/default/production";
        for (const r of requests) {
          const before = JSON.stringify(emulator.snapshot());
          let response: Response;
          if (r.kind === "post") {
            response = await emulator.fetch(base, {
              method: "POST",
              headers: { authorization: "t", "content-type": "application/json" },
              body: JSON.stringify({ key: r.key, name: r.name }),
            });
          } else if (r.kind === "patch") {
            const body = typeof r.body === "string" ? r.body : JSON.stringify(r.body);
            response = await emulator.fetch(`${base}/${r.key}`, {
              method: "PATCH",
              headers: { authorization: "t", "content-type": "application/json; domain-model=launchdarkly.semanticpatch" },
              body,
            });
          } else if (r.kind === "delete") {
            response = await emulator.fetch(`${base}/${r.key}`, { method: "DELETE", headers: { authorization: "t" } });
          } else if (r.kind === "import") {
            const form = new FormData();
            form.set("file", new Blob([r.csv]), "k.csv");
            response = await emulator.fetch(`${base}/${r.segment}/imports`, {
              method: "POST",
              headers: { authorization: "t" },
              body: form,
            });
          } else if (r.kind === "read") {
            response = await emulator.fetch(`${base}${r.path}`, { headers: { authorization: "t" } });
            expect(JSON.stringify(emulator.snapshot())).toBe(before);
          } else {
            response = await emulator.fetch(`${base}/big/users`, {
              method: "POST",
              headers: { authorization: "t", "content-type": "application/json" },
              body: JSON.stringify(r.body),
            });
          }
          if (!response.ok) expect(JSON.stringify(emulator.snapshot())).toBe(before);
          expect(response.status).toBeLessThan(500);
        }
      }),
      { numRuns: 60 },
    );
    h = harness();
  });
});

describe("validateState", () => {
  it.each([
    ["a wrong format", { format: 2, projects: {} }, /format must be 1/],
    [
      "a project without environments",
      { format: 1, projects: { p: { key: "p", flags: {} } } },
      /projects\.p\.environments must be an object/,
    ],
    [
      "a segment under the wrong key",
      {
        format: 1,
        projects: { p: { key: "p", flags: {}, environments: { e: { key: "e", segments: { a: { segment: { key: "b" } } } } } } },
      },
      /segments\.a\.segment\.key must be "a"/,
    ],
  ])("names the first problem: %s", (_name, state, message) => {
    expect(() => createEmulator({ state: state as never })).toThrow(message);
    h = harness();
  });
});
