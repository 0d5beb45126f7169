/**
 * @ldkit/semantic-patch — typed, validated builders for LaunchDarkly's segment and user-settings
 * semantic patches, plus JSON Patch and JSON merge patch helpers. Every builder returns a plain JSON
 * object typed by the spec's generated types, ready for `@ldkit/client`.
 */

/**
 * Builders for the 26 `patchSegment` instruction kinds, one per kind, named exactly as the kind.
 *
 * @example
 * segment.addIncludedTargets({ contextKind: "org", values: ["org-1"] });
 * // { kind: "addIncludedTargets", contextKind: "org", values: ["org-1"] }
 */
export * as segment from "./segment/index.js";

/**
 * Builders for the `patchExpiringTargetsForSegment` instruction kinds.
 *
 * @example
 * segmentExpiringTargets.addExpiringTarget({ targetType: "included", contextKey: "user-key-123abc", contextKind: "user", value: 1754092860000 });
 */
export * as segmentExpiringTargets from "./segment-expiring-targets/index.js";

/**
 * Builders for the `patchExpiringUserTargetsForSegment` instruction kinds (legacy users).
 *
 * @example
 * segmentExpiringUserTargets.addExpireUserTargetDate({ targetType: "included", userKey: "user-key-123abc", value: 1653469200000 });
 */
export * as segmentExpiringUserTargets from "./segment-expiring-user-targets/index.js";

/**
 * Builders for the `patchExpiringFlagsForUser` instruction kinds.
 *
 * @example
 * userExpiringFlags.addExpireUserTargetDate({ flagKey: "sample-flag-key", variationId: "ce12d345-a1b2-4fb5-a123-ab123d4d5f5d", value: 1653469200000 });
 */
export * as userExpiringFlags from "./user-expiring-flags/index.js";

/**
 * JSON Patch (RFC 6902) operation helpers: add, remove, replace, move, copy, test and testVersion.
 *
 * @example
 * [jsonPatch.testVersion(7), jsonPatch.replace("/description", "new description")];
 */
export * as jsonPatch from "./json-patch/operations.js";

export { clause } from "./clause.js";
export { segmentPatch, validateSegmentPatch } from "./segment/patch.js";
export { validateSegmentExpiringTargetsPatch, segmentExpiringTargetsPatch } from "./segment-expiring-targets/patch.js";
export { validateSegmentExpiringUserTargetsPatch, segmentExpiringUserTargetsPatch } from "./segment-expiring-user-targets/patch.js";
export { validateUserExpiringFlagsPatch, userExpiringFlagsPatch } from "./user-expiring-flags/patch.js";
export type { PatchBuilder, SemanticPatchBody } from "./body.js";
export { chunkSegmentPatch, splitTargets, type SplitOptions } from "./split.js";
export { escapePointerSegment, formatPointer, parsePointer, unescapePointerSegment, type PointerPath } from "./json-patch/pointer.js";
export { validatePatchWithComment } from "./json-patch/validatePatchWithComment.js";
export { validateSegmentMergePatch } from "./merge-patch/validateSegmentMergePatch.js";
export { SemanticPatchError } from "./errors.js";
export { CLAUSE_OPERATORS, MAX_TARGETS_PER_INSTRUCTION, MAX_TIMESTAMP_MS, MAX_WEIGHT, MIN_TIMESTAMP_MS } from "./validate.js";
export type * from "./types.js";
