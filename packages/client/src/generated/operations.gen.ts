// ---------------------------------------------------------------------------
// GENERATED FILE — DO NOT EDIT BY HAND.
// Written by `pnpm generate` (tools/src/generate.ts) from openapi/ldkit.yaml.
// Change the spec and run `pnpm generate`; `pnpm check:drift` fails when this
// file no longer matches the spec.
// ---------------------------------------------------------------------------

import type { OperationId } from "./operation-metadata.gen.js";

/** The path prefix every operation's path starts with; the table's paths are relative to it. */
export const API_BASE_PATH = "/api/v2";

/** One row of {@link operationTable}: method, path template (after {@link API_BASE_PATH}), query parameters, request media types, flags. */
export type OperationRow = readonly [method: string, path: string, query: readonly string[], mediaTypes: readonly string[], flags: number];

/** Flag bits of an {@link OperationRow}. */
export const BODY_REQUIRED = 1;
/** Flag bit: a 200 can report failed instructions in an `errors` array. */
export const PARTIAL_FAILURE = 2;
/** Flag bit: the success response carries a `Location` header instead of a body. */
export const RETURNS_LOCATION = 4;

/** What the client needs at run time to send each operation, keyed by operationId. */
export const operationTable: Record<OperationId, OperationRow> = {
  createBigSegmentExport: ["POST","/segments/{projectKey}/{environmentKey}/{segmentKey}/exports",[],[],4],
  createBigSegmentImport: ["POST","/segments/{projectKey}/{environmentKey}/{segmentKey}/imports",[],["multipart/form-data"],5],
  deleteSegment: ["DELETE","/segments/{projectKey}/{environmentKey}/{segmentKey}",[],[],0],
  getBigSegmentExport: ["GET","/segments/{projectKey}/{environmentKey}/{segmentKey}/exports/{exportID}",[],[],0],
  getBigSegmentImport: ["GET","/segments/{projectKey}/{environmentKey}/{segmentKey}/imports/{importID}",[],[],0],
  getContextInstanceSegmentsMembershipByEnv: ["POST","/projects/{projectKey}/environments/{environmentKey}/segments/evaluate",[],["application/json"],1],
  getExpiringFlagsForUser: ["GET","/users/{projectKey}/{userKey}/expiring-user-targets/{environmentKey}",[],[],0],
  getExpiringTargetsForSegment: ["GET","/segments/{projectKey}/{segmentKey}/expiring-targets/{environmentKey}",[],[],0],
  getExpiringUserTargetsForSegment: ["GET","/segments/{projectKey}/{segmentKey}/expiring-user-targets/{environmentKey}",[],[],0],
  getSegment: ["GET","/segments/{projectKey}/{environmentKey}/{segmentKey}",[],[],0],
  getSegmentMembershipForContext: ["GET","/segments/{projectKey}/{environmentKey}/{segmentKey}/contexts/{contextKey}",[],[],0],
  getSegmentMembershipForUser: ["GET","/segments/{projectKey}/{environmentKey}/{segmentKey}/users/{userKey}",[],[],0],
  getSegments: ["GET","/segments/{projectKey}/{environmentKey}",["limit","offset","sort","filter"],[],0],
  getUserFlagSetting: ["GET","/users/{projectKey}/{environmentKey}/{userKey}/flags/{featureFlagKey}",[],[],0],
  getUserFlagSettings: ["GET","/users/{projectKey}/{environmentKey}/{userKey}/flags",[],[],0],
  patchExpiringFlagsForUser: ["PATCH","/users/{projectKey}/{userKey}/expiring-user-targets/{environmentKey}",[],["application/json; domain-model=launchdarkly.semanticpatch"],3],
  patchExpiringTargetsForSegment: ["PATCH","/segments/{projectKey}/{segmentKey}/expiring-targets/{environmentKey}",[],["application/json; domain-model=launchdarkly.semanticpatch"],3],
  patchExpiringUserTargetsForSegment: ["PATCH","/segments/{projectKey}/{segmentKey}/expiring-user-targets/{environmentKey}",[],["application/json; domain-model=launchdarkly.semanticpatch"],3],
  patchSegment: ["PATCH","/segments/{projectKey}/{environmentKey}/{segmentKey}",["dryRun"],["application/json; domain-model=launchdarkly.semanticpatch","application/json"],1],
  postSegment: ["POST","/segments/{projectKey}/{environmentKey}",[],["application/json"],1],
  putFlagSetting: ["PUT","/users/{projectKey}/{environmentKey}/{userKey}/flags/{featureFlagKey}",[],["application/json"],1],
  updateBigSegmentContextTargets: ["POST","/segments/{projectKey}/{environmentKey}/{segmentKey}/contexts",[],["application/json"],1],
  updateBigSegmentTargets: ["POST","/segments/{projectKey}/{environmentKey}/{segmentKey}/users",[],["application/json"],1],
};
