import { afterAll, describe, expect, it } from "vitest";
import { SEMANTIC_PATCH_MEDIA_TYPE } from "@ldkit/client";
import { makeClient } from "./support/client.js";
import { expectAccepted, operationContract, skipFor } from "./support/contract.js";
import { fixtures, need } from "./support/fixtures.js";
import { removeScratchSegment, scratchSegmentKey } from "./support/scratch.js";
import { responseExample, schemaProblems, responseSchema } from "./support/spec.js";
import { destructiveReason, target } from "./support/target.js";

/** Plain JSON, as the wire must show it (JSON Patch, merge patch, other JSON bodies). */
const JSON_MEDIA_TYPE = "application/json";

// Against a real server the create/patch/delete cases work on a segment the suite creates itself.
const scratchKey = scratchSegmentKey("standard", "beta-users");

afterAll(async () => {
  await removeScratchSegment(makeClient().client, scratchKey);
});

operationContract({
  op: "getSegments",
  call: (client, fx, headers) =>
    client.getSegments({
      projectKey: fx.projectKey,
      environmentKey: fx.environmentKey,
      limit: 20,
      offset: 0,
      sort: "-name,creationDate",
      filter: 'tags anyOf ["enterprise", "beta"],query equals "toggle"',
      headers,
    }),
  check: ({ data, ex, prism }) => {
    // The spec: "the `[` in `tags anyOf [...]` is sent as `%5B`".
    expect(new URL(ex.url).search).toContain("filter=tags%20anyOf%20%5B%22enterprise%22%2C%20%22beta%22%5D");
    const query = new URL(ex.url).searchParams;
    expect(query.get("limit")).toBe("20");
    expect(query.get("filter")).toBe('tags anyOf ["enterprise", "beta"],query equals "toggle"');
    if (!prism) return;
    expect(data.items.map((s) => s.key)).toEqual(["beta-users", "enterprise-devices"]);
    expect(data.items[1]?.unbounded).toBe(true);
    expect(data.items[1]?._unboundedMetadata?.includedCount).toBe(48210);
    expect(data.totalCount).toBe(2);
  },
});

operationContract({
  op: "postSegment",
  destructive: true,
  call: (client, fx, headers) =>
    client.postSegment({
      projectKey: fx.projectKey,
      environmentKey: fx.environmentKey,
      body: { name: "Beta users", key: scratchKey, description: "Customers enrolled in the beta program", tags: ["beta"] },
      headers,
    }),
  check: ({ data, ex, prism }) => {
    expect(ex.requestHeaders["content-type"]).toBe(JSON_MEDIA_TYPE);
    expect(data.key).toBe(scratchKey);
    expect(data.tags).toEqual(["beta"]);
    if (prism) expect(data.version).toBe(1);
  },
});

operationContract({
  op: "getSegment",
  needs: ["segmentKey"],
  call: (client, fx, headers) =>
    client.getSegment({ projectKey: fx.projectKey, environmentKey: fx.environmentKey, segmentKey: need(fx, "segmentKey"), headers }),
  check: ({ data, fx, prism }) => {
    expect(data.key).toBe(fx.segmentKey);
    if (!prism) return;
    expect(data.rules[1]?.weight).toBe(20000);
    expect(data.rules[0]?.clauses[0]?.op).toBe("endsWith");
    expect(data.includedContexts?.[0]?.values).toEqual(["org-key-123abc", "org-key-456def"]);
  },
});

operationContract({
  op: "patchSegment",
  destructive: true,
  call: (client, fx, headers) =>
    client.patchSegment({
      projectKey: fx.projectKey,
      environmentKey: fx.environmentKey,
      segmentKey: scratchKey,
      body: {
        environmentKey: fx.environmentKey,
        comment: "Add the pilot customers",
        instructions: [{ kind: "addIncludedTargets", contextKind: "org", values: ["org-key-123abc", "org-key-456def"] }],
      },
      headers,
    }),
  check: ({ data, ex }) => {
    expect(ex.requestHeaders["content-type"]).toBe(SEMANTIC_PATCH_MEDIA_TYPE);
    expect(data.key).toBe(scratchKey);
  },
});

