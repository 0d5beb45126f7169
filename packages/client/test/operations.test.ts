import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createClient, type LdkitClient, type OperationId } from "../src/index.js";
import { operationMetadata } from "../src/generated/operation-metadata.gen.js";
import { startRecordingServer, type RecordingServer, type ScriptedResponse } from "./support/recording-server.js";

const TOKEN = "api-0123456789abcdef";
const SEMANTIC = "application/json; domain-model=launchdarkly.semanticpatch";

interface WireCase {
  call: (c: LdkitClient) => Promise<unknown>;
  method: string;
  path: string;
  query?: Record<string, string>;
  contentType?: string;
  body?: unknown;
  respond?: ScriptedResponse;
}

const segmentSemantic = {
  environmentKey: "production",
  comment: "add beta orgs",
  instructions: [{ kind: "addIncludedTargets" as const, contextKind: "org", values: ["org-1", "org-2"] }],
};

/** One row per operation: the call, and exactly what must go over the wire. */
const cases: Record<OperationId, WireCase> = {
  getSegments: {
    call: (c) =>
      c.getSegments({
        projectKey: "default",
        environmentKey: "production",
        limit: 50,
        offset: 100,
        sort: "-name",
        filter: 'tags anyOf ["beta"]',
      }),
    method: "GET",
    path: "/api/v2/segments/default/production",
    query: { limit: "50", offset: "100", sort: "-name", filter: 'tags anyOf ["beta"]' },
    respond: { status: 200, body: { items: [], _links: {}, totalCount: 0 } },
  },
  postSegment: {
    call: (c) => c.postSegment({ projectKey: "default", environmentKey: "production", body: { name: "Beta", key: "beta", tags: ["t"] } }),
    method: "POST",
    path: "/api/v2/segments/default/production",
    contentType: "application/json",
    body: { name: "Beta", key: "beta", tags: ["t"] },
    respond: { status: 201, body: { key: "beta" } },
  },
  getSegment: {
    call: (c) => c.getSegment({ projectKey: "default", environmentKey: "production", segmentKey: "beta" }),
    method: "GET",
    path: "/api/v2/segments/default/production/beta",
  },
  patchSegment: {
    call: (c) =>
      c.patchSegment({ projectKey: "default", environmentKey: "production", segmentKey: "beta", dryRun: true, body: segmentSemantic }),
    method: "PATCH",
    path: "/api/v2/segments/default/production/beta",
    query: { dryRun: "true" },
    contentType: SEMANTIC,
    body: segmentSemantic,
  },
  deleteSegment: {
    call: (c) => c.deleteSegment({ projectKey: "default", environmentKey: "production", segmentKey: "beta" }),
    method: "DELETE",
    path: "/api/v2/segments/default/production/beta",
    respond: { status: 204 },
  },
  getContextInstanceSegmentsMembershipByEnv: {
    call: (c) =>
      c.getContextInstanceSegmentsMembershipByEnv({
        projectKey: "default",
        environmentKey: "production",
        body: { kind: "user", key: "u-1", name: "Sandy" },
      }),
    method: "POST",
    path: "/api/v2/projects/default/environments/production/segments/evaluate",
    contentType: "application/json",
    body: { kind: "user", key: "u-1", name: "Sandy" },
  },
  getExpiringTargetsForSegment: {
    call: (c) => c.getExpiringTargetsForSegment({ projectKey: "default", environmentKey: "production", segmentKey: "beta" }),
    method: "GET",
    path: "/api/v2/segments/default/beta/expiring-targets/production",
  },
  patchExpiringTargetsForSegment: {
    call: (c) =>
      c.patchExpiringTargetsForSegment({
        projectKey: "default",
        environmentKey: "production",
        segmentKey: "beta",
        body: {
          instructions: [
            { kind: "addExpiringTarget", targetType: "included", contextKey: "u-1", contextKind: "user", value: 1754092860000 },
          ],
        },
      }),
    method: "PATCH",
    path: "/api/v2/segments/default/beta/expiring-targets/production",
    contentType: SEMANTIC,
    body: {
      instructions: [{ kind: "addExpiringTarget", targetType: "included", contextKey: "u-1", contextKind: "user", value: 1754092860000 }],
    },
    respond: { status: 200, body: { items: [], errors: [] } },
  },
  getExpiringUserTargetsForSegment: {
    call: (c) => c.getExpiringUserTargetsForSegment({ projectKey: "default", environmentKey: "production", segmentKey: "beta" }),
    method: "GET",
    path: "/api/v2/segments/default/beta/expiring-user-targets/production",
  },
  patchExpiringUserTargetsForSegment: {
    call: (c) =>
      c.patchExpiringUserTargetsForSegment({
        projectKey: "default",
        environmentKey: "production",
        segmentKey: "beta",
        body: { comment: "expire", instructions: [{ kind: "removeExpireUserTargetDate", targetType: "excluded", userKey: "u-1" }] },
      }),
    method: "PATCH",
    path: "/api/v2/segments/default/beta/expiring-user-targets/production",
    contentType: SEMANTIC,
    body: { comment: "expire", instructions: [{ kind: "removeExpireUserTargetDate", targetType: "excluded", userKey: "u-1" }] },
    respond: { status: 200, body: { items: [], errors: [] } },
  },
  getSegmentMembershipForContext: {
    call: (c) =>
      c.getSegmentMembershipForContext({
        projectKey: "default",
        environmentKey: "production",
        segmentKey: "beta",
        contextKey: "org:acme/eu",
      }),
    method: "GET",
    path: "/api/v2/segments/default/production/beta/contexts/org%3Aacme%2Feu",
  },
  getSegmentMembershipForUser: {
    call: (c) =>
      c.getSegmentMembershipForUser({ projectKey: "default", environmentKey: "production", segmentKey: "beta", userKey: "a b@c" }),
    method: "GET",
    path: "/api/v2/segments/default/production/beta/users/a%20b%40c",
  },
  updateBigSegmentContextTargets: {
    call: (c) =>
      c.updateBigSegmentContextTargets({
        projectKey: "default",
        environmentKey: "production",
        segmentKey: "big",
        body: { included: { add: ["k1"], remove: ["k2"] } },
      }),
    method: "POST",
    path: "/api/v2/segments/default/production/big/contexts",
    contentType: "application/json",
    body: { included: { add: ["k1"], remove: ["k2"] } },
    respond: { status: 204 },
  },
  updateBigSegmentTargets: {
    call: (c) =>
      c.updateBigSegmentTargets({
        projectKey: "default",
        environmentKey: "production",
        segmentKey: "big",
        body: { excluded: { add: ["u1"] } },
      }),
    method: "POST",
    path: "/api/v2/segments/default/production/big/users",
    contentType: "application/json",
    body: { excluded: { add: ["u1"] } },
    respond: { status: 204 },
  },
  createBigSegmentExport: {
    call: (c) => c.createBigSegmentExport({ projectKey: "default", environmentKey: "production", segmentKey: "big" }),
    method: "POST",
    path: "/api/v2/segments/default/production/big/exports",
    respond: { status: 200, headers: { location: "/api/v2/segments/default/production/big/exports/exp-1" } },
  },
  getBigSegmentExport: {
    call: (c) => c.getBigSegmentExport({ projectKey: "default", environmentKey: "production", segmentKey: "big", exportID: "exp-1" }),
    method: "GET",
    path: "/api/v2/segments/default/production/big/exports/exp-1",
  },
  createBigSegmentImport: {
    call: (c) =>
      c.createBigSegmentImport({
        projectKey: "default",
        environmentKey: "production",
        segmentKey: "big",
        body: { file: new Blob(["key\nuser-1\nuser-2\n"], { type: "text/csv" }), mode: "replace", waitOnApprovals: false },
      }),
    method: "POST",
    path: "/api/v2/segments/default/production/big/imports",
    contentType: "multipart/form-data",
    respond: { status: 204, headers: { location: "/api/v2/segments/default/production/big/imports/imp-9" } },
  },
  getBigSegmentImport: {
    call: (c) => c.getBigSegmentImport({ projectKey: "default", environmentKey: "production", segmentKey: "big", importID: "imp-9" }),
    method: "GET",
    path: "/api/v2/segments/default/production/big/imports/imp-9",
  },
  getExpiringFlagsForUser: {
    call: (c) => c.getExpiringFlagsForUser({ projectKey: "default", environmentKey: "production", userKey: "u-1" }),
    method: "GET",
    path: "/api/v2/users/default/u-1/expiring-user-targets/production",
  },
  patchExpiringFlagsForUser: {
    call: (c) =>
      c.patchExpiringFlagsForUser({
        projectKey: "default",
        environmentKey: "production",
        userKey: "u-1",
        body: { instructions: [{ kind: "addExpireUserTargetDate", flagKey: "sort.order", variationId: "v-1", value: 1754092860000 }] },
      }),
    method: "PATCH",
    path: "/api/v2/users/default/u-1/expiring-user-targets/production",
    contentType: SEMANTIC,
    body: { instructions: [{ kind: "addExpireUserTargetDate", flagKey: "sort.order", variationId: "v-1", value: 1754092860000 }] },
    respond: { status: 200, body: { items: [], errors: [] } },
  },
  getUserFlagSettings: {
    call: (c) => c.getUserFlagSettings({ projectKey: "default", environmentKey: "production", userKey: "Abbie_Braun" }),
    method: "GET",
    path: "/api/v2/users/default/production/Abbie_Braun/flags",
  },
  getUserFlagSetting: {
    call: (c) =>
      c.getUserFlagSetting({ projectKey: "default", environmentKey: "production", userKey: "Abbie_Braun", featureFlagKey: "sort.order" }),
    method: "GET",
    path: "/api/v2/users/default/production/Abbie_Braun/flags/sort.order",
  },
  putFlagSetting: {
    call: (c) =>
      c.putFlagSetting({
        projectKey: "default",
        environmentKey: "production",
        userKey: "Abbie_Braun",
        featureFlagKey: "sort.order",
        body: { setting: true, comment: "pin" },
      }),
    method: "PUT",
    path: "/api/v2/users/default/production/Abbie_Braun/flags/sort.order",
    contentType: "application/json",
    body: { setting: true, comment: "pin" },
    respond: { status: 204 },
  },
};

