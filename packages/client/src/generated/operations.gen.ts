// ---------------------------------------------------------------------------
// GENERATED FILE — DO NOT EDIT BY HAND.
// Written by `pnpm generate` (tools/src/generate.ts) from openapi/ldkit.yaml.
// Change the spec and run `pnpm generate`; `pnpm check:drift` fails when this
// file no longer matches the spec.
// ---------------------------------------------------------------------------

import type { OperationId } from "./operation-metadata.gen.js";

/** The path prefix every operation's path starts with; the table's paths are relative to it. */
export const API_BASE_PATH = "/api/v2";

/**
 * One row of {@link operationTable}: method, path template (after {@link API_BASE_PATH}), query parameters
 * (`name`, `name:b` for a boolean, `name:i<minimum>` for an integer), request media types, flags.
 */
export type OperationRow = readonly [method: string, path: string, query: readonly string[], mediaTypes: readonly string[], flags: number];

/** Flag bits of an {@link OperationRow}. */
export const BODY_REQUIRED = 1;
/** Flag bit: a 200 can report failed instructions in an `errors` array. */
export const PARTIAL_FAILURE = 2;
/** Flag bit: the success response carries a `Location` header instead of a body. */
export const RETURNS_LOCATION = 4;
/** Flag bit: the success response's JSON body is an object. */
export const RETURNS_OBJECT = 8;

/** What the client needs at run time to send each operation, keyed by operationId. */
export const operationTable: Record<OperationId, OperationRow> = {
  createBigSegmentExport: ["POST","/segments/{projectKey}/{environmentKey}/{segmentKey}/exports",[],[],4],
  createBigSegmentImport: ["POST","/segments/{projectKey}/{environmentKey}/{segmentKey}/imports",[],["multipart/form-data"],5],
  deleteSegment: ["DELETE","/segments/{projectKey}/{environmentKey}/{segmentKey}",[],[],0],
  getBigSegmentExport: ["GET","/segments/{projectKey}/{environmentKey}/{segmentKey}/exports/{exportID}",[],[],8],
  getBigSegmentImport: ["GET","/segments/{projectKey}/{environmentKey}/{segmentKey}/imports/{importID}",[],[],8],
  getContextInstanceSegmentsMembershipByEnv: ["POST","/projects/{projectKey}/environments/{environmentKey}/segments/evaluate",[],["application/json"],9],
  getExpiringFlagsForUser: ["GET","/users/{projectKey}/{userKey}/expiring-user-targets/{environmentKey}",[],[],8],
  getExpiringTargetsForSegment: ["GET","/segments/{projectKey}/{segmentKey}/expiring-targets/{environmentKey}",[],[],8],
  getExpiringUserTargetsForSegment: ["GET","/segments/{projectKey}/{segmentKey}/expiring-user-targets/{environmentKey}",[],[],8],
  getSegment: ["GET","/segments/{projectKey}/{environmentKey}/{segmentKey}",[],[],8],
  getSegmentMembershipForContext: ["GET","/segments/{projectKey}/{environmentKey}/{segmentKey}/contexts/{contextKey}",[],[],8],
  getSegmentMembershipForUser: ["GET","/segments/{projectKey}/{environmentKey}/{segmentKey}/users/{userKey}",[],[],8],
  getSegments: ["GET","/segments/{projectKey}/{environmentKey}",["limit:i1","offset:i0","sort","filter"],[],8],
  getUserFlagSetting: ["GET","/users/{projectKey}/{environmentKey}/{userKey}/flags/{featureFlagKey}",[],[],8],
  getUserFlagSettings: ["GET","/users/{projectKey}/{environmentKey}/{userKey}/flags",[],[],8],
  patchExpiringFlagsForUser: ["PATCH","/users/{projectKey}/{userKey}/expiring-user-targets/{environmentKey}",[],["application/json; domain-model=launchdarkly.semanticpatch"],11],
  patchExpiringTargetsForSegment: ["PATCH","/segments/{projectKey}/{segmentKey}/expiring-targets/{environmentKey}",[],["application/json; domain-model=launchdarkly.semanticpatch"],11],
  patchExpiringUserTargetsForSegment: ["PATCH","/segments/{projectKey}/{segmentKey}/expiring-user-targets/{environmentKey}",[],["application/json; domain-model=launchdarkly.semanticpatch"],11],
  patchSegment: ["PATCH","/segments/{projectKey}/{environmentKey}/{segmentKey}",["dryRun:b"],["application/json; domain-model=launchdarkly.semanticpatch","application/json"],9],
  postSegment: ["POST","/segments/{projectKey}/{environmentKey}",[],["application/json"],9],
  putFlagSetting: ["PUT","/users/{projectKey}/{environmentKey}/{userKey}/flags/{featureFlagKey}",[],["application/json"],1],
  updateBigSegmentContextTargets: ["POST","/segments/{projectKey}/{environmentKey}/{segmentKey}/contexts",[],["application/json"],1],
  updateBigSegmentTargets: ["POST","/segments/{projectKey}/{environmentKey}/{segmentKey}/users",[],["application/json"],1],
};
