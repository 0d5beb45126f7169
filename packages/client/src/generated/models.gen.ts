// ---------------------------------------------------------------------------
// GENERATED FILE — DO NOT EDIT BY HAND.
// Written by `pnpm generate` (tools/src/generate.ts) from openapi/ldkit.yaml.
// Change the spec and run `pnpm generate`; `pnpm check:drift` fails when this
// file no longer matches the spec.
// ---------------------------------------------------------------------------

import type { components } from "./schema.gen.js";

/** The `InvalidRequestErrorRep` schema of the LaunchDarkly API spec. */
export type InvalidRequestErrorRep = components["schemas"]["InvalidRequestErrorRep"];
/** The `UnauthorizedErrorRep` schema of the LaunchDarkly API spec. */
export type UnauthorizedErrorRep = components["schemas"]["UnauthorizedErrorRep"];
/** The `ForbiddenErrorRep` schema of the LaunchDarkly API spec. */
export type ForbiddenErrorRep = components["schemas"]["ForbiddenErrorRep"];
/** The `NotFoundErrorRep` schema of the LaunchDarkly API spec. */
export type NotFoundErrorRep = components["schemas"]["NotFoundErrorRep"];
/** The `StatusConflictErrorRep` schema of the LaunchDarkly API spec. */
export type StatusConflictErrorRep = components["schemas"]["StatusConflictErrorRep"];
/** The `RateLimitedErrorRep` schema of the LaunchDarkly API spec. */
export type RateLimitedErrorRep = components["schemas"]["RateLimitedErrorRep"];
/** The `ClauseOperator` schema of the LaunchDarkly API spec. */
export type ClauseOperator = components["schemas"]["ClauseOperator"];
/** The `TargetType` schema of the LaunchDarkly API spec. */
export type TargetType = components["schemas"]["TargetType"];
/** The `ImportMode` schema of the LaunchDarkly API spec. */
export type ImportMode = components["schemas"]["ImportMode"];
/** The `ImportStatus` schema of the LaunchDarkly API spec. */
export type ImportStatus = components["schemas"]["ImportStatus"];
/** The `ExportStatus` schema of the LaunchDarkly API spec. */
export type ExportStatus = components["schemas"]["ExportStatus"];
/** The `Link` schema of the LaunchDarkly API spec. */
export type Link = components["schemas"]["Link"];
/** The `Links` schema of the LaunchDarkly API spec. */
export type Links = components["schemas"]["Links"];
/** The `ClauseValue` schema of the LaunchDarkly API spec. */
export type ClauseValue = components["schemas"]["ClauseValue"];
/** The `ClauseInput` schema of the LaunchDarkly API spec. */
export type ClauseInput = components["schemas"]["ClauseInput"];
/** The `Clause` schema of the LaunchDarkly API spec. */
export type Clause = components["schemas"]["Clause"];
/** The `UserSegmentRule` schema of the LaunchDarkly API spec. */
export type UserSegmentRule = components["schemas"]["UserSegmentRule"];
/** The `SegmentRuleInput` schema of the LaunchDarkly API spec. */
export type SegmentRuleInput = components["schemas"]["SegmentRuleInput"];
/** The `SegmentTarget` schema of the LaunchDarkly API spec. */
export type SegmentTarget = components["schemas"]["SegmentTarget"];
/** The `SegmentTargetInput` schema of the LaunchDarkly API spec. */
export type SegmentTargetInput = components["schemas"]["SegmentTargetInput"];
/** The `Statement` schema of the LaunchDarkly API spec. */
export type Statement = components["schemas"]["Statement"];
/** The `AccessDenied` schema of the LaunchDarkly API spec. */
export type AccessDenied = components["schemas"]["AccessDenied"];
/** The `AccessAllowed` schema of the LaunchDarkly API spec. */
export type AccessAllowed = components["schemas"]["AccessAllowed"];
/** The `Access` schema of the LaunchDarkly API spec. */
export type Access = components["schemas"]["Access"];
/** The `FlagListingRep` schema of the LaunchDarkly API spec. */
export type FlagListingRep = components["schemas"]["FlagListingRep"];
/** The `SegmentMetadata` schema of the LaunchDarkly API spec. */
export type SegmentMetadata = components["schemas"]["SegmentMetadata"];
/** The `UserSegment` schema of the LaunchDarkly API spec. */
export type UserSegment = components["schemas"]["UserSegment"];
/** The `UserSegments` schema of the LaunchDarkly API spec. */
export type UserSegments = components["schemas"]["UserSegments"];
/** The `SegmentBody` schema of the LaunchDarkly API spec. */
export type SegmentBody = components["schemas"]["SegmentBody"];
/** The `ContextInstance` schema of the LaunchDarkly API spec. */
export type ContextInstance = components["schemas"]["ContextInstance"];
/** The `ContextInstanceSegmentMembership` schema of the LaunchDarkly API spec. */
export type ContextInstanceSegmentMembership = components["schemas"]["ContextInstanceSegmentMembership"];
/** The `ContextInstanceSegmentMemberships` schema of the LaunchDarkly API spec. */
export type ContextInstanceSegmentMemberships = components["schemas"]["ContextInstanceSegmentMemberships"];
/** The `BigSegmentTarget` schema of the LaunchDarkly API spec. */
export type BigSegmentTarget = components["schemas"]["BigSegmentTarget"];
/** The `SegmentUserList` schema of the LaunchDarkly API spec. */
export type SegmentUserList = components["schemas"]["SegmentUserList"];
/** The `SegmentUserState` schema of the LaunchDarkly API spec. */
export type SegmentUserState = components["schemas"]["SegmentUserState"];
/** The `ResourceId` schema of the LaunchDarkly API spec. */
export type ResourceId = components["schemas"]["ResourceId"];
/** The `ExpiringTarget` schema of the LaunchDarkly API spec. */
export type ExpiringTarget = components["schemas"]["ExpiringTarget"];
/** The `ExpiringTargetGetResponse` schema of the LaunchDarkly API spec. */
export type ExpiringTargetGetResponse = components["schemas"]["ExpiringTargetGetResponse"];
/** The `ExpiringTargetError` schema of the LaunchDarkly API spec. */
export type ExpiringTargetError = components["schemas"]["ExpiringTargetError"];
/** The `ExpiringTargetPatchResponse` schema of the LaunchDarkly API spec. */
export type ExpiringTargetPatchResponse = components["schemas"]["ExpiringTargetPatchResponse"];
/** The `ExpiringUserTargetItem` schema of the LaunchDarkly API spec. */
export type ExpiringUserTargetItem = components["schemas"]["ExpiringUserTargetItem"];
/** The `ExpiringUserTargetGetResponse` schema of the LaunchDarkly API spec. */
export type ExpiringUserTargetGetResponse = components["schemas"]["ExpiringUserTargetGetResponse"];
/** The `ExpiringUserTargetPatchResponse` schema of the LaunchDarkly API spec. */
export type ExpiringUserTargetPatchResponse = components["schemas"]["ExpiringUserTargetPatchResponse"];
/** The `InitiatorRep` schema of the LaunchDarkly API spec. */
export type InitiatorRep = components["schemas"]["InitiatorRep"];
/** The `FileRep` schema of the LaunchDarkly API spec. */
export type FileRep = components["schemas"]["FileRep"];
/** The `Export` schema of the LaunchDarkly API spec. */
export type Export = components["schemas"]["Export"];
/** The `Import` schema of the LaunchDarkly API spec. */
export type Import = components["schemas"]["Import"];
/** The `BigSegmentImportForm` schema of the LaunchDarkly API spec. */
export type BigSegmentImportForm = components["schemas"]["BigSegmentImportForm"];
/** The `EvaluationReason` schema of the LaunchDarkly API spec. */
export type EvaluationReason = components["schemas"]["EvaluationReason"];
/** The `UserFlagSetting` schema of the LaunchDarkly API spec. */
export type UserFlagSetting = components["schemas"]["UserFlagSetting"];
/** The `UserFlagSettings` schema of the LaunchDarkly API spec. */
export type UserFlagSettings = components["schemas"]["UserFlagSettings"];
/** The `ValuePut` schema of the LaunchDarkly API spec. */
export type ValuePut = components["schemas"]["ValuePut"];
/** The `SegmentSemanticPatch` schema of the LaunchDarkly API spec. */
export type SegmentSemanticPatch = components["schemas"]["SegmentSemanticPatch"];
/** The `SegmentInstruction` schema of the LaunchDarkly API spec. */
export type SegmentInstruction = components["schemas"]["SegmentInstruction"];
/** The `SegmentAddTagsInstruction` schema of the LaunchDarkly API spec. */
export type SegmentAddTagsInstruction = components["schemas"]["SegmentAddTagsInstruction"];
/** The `SegmentRemoveTagsInstruction` schema of the LaunchDarkly API spec. */
export type SegmentRemoveTagsInstruction = components["schemas"]["SegmentRemoveTagsInstruction"];
/** The `SegmentUpdateNameInstruction` schema of the LaunchDarkly API spec. */
export type SegmentUpdateNameInstruction = components["schemas"]["SegmentUpdateNameInstruction"];
/** The `SegmentAddIncludedTargetsInstruction` schema of the LaunchDarkly API spec. */
export type SegmentAddIncludedTargetsInstruction = components["schemas"]["SegmentAddIncludedTargetsInstruction"];
/** The `SegmentAddExcludedTargetsInstruction` schema of the LaunchDarkly API spec. */
export type SegmentAddExcludedTargetsInstruction = components["schemas"]["SegmentAddExcludedTargetsInstruction"];
/** The `SegmentRemoveIncludedTargetsInstruction` schema of the LaunchDarkly API spec. */
export type SegmentRemoveIncludedTargetsInstruction = components["schemas"]["SegmentRemoveIncludedTargetsInstruction"];
/** The `SegmentRemoveExcludedTargetsInstruction` schema of the LaunchDarkly API spec. */
export type SegmentRemoveExcludedTargetsInstruction = components["schemas"]["SegmentRemoveExcludedTargetsInstruction"];
/** The `SegmentAddIncludedUsersInstruction` schema of the LaunchDarkly API spec. */
export type SegmentAddIncludedUsersInstruction = components["schemas"]["SegmentAddIncludedUsersInstruction"];
/** The `SegmentAddExcludedUsersInstruction` schema of the LaunchDarkly API spec. */
export type SegmentAddExcludedUsersInstruction = components["schemas"]["SegmentAddExcludedUsersInstruction"];
/** The `SegmentRemoveIncludedUsersInstruction` schema of the LaunchDarkly API spec. */
export type SegmentRemoveIncludedUsersInstruction = components["schemas"]["SegmentRemoveIncludedUsersInstruction"];
/** The `SegmentRemoveExcludedUsersInstruction` schema of the LaunchDarkly API spec. */
export type SegmentRemoveExcludedUsersInstruction = components["schemas"]["SegmentRemoveExcludedUsersInstruction"];
/** The `SegmentAddRuleInstruction` schema of the LaunchDarkly API spec. */
export type SegmentAddRuleInstruction = components["schemas"]["SegmentAddRuleInstruction"];
/** The `SegmentRemoveRuleInstruction` schema of the LaunchDarkly API spec. */
export type SegmentRemoveRuleInstruction = components["schemas"]["SegmentRemoveRuleInstruction"];
/** The `SegmentReorderRulesInstruction` schema of the LaunchDarkly API spec. */
export type SegmentReorderRulesInstruction = components["schemas"]["SegmentReorderRulesInstruction"];
/** The `SegmentAddClausesInstruction` schema of the LaunchDarkly API spec. */
export type SegmentAddClausesInstruction = components["schemas"]["SegmentAddClausesInstruction"];
/** The `SegmentRemoveClausesInstruction` schema of the LaunchDarkly API spec. */
export type SegmentRemoveClausesInstruction = components["schemas"]["SegmentRemoveClausesInstruction"];
/** The `SegmentUpdateClauseInstruction` schema of the LaunchDarkly API spec. */
export type SegmentUpdateClauseInstruction = components["schemas"]["SegmentUpdateClauseInstruction"];
/** The `SegmentAddValuesToClauseInstruction` schema of the LaunchDarkly API spec. */
export type SegmentAddValuesToClauseInstruction = components["schemas"]["SegmentAddValuesToClauseInstruction"];
/** The `SegmentRemoveValuesFromClauseInstruction` schema of the LaunchDarkly API spec. */
export type SegmentRemoveValuesFromClauseInstruction = components["schemas"]["SegmentRemoveValuesFromClauseInstruction"];
/** The `SegmentUpdateRuleDescriptionInstruction` schema of the LaunchDarkly API spec. */
export type SegmentUpdateRuleDescriptionInstruction = components["schemas"]["SegmentUpdateRuleDescriptionInstruction"];
/** The `SegmentUpdateRuleRolloutAndContextKindInstruction` schema of the LaunchDarkly API spec. */
export type SegmentUpdateRuleRolloutAndContextKindInstruction = components["schemas"]["SegmentUpdateRuleRolloutAndContextKindInstruction"];
/** The `SegmentAddBigSegmentIncludedTargetsInstruction` schema of the LaunchDarkly API spec. */
export type SegmentAddBigSegmentIncludedTargetsInstruction = components["schemas"]["SegmentAddBigSegmentIncludedTargetsInstruction"];
/** The `SegmentAddBigSegmentExcludedTargetsInstruction` schema of the LaunchDarkly API spec. */
export type SegmentAddBigSegmentExcludedTargetsInstruction = components["schemas"]["SegmentAddBigSegmentExcludedTargetsInstruction"];
/** The `SegmentRemoveBigSegmentIncludedTargetsInstruction` schema of the LaunchDarkly API spec. */
export type SegmentRemoveBigSegmentIncludedTargetsInstruction = components["schemas"]["SegmentRemoveBigSegmentIncludedTargetsInstruction"];
/** The `SegmentRemoveBigSegmentExcludedTargetsInstruction` schema of the LaunchDarkly API spec. */
export type SegmentRemoveBigSegmentExcludedTargetsInstruction = components["schemas"]["SegmentRemoveBigSegmentExcludedTargetsInstruction"];
/** The `SegmentProcessBigSegmentImportInstruction` schema of the LaunchDarkly API spec. */
export type SegmentProcessBigSegmentImportInstruction = components["schemas"]["SegmentProcessBigSegmentImportInstruction"];
/** The `SegmentExpiringTargetsSemanticPatch` schema of the LaunchDarkly API spec. */
export type SegmentExpiringTargetsSemanticPatch = components["schemas"]["SegmentExpiringTargetsSemanticPatch"];
/** The `SegmentExpiringTargetInstruction` schema of the LaunchDarkly API spec. */
export type SegmentExpiringTargetInstruction = components["schemas"]["SegmentExpiringTargetInstruction"];
/** The `SegmentAddExpiringTargetInstruction` schema of the LaunchDarkly API spec. */
export type SegmentAddExpiringTargetInstruction = components["schemas"]["SegmentAddExpiringTargetInstruction"];
/** The `SegmentUpdateExpiringTargetInstruction` schema of the LaunchDarkly API spec. */
export type SegmentUpdateExpiringTargetInstruction = components["schemas"]["SegmentUpdateExpiringTargetInstruction"];
/** The `SegmentRemoveExpiringTargetInstruction` schema of the LaunchDarkly API spec. */
export type SegmentRemoveExpiringTargetInstruction = components["schemas"]["SegmentRemoveExpiringTargetInstruction"];
/** The `SegmentExpiringUserTargetsSemanticPatch` schema of the LaunchDarkly API spec. */
export type SegmentExpiringUserTargetsSemanticPatch = components["schemas"]["SegmentExpiringUserTargetsSemanticPatch"];
/** The `SegmentExpiringUserTargetInstruction` schema of the LaunchDarkly API spec. */
export type SegmentExpiringUserTargetInstruction = components["schemas"]["SegmentExpiringUserTargetInstruction"];
/** The `SegmentAddExpireUserTargetDateInstruction` schema of the LaunchDarkly API spec. */
export type SegmentAddExpireUserTargetDateInstruction = components["schemas"]["SegmentAddExpireUserTargetDateInstruction"];
/** The `SegmentUpdateExpireUserTargetDateInstruction` schema of the LaunchDarkly API spec. */
export type SegmentUpdateExpireUserTargetDateInstruction = components["schemas"]["SegmentUpdateExpireUserTargetDateInstruction"];
/** The `SegmentRemoveExpireUserTargetDateInstruction` schema of the LaunchDarkly API spec. */
export type SegmentRemoveExpireUserTargetDateInstruction = components["schemas"]["SegmentRemoveExpireUserTargetDateInstruction"];
/** The `UserExpiringFlagsSemanticPatch` schema of the LaunchDarkly API spec. */
export type UserExpiringFlagsSemanticPatch = components["schemas"]["UserExpiringFlagsSemanticPatch"];
/** The `UserExpiringFlagInstruction` schema of the LaunchDarkly API spec. */
export type UserExpiringFlagInstruction = components["schemas"]["UserExpiringFlagInstruction"];
/** The `UserAddExpireUserTargetDateInstruction` schema of the LaunchDarkly API spec. */
export type UserAddExpireUserTargetDateInstruction = components["schemas"]["UserAddExpireUserTargetDateInstruction"];
/** The `UserUpdateExpireUserTargetDateInstruction` schema of the LaunchDarkly API spec. */
export type UserUpdateExpireUserTargetDateInstruction = components["schemas"]["UserUpdateExpireUserTargetDateInstruction"];
/** The `UserRemoveExpireUserTargetDateInstruction` schema of the LaunchDarkly API spec. */
export type UserRemoveExpireUserTargetDateInstruction = components["schemas"]["UserRemoveExpireUserTargetDateInstruction"];
/** The `JSONPatch` schema of the LaunchDarkly API spec. */
export type JSONPatch = components["schemas"]["JSONPatch"];
/** The `PatchOperation` schema of the LaunchDarkly API spec. */
export type PatchOperation = components["schemas"]["PatchOperation"];
/** The `PatchOperationAdd` schema of the LaunchDarkly API spec. */
export type PatchOperationAdd = components["schemas"]["PatchOperationAdd"];
/** The `PatchOperationRemove` schema of the LaunchDarkly API spec. */
export type PatchOperationRemove = components["schemas"]["PatchOperationRemove"];
/** The `PatchOperationReplace` schema of the LaunchDarkly API spec. */
export type PatchOperationReplace = components["schemas"]["PatchOperationReplace"];
/** The `PatchOperationMove` schema of the LaunchDarkly API spec. */
export type PatchOperationMove = components["schemas"]["PatchOperationMove"];
/** The `PatchOperationCopy` schema of the LaunchDarkly API spec. */
export type PatchOperationCopy = components["schemas"]["PatchOperationCopy"];
/** The `PatchOperationTest` schema of the LaunchDarkly API spec. */
export type PatchOperationTest = components["schemas"]["PatchOperationTest"];
/** The `PatchWithComment` schema of the LaunchDarkly API spec. */
export type PatchWithComment = components["schemas"]["PatchWithComment"];
/** The `SegmentMergePatch` schema of the LaunchDarkly API spec. */
export type SegmentMergePatch = components["schemas"]["SegmentMergePatch"];
