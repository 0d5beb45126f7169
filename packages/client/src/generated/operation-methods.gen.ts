// ---------------------------------------------------------------------------
// GENERATED FILE — DO NOT EDIT BY HAND.
// Written by `pnpm generate` (tools/src/generate.ts) from openapi/ldkit.yaml.
// Change the spec and run `pnpm generate`; `pnpm check:drift` fails when this
// file no longer matches the spec.
// ---------------------------------------------------------------------------

import type { OperationArgs, OperationResult } from "../operation-types.js";
import type { PartialFailureError } from "../errors.js";

/**
 * One method per operation of the spec, named by its operationId. Each takes ONE object holding
 * the path parameters, the query parameters and `body` side by side (plus request options such
 * as `signal` and `timeout`), resolves to the response data and throws a typed error otherwise.
 */
export interface OperationMethods {
  /**
   * Create big segment export.
   *
   * Start a new export process for a big segment: a synced segment or a list-based segment that can include more than 15,000 entries. The response has no body; its `Location` header is the URL of the new export, whose last path segment is the export ID to pass to `getBigSegmentExport`.
   *
   * `POST /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/exports` — success: 200; errors: 400, 401, 404, 429.
   * Resolves to the `Location` header of the response and the id it ends with.
   * @example
   * const { id, location } = await client.createBigSegmentExport({ projectKey: "default", environmentKey: "production", segmentKey: "beta-testers" });
   */
  createBigSegmentExport(args: OperationArgs<"createBigSegmentExport">): Promise<OperationResult<"createBigSegmentExport">>;

  /**
   * Create big segment import.
   *
   * Start a new import process for a big segment: a list-based segment that can include more than 15,000 entries. Upload a CSV file of keys as `multipart/form-data`. The `Location` header of the `204` response is the URL of the new import; its last path segment is the import ID, which `getBigSegmentImport` and the `processBigSegmentImport` semantic-patch instruction take.
   *
   * `POST /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/imports` — success: 204; errors: 400, 401, 404, 409, 429.
   * Resolves to the `Location` header of the response and the id it ends with.
   * @example
   * const { id, location } = await client.createBigSegmentImport({ projectKey: "default", environmentKey: "production", segmentKey: "beta-testers", body });
   */
  createBigSegmentImport(args: OperationArgs<"createBigSegmentImport">): Promise<OperationResult<"createBigSegmentImport">>;

  /**
   * Delete segment.
   *
   * Delete a segment.
   *
   * `DELETE /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}` — success: 204; errors: 401, 403, 404, 409, 429.
   * @example
   * await client.deleteSegment({ projectKey: "default", environmentKey: "production", segmentKey: "beta-testers" });
   */
  deleteSegment(args: OperationArgs<"deleteSegment">): Promise<OperationResult<"deleteSegment">>;

  /**
   * Get big segment export.
   *
   * Return information about a big segment export process. Once the export is `complete`, `_links.download` points at the exported file. LaunchDarkly publishes no list of export statuses; see `ExportStatus`.
   *
   * `GET /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/exports/{exportID}` — success: 200; errors: 400, 401, 404, 429.
   * @example
   * const data = await client.getBigSegmentExport({ projectKey: "default", environmentKey: "production", segmentKey: "beta-testers", exportID: "65f1c2d3e4a5b6c7d8e9f0a1" });
   */
  getBigSegmentExport(args: OperationArgs<"getBigSegmentExport">): Promise<OperationResult<"getBigSegmentExport">>;

  /**
   * Get big segment import.
   *
   * Return information about a big segment import process: the import of a list-based segment that can include more than 15,000 entries.
   *
   * `GET /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/imports/{importID}` — success: 200; errors: 400, 401, 404, 429.
   * @example
   * const data = await client.getBigSegmentImport({ projectKey: "default", environmentKey: "production", segmentKey: "beta-testers", importID: "65f1c2d3e4a5b6c7d8e9f0a2" });
   */
  getBigSegmentImport(args: OperationArgs<"getBigSegmentImport">): Promise<OperationResult<"getBigSegmentImport">>;