describe("patchSegment body formats", () => {
  const formats = [
    {
      name: "bare JSON Patch",
      contentType: JSON_MEDIA_TYPE,
      body: [
        { op: "replace" as const, path: "/description", value: "New description for this segment" },
        { op: "add" as const, path: "/tags/0", value: "example" },
      ],
    },
    {
      name: "JSON Patch with a comment",
      contentType: JSON_MEDIA_TYPE,
      body: {
        comment: "Describe the segment and tag it",
        patch: [{ op: "replace" as const, path: "/name", value: "Beta users (pilot)" }],
      },
    },
    {
      name: "JSON merge patch",
      contentType: JSON_MEDIA_TYPE,
      body: { description: "Customers enrolled in the beta program", tags: ["beta", "early-access"] },
    },
    {
      name: "semantic patch with dryRun=true",
      contentType: SEMANTIC_PATCH_MEDIA_TYPE,
      dryRun: true,
      body: {
        environmentKey: "production",
        instructions: [
          {
            kind: "addRule" as const,
            description: "Targeting rule for LaunchDarkly employees",
            clauses: [{ attribute: "email", op: "contains" as const, negate: false, values: ["@launchdarkly.com"] }],
          },
          { kind: "updateName" as const, value: "Beta users and employees" },
        ],
      },
    },
  ];
  for (const f of formats) {
    it(`${f.name} goes out as ${f.contentType} and is accepted`, async (ctx) => {
      skipFor(ctx, destructiveReason());
      const { client, rec } = makeClient();
      const fx = await fixtures(client);
      const body = "environmentKey" in f.body ? { ...f.body, environmentKey: fx.environmentKey } : f.body;
      const data = await client.patchSegment({
        projectKey: fx.projectKey,
        environmentKey: fx.environmentKey,
        segmentKey: scratchKey,
        ...(f.dryRun ? { dryRun: true } : {}),
        body,
      });
      const ex = rec.last();
      expectAccepted(ex, "patchSegment");
      expect(ex.requestHeaders["content-type"]).toBe(f.contentType);
      expect(ex.requestBody).toEqual(body);
      if (f.dryRun) expect(new URL(ex.url).searchParams.get("dryRun")).toBe("true");
      expect(schemaProblems(data, responseSchema("patchSegment", 200))).toEqual([]);
      expect(data.key).toBe(scratchKey);
    });
  }
});

operationContract({
  op: "deleteSegment",
  destructive: true,
  call: (client, fx, headers) =>
    client.deleteSegment({ projectKey: fx.projectKey, environmentKey: fx.environmentKey, segmentKey: scratchKey, headers }),
  check: ({ ex }) => {
    expect(ex.method).toBe("DELETE");
    expect(new URL(ex.url).pathname).toBe(`/api/v2/segments/${target().projectKey}/${target().environmentKey}/${scratchKey}`);
  },
});

operationContract({
  op: "getContextInstanceSegmentsMembershipByEnv",
  call: (client, fx, headers) =>
    client.getContextInstanceSegmentsMembershipByEnv({
      projectKey: fx.projectKey,
      environmentKey: fx.environmentKey,
      body: {
        kind: "user",
        key: "context-key-123abc",
        name: "Sandy",
        jobFunction: "doctor",
        address: { city: "Springfield", street: "123 Main Street" },
      },
      headers,
    }),
  check: ({ data, prism }) => {
    for (const m of data.items) expect(typeof m.isMember).toBe("boolean");
    if (!prism) return;
    expect(data.items.map((m) => [m.key, m.isMember, m.isIndividuallyTargeted])).toEqual([
      ["beta-users", true, true],
      ["enterprise-devices", false, false],
    ]);
  },
});

describe("getContextInstanceSegmentsMembershipByEnv with a multi-kind context", () => {
  it("is accepted", async () => {
    const { client, rec } = makeClient();
    const fx = await fixtures(client);
    const data = await client.getContextInstanceSegmentsMembershipByEnv({
      projectKey: fx.projectKey,
      environmentKey: fx.environmentKey,
      body: {
        kind: "multi",
        user: { key: "context-key-123abc", name: "Sandy" },
        org: { key: "org-key-123abc", name: "Springfield Clinic" },
      },
    });
    expectAccepted(rec.last(), "getContextInstanceSegmentsMembershipByEnv");
    if (target().mode === "prism") expect(data).toEqual(responseExample("getContextInstanceSegmentsMembershipByEnv", 200));
  });
});