let server: RecordingServer;
let client: LdkitClient;
beforeAll(async () => {
  server = await startRecordingServer();
  client = createClient({ apiKey: TOKEN, baseUrl: server.baseUrl });
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

describe("every operation on the wire", () => {
  it("covers all 23 operations of the spec", () => {
    expect(Object.keys(cases).sort()).toEqual(Object.keys(operationMetadata).sort());
    expect(Object.keys(cases)).toHaveLength(23);
  });

  it.each(Object.entries(cases))("%s sends the exact request", async (_id, c) => {
    server.respond(c.respond ?? { status: 200, body: { ok: true } });
    await c.call(client);
    expect(server.requests).toHaveLength(1);
    const req = server.requests[0]!;
    expect(req.method).toBe(c.method);
    expect(req.path).toBe(c.path);
    expect(req.query).toEqual(c.query ?? {});
    expect(req.headers.authorization).toBe(TOKEN);
    expect(req.headers["ld-api-version"]).toBe("20240415");
    if (c.contentType === "multipart/form-data") {
      expect(req.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    } else {
      expect(req.headers["content-type"]).toBe(c.contentType);
    }
    if (c.body !== undefined) expect(JSON.parse(req.body)).toEqual(c.body);
    else if (c.contentType === undefined) expect(req.body).toBe("");
  });
});

describe("results", () => {
  it("returns the parsed JSON body", async () => {
    server.respond({ status: 200, body: { items: [{ key: "a" }], totalCount: 1 } });
    await expect(client.getSegments({ projectKey: "p", environmentKey: "e" })).resolves.toEqual({ items: [{ key: "a" }], totalCount: 1 });
  });

  it("returns undefined for 204", async () => {
    server.respond({ status: 204 });
    await expect(client.deleteSegment({ projectKey: "p", environmentKey: "e", segmentKey: "s" })).resolves.toBeUndefined();
  });

  it("returns the Location and the id it ends with for an import", async () => {
    server.respond({ status: 204, headers: { location: "https://app.launchdarkly.com/api/v2/segments/p/e/s/imports/imp%2042" } });
    const created = await client.createBigSegmentImport({
      projectKey: "p",
      environmentKey: "e",
      segmentKey: "s",
      body: { file: new Blob(["k\n"]) },
    });
    expect(created).toEqual({ location: "https://app.launchdarkly.com/api/v2/segments/p/e/s/imports/imp%2042", id: "imp 42" });
  });

  it("sends the multipart fields of an import", async () => {
    server.respond({ status: 204, headers: { location: "/x/imports/1" } });
    await client.createBigSegmentImport({
      projectKey: "p",
      environmentKey: "e",
      segmentKey: "s",
      body: { file: new File(["key\nu-1\n"], "customers.csv", { type: "text/csv" }), mode: "merge", waitOnApprovals: true },
    });
    const body = server.requests[0]!.body;
    expect(body).toContain('name="file"; filename="customers.csv"');
    expect(body).toContain("key\nu-1\n");
    expect(body).toMatch(/name="mode"\r\n\r\nmerge/);
    expect(body).toMatch(/name="waitOnApprovals"\r\n\r\ntrue/);
  });
});