  /**
   * List segment memberships for context instance.
   *
   * For a given context instance with attributes, get membership details for all segments. In the request body, pass in the context instance (single-kind or multi-kind).
   *
   * `POST /api/v2/projects/{projectKey}/environments/{environmentKey}/segments/evaluate` — success: 200; errors: 400, 401, 404, 429.
   * @example
   * const data = await client.getContextInstanceSegmentsMembershipByEnv({ projectKey: "default", environmentKey: "production", body });
   */
  getContextInstanceSegmentsMembershipByEnv(args: OperationArgs<"getContextInstanceSegmentsMembershipByEnv">): Promise<OperationResult<"getContextInstanceSegmentsMembershipByEnv">>;

  /**
   * Get expiring dates on flags for user.
   *
   * Get a list of flags for which the given user is scheduled for removal.
   *
   * `GET /api/v2/users/{projectKey}/{userKey}/expiring-user-targets/{environmentKey}` — success: 200; errors: 401, 403, 404, 429.
   * @example
   * const data = await client.getExpiringFlagsForUser({ projectKey: "default", userKey: "user-123", environmentKey: "production" });
   */
  getExpiringFlagsForUser(args: OperationArgs<"getExpiringFlagsForUser">): Promise<OperationResult<"getExpiringFlagsForUser">>;

  /**
   * Get expiring targets for segment.
   *
   * Get a list of a segment's context targets that are scheduled for removal.
   *
   * `GET /api/v2/segments/{projectKey}/{segmentKey}/expiring-targets/{environmentKey}` — success: 200; errors: 401, 404, 429.
   * @example
   * const data = await client.getExpiringTargetsForSegment({ projectKey: "default", segmentKey: "beta-testers", environmentKey: "production" });
   */
  getExpiringTargetsForSegment(args: OperationArgs<"getExpiringTargetsForSegment">): Promise<OperationResult<"getExpiringTargetsForSegment">>;

  /**
   * Get expiring user targets for segment.
   *
   * Get a list of a segment's user targets that are scheduled for removal.
   *
   * `GET /api/v2/segments/{projectKey}/{segmentKey}/expiring-user-targets/{environmentKey}` — success: 200; errors: 401, 404, 429.
   * @example
   * const data = await client.getExpiringUserTargetsForSegment({ projectKey: "default", segmentKey: "beta-testers", environmentKey: "production" });
   */
  getExpiringUserTargetsForSegment(args: OperationArgs<"getExpiringUserTargetsForSegment">): Promise<OperationResult<"getExpiringUserTargetsForSegment">>;

  /**
   * Get segment.
   *
   * Get a single segment by key.
   *
   * `GET /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}` — success: 200; errors: 401, 404, 429.
   * @example
   * const data = await client.getSegment({ projectKey: "default", environmentKey: "production", segmentKey: "beta-testers" });
   */
  getSegment(args: OperationArgs<"getSegment">): Promise<OperationResult<"getSegment">>;

  /**
   * Get big segment membership for context.
   *
   * Get the membership status (included/excluded) for a given context in this big segment. Big segments include larger list-based segments and synced segments. This operation does not support standard segments.
   *
   * `GET /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/contexts/{contextKey}` — success: 200; errors: 400, 401, 404, 429.
   * @example
   * const data = await client.getSegmentMembershipForContext({ projectKey: "default", environmentKey: "production", segmentKey: "beta-testers", contextKey: "org-123" });
   */
  getSegmentMembershipForContext(args: OperationArgs<"getSegmentMembershipForContext">): Promise<OperationResult<"getSegmentMembershipForContext">>;

  /**
   * Get big segment membership for user.
   *
   * Get the membership status (included/excluded) for a given user in this big segment. This operation does not support standard segments. Once your SDKs use contexts, use `getSegmentMembershipForContext` instead.
   *
   * `GET /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/users/{userKey}` — success: 200; errors: 400, 401, 404, 429.
   * @example
   * const data = await client.getSegmentMembershipForUser({ projectKey: "default", environmentKey: "production", segmentKey: "beta-testers", userKey: "user-123" });
   */
  getSegmentMembershipForUser(args: OperationArgs<"getSegmentMembershipForUser">): Promise<OperationResult<"getSegmentMembershipForUser">>;

