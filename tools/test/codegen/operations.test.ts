import { describe, expect, it } from "vitest";
import {
  collectOperations,
  generateMetadataModule,
  generateMethodsModule,
  generateRuntimeTableModule,
} from "../../src/codegen/operations.js";
import { specPath } from "../../src/codegen/repo.js";
import { loadSpec, operationParameters, type OpenApiDocument } from "../../src/codegen/spec.js";

const doc = await loadSpec(specPath);
const metas = collectOperations(doc);
const byId = Object.fromEntries(metas.map((m) => [m.operationId, m]));

describe("collectOperations on the real spec", () => {
  it("finds the 23 operations with LaunchDarkly's operationIds", () => {
    expect(metas.map((m) => m.operationId).sort()).toEqual(
      [
        "createBigSegmentExport",
        "createBigSegmentImport",
        "deleteSegment",
        "getBigSegmentExport",
        "getBigSegmentImport",
        "getContextInstanceSegmentsMembershipByEnv",
        "getExpiringFlagsForUser",
        "getExpiringTargetsForSegment",
        "getExpiringUserTargetsForSegment",
        "getSegment",
        "getSegmentMembershipForContext",
        "getSegmentMembershipForUser",
        "getSegments",
        "getUserFlagSetting",
        "getUserFlagSettings",
        "patchExpiringFlagsForUser",
        "patchExpiringTargetsForSegment",
        "patchExpiringUserTargetsForSegment",
        "patchSegment",
        "postSegment",
        "putFlagSetting",
        "updateBigSegmentContextTargets",
        "updateBigSegmentTargets",
      ].sort(),
    );
  });

  it("reads path parameters in path order, query parameters, and media types", () => {
    expect(byId.getExpiringTargetsForSegment).toMatchObject({
      method: "GET",
      path: "/api/v2/segments/{projectKey}/{segmentKey}/expiring-targets/{environmentKey}",
    });
    expect(new Set(byId.getExpiringTargetsForSegment!.pathParams)).toEqual(new Set(["projectKey", "segmentKey", "environmentKey"]));
    expect(byId.getSegments!.queryParams).toEqual(["limit", "offset", "sort", "filter"]);
    expect(byId.patchSegment!.queryParams).toEqual(["dryRun"]);
    expect(byId.getSegments!.queryCodes).toEqual(["limit:i1", "offset:i0", "sort", "filter"]);
    expect(byId.patchSegment!.queryCodes).toEqual(["dryRun:b"]);
    expect(byId.getSegment!.returnsObject).toBe(true);
    expect(byId.deleteSegment!.returnsObject).toBe(false);
    expect(byId.patchSegment!.requestMediaTypes.sort()).toEqual([
      "application/json",
      "application/json; domain-model=launchdarkly.semanticpatch",
    ]);
    for (const id of ["patchExpiringTargetsForSegment", "patchExpiringUserTargetsForSegment", "patchExpiringFlagsForUser"]) {
      expect(byId[id]!.requestMediaTypes).toEqual(["application/json; domain-model=launchdarkly.semanticpatch"]);
      expect(byId[id]!.partialFailure).toBe(true);
    }
    expect(byId.createBigSegmentImport!.requestMediaTypes).toEqual(["multipart/form-data"]);
  });

  it("marks the success status, Location responses and documented statuses", () => {
    expect(byId.postSegment!.successStatus).toBe(201);
    expect(byId.deleteSegment!.successStatus).toBe(204);
    expect(byId.createBigSegmentImport!).toMatchObject({ successStatus: 204, returnsLocation: true });
    expect(byId.createBigSegmentExport!).toMatchObject({ successStatus: 200, returnsLocation: true });
    expect(byId.getSegment!.returnsLocation).toBe(false);
    expect(byId.patchSegment!.responseStatuses).toEqual([200, 400, 401, 403, 404, 409, 429]);
    expect(byId.patchSegment!.partialFailure).toBe(false);
  });
});

describe("operationParameters", () => {
  it("lets an operation's own parameter override the path item's", () => {
    const tiny: OpenApiDocument = {
      paths: {
        "/a/{id}": {
          parameters: [
            { name: "id", in: "path", required: true, description: "shared" },
            { name: "q", in: "query" },
          ],
          get: { operationId: "x", parameters: [{ name: "id", in: "path", required: true, description: "own" }], responses: {} },
        },
      },
    };
    const params = operationParameters(tiny, "/a/{id}", (tiny.paths["/a/{id}"] as { get: never }).get);
    expect(params.map((p) => `${p.in}:${p.name}:${p.description ?? ""}`)).toEqual(["query:q:", "path:id:own"]);
  });
});

describe("emitted modules", () => {
  it("the metadata, the runtime table and the methods interface name every operation", () => {
    const table = generateMetadataModule(metas);
    const runtime = generateRuntimeTableModule(metas);
    const methods = generateMethodsModule(metas);
    for (const m of metas) {
      expect(table).toContain(`  ${m.operationId}: {`);
      expect(runtime).toContain(`  ${m.operationId}: ["${m.method}","${m.path.replace(/^\/api\/v2/, "")}",`);
      expect(methods).toContain(`  ${m.operationId}(args: OperationArgs<"${m.operationId}">)`);
    }
    expect(methods).toContain("@example");
  });
});

describe("runtime table flags", () => {
  it("encodes body-required, partial-failure, Location and object-body as bits, query types, paths after /api/v2", () => {
    const runtime = generateRuntimeTableModule(metas);
    expect(runtime).toContain('export const API_BASE_PATH = "/api/v2";');
    expect(runtime).toContain(
      '  createBigSegmentImport: ["POST","/segments/{projectKey}/{environmentKey}/{segmentKey}/imports",[],["multipart/form-data"],5],',
    );
    expect(runtime).toContain(
      '  patchExpiringFlagsForUser: ["PATCH","/users/{projectKey}/{userKey}/expiring-user-targets/{environmentKey}",[],["application/json; domain-model=launchdarkly.semanticpatch"],11],',
    );
    expect(runtime).toContain('  getSegment: ["GET","/segments/{projectKey}/{environmentKey}/{segmentKey}",[],[],8],');
    expect(runtime).toContain('  deleteSegment: ["DELETE","/segments/{projectKey}/{environmentKey}/{segmentKey}",[],[],0],');
    expect(runtime).toContain(
      '  getSegments: ["GET","/segments/{projectKey}/{environmentKey}",["limit:i1","offset:i0","sort","filter"],[],8],',
    );
  });
});
