import { afterAll, expect } from "vitest";
import { makeClient } from "./support/client.js";
import { operationContract } from "./support/contract.js";
import { need, type Fixtures } from "./support/fixtures.js";
import { removeScratchSegment, scratchSegmentKey } from "./support/scratch.js";
import { target } from "./support/target.js";

/** Plain JSON, as the wire must show it (JSON Patch, merge patch, other JSON bodies). */
const JSON_MEDIA_TYPE = "application/json";

// Writes against a real server go to a big segment the suite creates (and deletes) itself.
const scratchKey = scratchSegmentKey("big", "enterprise-devices");
let scratchCreated = false;
afterAll(async () => {
  if (scratchCreated) await removeScratchSegment(makeClient().client, scratchKey);
});

async function ensureScratchBigSegment(fx: Fixtures): Promise<void> {
  if (target().mode === "prism" || scratchCreated) return;
  const { client } = makeClient();
  await client.postSegment({
    projectKey: fx.projectKey,
    environmentKey: fx.environmentKey,
    body: { name: "ldkit contract (big segment)", key: scratchKey, unbounded: true, unboundedContextKind: "user" },
  });
  scratchCreated = true;
}

const csv = () => new Blob(["user-key-123abc\nuser-key-456def\n"], { type: "text/csv" });

operationContract({
  op: "getSegmentMembershipForContext",
  needs: ["bigSegmentKey"],
  call: (client, fx, headers) =>
    client.getSegmentMembershipForContext({
      projectKey: fx.projectKey,
      environmentKey: fx.environmentKey,
      segmentKey: need(fx, "bigSegmentKey"),
      contextKey: fx.contextKey,
      headers,
    }),
  check: ({ data, prism }) => {
    expect(typeof data.included).toBe("boolean");
    if (prism) expect([data.userKey, data.included, data.excluded]).toEqual(["device-key-123abc", true, false]);
  },
});

operationContract({
  op: "getSegmentMembershipForUser",
  needs: ["bigSegmentKey"],
  call: (client, fx, headers) =>
    client.getSegmentMembershipForUser({
      projectKey: fx.projectKey,
      environmentKey: fx.environmentKey,
      segmentKey: need(fx, "bigSegmentKey"),
      userKey: "user-key-123abc",
      headers,
    }),
  check: ({ data, prism }) => {
    expect(typeof data.excluded).toBe("boolean");
    if (prism) expect([data.userKey, data.included, data.excluded]).toEqual(["user-key-123abc", false, true]);
  },
});

operationContract({
  op: "updateBigSegmentContextTargets",
  destructive: true,
  call: async (client, fx, headers) => {
    await ensureScratchBigSegment(fx);
    return client.updateBigSegmentContextTargets({
      projectKey: fx.projectKey,
      environmentKey: fx.environmentKey,
      segmentKey: scratchKey,
      body: {
        included: { add: ["device-key-123abc", "device-key-456def"], remove: ["device-key-789ghi"] },
        excluded: { add: ["device-key-789ghi"] },
      },
      headers,
    });
  },
  check: ({ ex }) => expect(ex.requestHeaders["content-type"]).toBe(JSON_MEDIA_TYPE),
});

operationContract({
  op: "updateBigSegmentTargets",
  destructive: true,
  call: async (client, fx, headers) => {
    await ensureScratchBigSegment(fx);
    return client.updateBigSegmentTargets({
      projectKey: fx.projectKey,
      environmentKey: fx.environmentKey,
      segmentKey: scratchKey,
      body: { included: { add: ["user-key-123abc", "user-key-456def"] }, excluded: { remove: ["user-key-456def"] } },
      headers,
    });
  },
  check: ({ ex }) =>
    expect(ex.requestBody).toEqual({
      included: { add: ["user-key-123abc", "user-key-456def"] },
      excluded: { remove: ["user-key-456def"] },
    }),
});

operationContract({
  op: "createBigSegmentExport",
  destructive: true,
  call: async (client, fx, headers) => {
    await ensureScratchBigSegment(fx);
    return client.createBigSegmentExport({ projectKey: fx.projectKey, environmentKey: fx.environmentKey, segmentKey: scratchKey, headers });
  },
  check: ({ data, ex, fx, prism }) => {
    expect(data.location).toBe(ex.headers.location);
    expect(data.location.endsWith(`/${data.id}`)).toBe(true);
    if (prism) expect(data.id).toBe("7c9e6679-7425-40de-944b-e07fc1f90ae7");
    else fx.exportId = data.id;
  },
});

operationContract({
  op: "getBigSegmentExport",
  needs: ["exportId"],
  call: (client, fx, headers) =>
    client.getBigSegmentExport({
      projectKey: fx.projectKey,
      environmentKey: fx.environmentKey,
      segmentKey: target().mode === "prism" ? "enterprise-devices" : scratchKey,
      exportID: need(fx, "exportId"),
      headers,
    }),
  check: ({ data, fx, prism }) => {
    expect(data.id).toBe(fx.exportId);
    if (!prism) return;
    expect(data.status).toBe("complete");
    expect(data._links.download?.href).toMatch(/\.csv$/);
  },
});

operationContract({
  op: "createBigSegmentImport",
  destructive: true,
  call: async (client, fx, headers) => {
    await ensureScratchBigSegment(fx);
    return client.createBigSegmentImport({
      projectKey: fx.projectKey,
      environmentKey: fx.environmentKey,
      segmentKey: scratchKey,
      body: { file: csv(), mode: "replace", waitOnApprovals: false },
      headers,
    });
  },
  check: ({ data, ex, fx, prism }) => {
    expect(ex.requestHeaders["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(data.location).toBe(ex.headers.location);
    expect(data.location.endsWith(`/${data.id}`)).toBe(true);
    if (prism) expect(data.id).toBe("1b3c5d7e-9f10-4a2b-8c4d-6e8f0a1b2c3d");
    else fx.importId = data.id;
  },
});

operationContract({
  op: "getBigSegmentImport",
  needs: ["importId"],
  call: (client, fx, headers) =>
    client.getBigSegmentImport({
      projectKey: fx.projectKey,
      environmentKey: fx.environmentKey,
      segmentKey: target().mode === "prism" ? "enterprise-devices" : scratchKey,
      importID: need(fx, "importId"),
      headers,
    }),
  check: ({ data, fx, prism }) => {
    expect(data.id).toBe(fx.importId);
    if (prism) expect([data.mode, data.status, data.files?.[0]?.filename]).toEqual(["replace", "complete", "enterprise-devices.csv"]);
  },
});