  /**
   * List segments.
   *
   * Get a list of all segments in the given project and environment.
   *
   * `GET /api/v2/segments/{projectKey}/{environmentKey}` — success: 200; errors: 400, 401, 404, 429.
   * @example
   * const data = await client.getSegments({ projectKey: "default", environmentKey: "production", limit: 20 });
   */
  getSegments(args: OperationArgs<"getSegments">): Promise<OperationResult<"getSegments">>;

  /**
   * Get flag setting for user.
   *
   * Get a single flag setting for a user by flag key. `_value` is the flag variation the user receives; `setting` is the variation the user is explicitly targeted with (`null` if none). The example shows user `Abbie_Braun` receiving `true` for the `sort.order` flag.
   *
   * `GET /api/v2/users/{projectKey}/{environmentKey}/{userKey}/flags/{featureFlagKey}` — success: 200; errors: 400, 401, 403, 404, 429.
   * @example
   * const data = await client.getUserFlagSetting({ projectKey: "default", environmentKey: "production", userKey: "user-123", featureFlagKey: "new-checkout" });
   */
  getUserFlagSetting(args: OperationArgs<"getUserFlagSetting">): Promise<OperationResult<"getUserFlagSetting">>;

  /**
   * List flag settings for user.
   *
   * Get the current flag settings for a given user. `_value` is the flag variation the user receives; `setting` is the variation the user is explicitly (individually) targeted with, or `null` if there is none. The example shows user `Abbie_Braun` receiving `true` for `sort.order` and `false` for `alternate.page`, without being explicitly targeted on either flag.
   *
   * `GET /api/v2/users/{projectKey}/{environmentKey}/{userKey}/flags` — success: 200; errors: 400, 401, 403, 404, 429.
   * @example
   * const data = await client.getUserFlagSettings({ projectKey: "default", environmentKey: "production", userKey: "user-123" });
   */
  getUserFlagSettings(args: OperationArgs<"getUserFlagSettings">): Promise<OperationResult<"getUserFlagSettings">>;

  /**
   * Update expiring user target for flags.
   *
   * Schedule the specified user for removal from individual targeting on one or more flags. The user must already be individually targeted for each flag. You can add, update, or remove a scheduled removal date; a user can be scheduled for removal on only one variation per flag. This operation accepts only semantic patch: send `Content-Type: application/json; domain-model=launchdarkly.semanticpatch`.
   *
   * `PATCH /api/v2/users/{projectKey}/{userKey}/expiring-user-targets/{environmentKey}` — success: 200; errors: 400, 401, 403, 404, 429.
   * A 200 whose `errors` array is non-empty throws {@link PartialFailureError} unless `allowPartial: true`.
   * @example
   * const data = await client.patchExpiringFlagsForUser({ projectKey: "default", userKey: "user-123", environmentKey: "production", body });
   */
  patchExpiringFlagsForUser(args: OperationArgs<"patchExpiringFlagsForUser">): Promise<OperationResult<"patchExpiringFlagsForUser">>;

  /**
   * Update expiring targets for segment.
   *
   * Update expiring context targets for a segment. This operation accepts only semantic patch: send `Content-Type: application/json; domain-model=launchdarkly.semanticpatch`.
   *
   * `PATCH /api/v2/segments/{projectKey}/{segmentKey}/expiring-targets/{environmentKey}` — success: 200; errors: 400, 401, 403, 404, 409, 429.
   * A 200 whose `errors` array is non-empty throws {@link PartialFailureError} unless `allowPartial: true`.
   * @example
   * const data = await client.patchExpiringTargetsForSegment({ projectKey: "default", segmentKey: "beta-testers", environmentKey: "production", body });
   */
  patchExpiringTargetsForSegment(args: OperationArgs<"patchExpiringTargetsForSegment">): Promise<OperationResult<"patchExpiringTargetsForSegment">>;

