import { afterAll, expect } from "vitest";
import { SEMANTIC_PATCH_MEDIA_TYPE } from "@ldkit/client";
import { makeClient } from "./support/client.js";
import { operationContract } from "./support/contract.js";
import { need } from "./support/fixtures.js";
import { removeScratchSegment, scratchSegmentKey } from "./support/scratch.js";
import { target } from "./support/target.js";

// Patches against a real server go to a segment the suite creates (and deletes) itself.
const scratchKey = scratchSegmentKey("standard", "beta-users");
afterAll(async () => {
  await removeScratchSegment(makeClient().client, scratchKey);
});

async function ensureScratchSegment(fx: { projectKey: string; environmentKey: string }): Promise<void> {
  if (target().mode === "prism") return;
  const { client } = makeClient();
  await client
    .postSegment({
      projectKey: fx.projectKey,
      environmentKey: fx.environmentKey,
      body: { name: "ldkit contract (expiring targets)", key: scratchKey },
    })
    .catch(() => undefined);
  await client.patchSegment({
    projectKey: fx.projectKey,
    environmentKey: fx.environmentKey,
    segmentKey: scratchKey,
    body: {
      environmentKey: fx.environmentKey,
      instructions: [
        { kind: "addIncludedTargets", contextKind: "user", values: ["user-key-123abc"] },
        { kind: "addIncludedUsers", values: ["user-key-123abc"] },
      ],
    },
  });
}

const inOneYear = () => (target().mode === "prism" ? 1754092860000 : Date.now() + 365 * 24 * 3600 * 1000);

operationContract({
  op: "getExpiringTargetsForSegment",
  needs: ["segmentKey"],
  call: (client, fx, headers) =>
    client.getExpiringTargetsForSegment({
      projectKey: fx.projectKey,
      environmentKey: fx.environmentKey,
      segmentKey: need(fx, "segmentKey"),
      headers,
    }),
  check: ({ data, prism }) => {
    for (const t of data.items) expect(t.contextKey).not.toBe("");
    if (!prism) return;
    expect(data.items.map((t) => [t.contextKind, t.contextKey, t.targetType])).toEqual([
      ["user", "user-key-123abc", "included"],
      ["org", "org-key-456def", "excluded"],
    ]);
    expect(data.items[0]?._resourceId.kind).toBe("segment");
  },
});

operationContract({
  op: "patchExpiringTargetsForSegment",
  destructive: true,
  call: async (client, fx, headers) => {
    await ensureScratchSegment(fx);
    return client.patchExpiringTargetsForSegment({
      projectKey: fx.projectKey,
      environmentKey: fx.environmentKey,
      segmentKey: scratchKey,
      body: {
        comment: "Pilot ends on 2 August 2025",
        instructions: [
          { kind: "addExpiringTarget", targetType: "included", contextKey: "user-key-123abc", contextKind: "user", value: inOneYear() },
        ],
      },
      headers,
    });
  },
  check: ({ data, ex, prism }) => {
    expect(ex.requestHeaders["content-type"]).toBe(SEMANTIC_PATCH_MEDIA_TYPE);
    expect(data.errors).toEqual([]);
    expect(data.failedInstructions).toBe(0);
    if (prism) expect([data.totalInstructions, data.successfulInstructions]).toEqual([1, 1]);
  },
});

operationContract({
  op: "getExpiringUserTargetsForSegment",
  needs: ["segmentKey"],
  call: (client, fx, headers) =>
    client.getExpiringUserTargetsForSegment({
      projectKey: fx.projectKey,
      environmentKey: fx.environmentKey,
      segmentKey: need(fx, "segmentKey"),
      headers,
    }),
  check: ({ data, prism }) => {
    for (const t of data.items) expect(t.userKey).not.toBe("");
    if (prism)
      expect(data.items.map((t) => [t.userKey, t.targetType, t.expirationDate])).toEqual([["user-key-123abc", "included", 1754092860000]]);
  },
});

operationContract({
  op: "patchExpiringUserTargetsForSegment",
  destructive: true,
  call: async (client, fx, headers) => {
    await ensureScratchSegment(fx);
    return client.patchExpiringUserTargetsForSegment({
      projectKey: fx.projectKey,
      environmentKey: fx.environmentKey,
      segmentKey: scratchKey,
      body: {
        comment: "optional comment",
        instructions: [{ kind: "addExpireUserTargetDate", targetType: "included", userKey: "user-key-123abc", value: inOneYear() }],
      },
      headers,
    });
  },
  check: ({ data, ex, prism }) => {
    expect(ex.requestHeaders["content-type"]).toBe(SEMANTIC_PATCH_MEDIA_TYPE);
    expect(data.errors).toEqual([]);
    if (prism) expect(data.items[0]?.userKey).toBe("user-key-123abc");
  },
});