  /**
   * Update expiring user targets for segment.
   *
   * Update expiring user targets for a segment. This operation accepts only semantic patch: send `Content-Type: application/json; domain-model=launchdarkly.semanticpatch`. Once your SDKs use contexts, use `patchExpiringTargetsForSegment` instead.
   *
   * `PATCH /api/v2/segments/{projectKey}/{segmentKey}/expiring-user-targets/{environmentKey}` — success: 200; errors: 400, 401, 403, 404, 409, 429.
   * A 200 whose `errors` array is non-empty throws {@link PartialFailureError} unless `allowPartial: true`.
   * @example
   * const data = await client.patchExpiringUserTargetsForSegment({ projectKey: "default", segmentKey: "beta-testers", environmentKey: "production", body });
   */
  patchExpiringUserTargetsForSegment(args: OperationArgs<"patchExpiringUserTargetsForSegment">): Promise<OperationResult<"patchExpiringUserTargetsForSegment">>;

  /**
   * Patch segment.
   *
   * Update a segment. The body is a semantic patch, a JSON Patch, or a JSON merge patch; the `Content-Type` header selects the format.
   *
   * `PATCH /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}` — success: 200; errors: 400, 401, 403, 404, 409, 429.
   * @example
   * const data = await client.patchSegment({ projectKey: "default", environmentKey: "production", segmentKey: "beta-testers", body });
   */
  patchSegment(args: OperationArgs<"patchSegment">): Promise<OperationResult<"patchSegment">>;

  /**
   * Create segment.
   *
   * Create a new segment.
   *
   * `POST /api/v2/segments/{projectKey}/{environmentKey}` — success: 201; errors: 400, 401, 403, 404, 429.
   * @example
   * const data = await client.postSegment({ projectKey: "default", environmentKey: "production", body });
   */
  postSegment(args: OperationArgs<"postSegment">): Promise<OperationResult<"postSegment">>;

  /**
   * Update flag settings for user.
   *
   * Enable or disable a feature flag for a user based on their key. Omitting `setting`, or sending `setting: null`, erases the user's current setting. If you previously patched the flag and the patch included the user's data, LaunchDarkly continues to use that data. If LaunchDarkly has never encountered the user's key, it calculates the flag values from the user key alone.
   *
   * `PUT /api/v2/users/{projectKey}/{environmentKey}/{userKey}/flags/{featureFlagKey}` — success: 204; errors: 400, 401, 403, 404, 429.
   * @example
   * await client.putFlagSetting({ projectKey: "default", environmentKey: "production", userKey: "user-123", featureFlagKey: "new-checkout", body });
   */
  putFlagSetting(args: OperationArgs<"putFlagSetting">): Promise<OperationResult<"putFlagSetting">>;

  /**
   * Update context targets on a big segment.
   *
   * Update context targets included or excluded in a big segment. Big segments include larger list-based segments and synced segments. This operation does not support standard segments.
   *
   * `POST /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/contexts` — success: 204; errors: 400, 401, 404, 429.
   * @example
   * await client.updateBigSegmentContextTargets({ projectKey: "default", environmentKey: "production", segmentKey: "beta-testers", body: {"included":{"add":["device-key-123abc","device-key-456def"],"remove":["device-key-789ghi"]},"excluded":{"add":["device-key-789ghi"]}} });
   */
  updateBigSegmentContextTargets(args: OperationArgs<"updateBigSegmentContextTargets">): Promise<OperationResult<"updateBigSegmentContextTargets">>;

  /**
   * Update user context targets on a big segment.
   *
   * Update user context targets included or excluded in a big segment. Big segments include larger list-based segments and synced segments. This operation does not support standard segments.
   *
   * `POST /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/users` — success: 204; errors: 400, 401, 404, 429.
   * @example
   * await client.updateBigSegmentTargets({ projectKey: "default", environmentKey: "production", segmentKey: "beta-testers", body: {"included":{"add":["user-key-123abc","user-key-456def"]},"excluded":{"remove":["user-key-456def"]}} });
   */
  updateBigSegmentTargets(args: OperationArgs<"updateBigSegmentTargets">): Promise<OperationResult<"updateBigSegmentTargets">>;
}

/** Keeps the `PartialFailureError` import referenced for the TSDoc links above. */
export type _PartialFailureErrorLink = PartialFailureError;
