/**
 * The wire types this package builds. They all come from the OpenAPI spec through `pnpm generate`
 * (`./generated/models.gen.ts`); this module only gives each one a documented alias and adds the
 * parameter helper type.
 */
import type * as G from "./generated/models.gen.js";

/**
 * A clause operator of the spec's enum (case sensitive, e.g. `endsWith`).
 *
 * @example
 * const op: ClauseOperator = "endsWith";
 */
export type ClauseOperator = G.ClauseOperator;

/**
 * A clause value: a string, number or boolean (dates are Unix milliseconds or RFC 3339 strings).
 *
 * @example
 * const value: ClauseValue = ".edu";
 */
export type ClauseValue = G.ClauseValue;

/**
 * A clause of a rule to create (`contextKind` defaults to `user`, `negate` to `false`).
 *
 * @example
 * const c: ClauseInput = clause({ attribute: "email", op: "endsWith", values: [".edu"] });
 */
export type ClauseInput = G.ClauseInput;

/**
 * Whether an individual target is included in or excluded from the segment.
 *
 * @example
 * const type: TargetType = "included";
 */
export type TargetType = G.TargetType;

/**
 * The `addTags` instruction of `patchSegment`, as built by `segment.addTags`.
 *
 * @example
 * const instruction: SegmentAddTagsInstruction = segment.addTags({ values: ["tag1", "tag2"] });
 */
export type SegmentAddTagsInstruction = G.SegmentAddTagsInstruction;

/**
 * The `removeTags` instruction of `patchSegment`, as built by `segment.removeTags`.
 *
 * @example
 * const instruction: SegmentRemoveTagsInstruction = segment.removeTags({ values: ["tag1", "tag2"] });
 */
export type SegmentRemoveTagsInstruction = G.SegmentRemoveTagsInstruction;

/**
 * The `updateName` instruction of `patchSegment`, as built by `segment.updateName`.
 *
 * @example
 * const instruction: SegmentUpdateNameInstruction = segment.updateName({ value: "Updated segment name" });
 */
export type SegmentUpdateNameInstruction = G.SegmentUpdateNameInstruction;

/**
 * The `addIncludedTargets` instruction of `patchSegment`, as built by `segment.addIncludedTargets`.
 *
 * @example
 * const instruction: SegmentAddIncludedTargetsInstruction = segment.addIncludedTargets({ contextKind: "org", values: ["org-key-123abc", "org-key-456def"] });
 */
export type SegmentAddIncludedTargetsInstruction = G.SegmentAddIncludedTargetsInstruction;

/**
 * The `addExcludedTargets` instruction of `patchSegment`, as built by `segment.addExcludedTargets`.
 *
 * @example
 * const instruction: SegmentAddExcludedTargetsInstruction = segment.addExcludedTargets({ contextKind: "org", values: ["org-key-123abc", "org-key-456def"] });
 */
export type SegmentAddExcludedTargetsInstruction = G.SegmentAddExcludedTargetsInstruction;

/**
 * The `removeIncludedTargets` instruction of `patchSegment`, as built by `segment.removeIncludedTargets`.
 *
 * @example
 * const instruction: SegmentRemoveIncludedTargetsInstruction = segment.removeIncludedTargets({ contextKind: "org", values: ["org-key-123abc", "org-key-456def"] });
 */
export type SegmentRemoveIncludedTargetsInstruction = G.SegmentRemoveIncludedTargetsInstruction;

/**
 * The `removeExcludedTargets` instruction of `patchSegment`, as built by `segment.removeExcludedTargets`.
 *
 * @example
 * const instruction: SegmentRemoveExcludedTargetsInstruction = segment.removeExcludedTargets({ contextKind: "org", values: ["org-key-123abc", "org-key-456def"] });
 */
export type SegmentRemoveExcludedTargetsInstruction = G.SegmentRemoveExcludedTargetsInstruction;

/**
 * The `addIncludedUsers` instruction of `patchSegment`, as built by `segment.addIncludedUsers`.
 *
 * @example
 * const instruction: SegmentAddIncludedUsersInstruction = segment.addIncludedUsers({ values: ["user-key-123abc", "user-key-456def"] });
 */
export type SegmentAddIncludedUsersInstruction = G.SegmentAddIncludedUsersInstruction;

/**
 * The `addExcludedUsers` instruction of `patchSegment`, as built by `segment.addExcludedUsers`.
 *
 * @example
 * const instruction: SegmentAddExcludedUsersInstruction = segment.addExcludedUsers({ values: ["user-key-123abc", "user-key-456def"] });
 */
export type SegmentAddExcludedUsersInstruction = G.SegmentAddExcludedUsersInstruction;

/**
 * The `removeIncludedUsers` instruction of `patchSegment`, as built by `segment.removeIncludedUsers`.
 *
 * @example
 * const instruction: SegmentRemoveIncludedUsersInstruction = segment.removeIncludedUsers({ values: ["user-key-123abc", "user-key-456def"] });
 */
export type SegmentRemoveIncludedUsersInstruction = G.SegmentRemoveIncludedUsersInstruction;

/**
 * The `removeExcludedUsers` instruction of `patchSegment`, as built by `segment.removeExcludedUsers`.
 *
 * @example
 * const instruction: SegmentRemoveExcludedUsersInstruction = segment.removeExcludedUsers({ values: ["user-key-123abc", "user-key-456def"] });
 */
export type SegmentRemoveExcludedUsersInstruction = G.SegmentRemoveExcludedUsersInstruction;

/**
 * The `addRule` instruction of `patchSegment`, as built by `segment.addRule`.
 *
 * @example
 * const instruction: SegmentAddRuleInstruction = segment.addRule({
 *   clauses: [clause({ attribute: "email", op: "endsWith", values: [".edu"] })],
 *   description: "University students",
 * });
 */
export type SegmentAddRuleInstruction = G.SegmentAddRuleInstruction;

/**
 * The `removeRule` instruction of `patchSegment`, as built by `segment.removeRule`.
 *
 * @example
 * const instruction: SegmentRemoveRuleInstruction = segment.removeRule({ ruleId: "a902ef4a-2faf-4eaf-88e1-ecc356708a29" });
 */
export type SegmentRemoveRuleInstruction = G.SegmentRemoveRuleInstruction;

/**
 * The `reorderRules` instruction of `patchSegment`, as built by `segment.reorderRules`.
 *
 * @example
 * const instruction: SegmentReorderRulesInstruction = segment.reorderRules({ ruleIds: ["a902ef4a-2faf-4eaf-88e1-ecc356708a29", "63c238d1-835d-435e-8f21-c8d5e40b2a3d"] });
 */
export type SegmentReorderRulesInstruction = G.SegmentReorderRulesInstruction;

/**
 * The `addClauses` instruction of `patchSegment`, as built by `segment.addClauses`.
 *
 * @example
 * const instruction: SegmentAddClausesInstruction = segment.addClauses({
 *   ruleId: "a902ef4a-2faf-4eaf-88e1-ecc356708a29",
 *   clauses: [clause({ attribute: "email", op: "contains", values: ["value1"] })],
 * });
 */
export type SegmentAddClausesInstruction = G.SegmentAddClausesInstruction;

/**
 * The `removeClauses` instruction of `patchSegment`, as built by `segment.removeClauses`.
 *
 * @example
 * const instruction: SegmentRemoveClausesInstruction = segment.removeClauses({ ruleId: "a902ef4a-2faf-4eaf-88e1-ecc356708a29", clauseIds: ["10a58772-3121-400f-846b-b8a04e8944ed"] });
 */
export type SegmentRemoveClausesInstruction = G.SegmentRemoveClausesInstruction;

/**
 * The `updateClause` instruction of `patchSegment`, as built by `segment.updateClause`.
 *
 * @example
 * const instruction: SegmentUpdateClauseInstruction = segment.updateClause({
 *   ruleId: "a902ef4a-2faf-4eaf-88e1-ecc356708a29",
 *   clauseId: "10c7462a-2062-45ba-a8bb-dfb3de0f8af5",
 *   clause: clause({ attribute: "country", op: "in", values: ["Mexico", "Canada"] }),
 * });
 */
export type SegmentUpdateClauseInstruction = G.SegmentUpdateClauseInstruction;

/**
 * The `addValuesToClause` instruction of `patchSegment`, as built by `segment.addValuesToClause`.
 *
 * @example
 * const instruction: SegmentAddValuesToClauseInstruction = segment.addValuesToClause({
 *   ruleId: "a902ef4a-2faf-4eaf-88e1-ecc356708a29",
 *   clauseId: "10a58772-3121-400f-846b-b8a04e8944ed",
 *   values: ["beta_testers"],
 * });
 */
export type SegmentAddValuesToClauseInstruction = G.SegmentAddValuesToClauseInstruction;

/**
 * The `removeValuesFromClause` instruction of `patchSegment`, as built by `segment.removeValuesFromClause`.
 *
 * @example
 * const instruction: SegmentRemoveValuesFromClauseInstruction = segment.removeValuesFromClause({
 *   ruleId: "a902ef4a-2faf-4eaf-88e1-ecc356708a29",
 *   clauseId: "10a58772-3121-400f-846b-b8a04e8944ed",
 *   values: ["beta_testers"],
 * });
 */
export type SegmentRemoveValuesFromClauseInstruction = G.SegmentRemoveValuesFromClauseInstruction;

/**
 * The `updateRuleDescription` instruction of `patchSegment`, as built by `segment.updateRuleDescription`.
 *
 * @example
 * const instruction: SegmentUpdateRuleDescriptionInstruction = segment.updateRuleDescription({ ruleId: "a902ef4a-2faf-4eaf-88e1-ecc356708a29", description: "New rule description" });
 */
export type SegmentUpdateRuleDescriptionInstruction = G.SegmentUpdateRuleDescriptionInstruction;

/**
 * The `updateRuleRolloutAndContextKind` instruction of `patchSegment`, as built by `segment.updateRuleRolloutAndContextKind`.
 *
 * @example
 * const instruction: SegmentUpdateRuleRolloutAndContextKindInstruction = segment.updateRuleRolloutAndContextKind({ ruleId: "a902ef4a-2faf-4eaf-88e1-ecc356708a29", weight: 20000, contextKind: "device" });
 */
export type SegmentUpdateRuleRolloutAndContextKindInstruction = G.SegmentUpdateRuleRolloutAndContextKindInstruction;

/**
 * The `addBigSegmentIncludedTargets` instruction of `patchSegment`, as built by `segment.addBigSegmentIncludedTargets`.
 *
 * @example
 * const instruction: SegmentAddBigSegmentIncludedTargetsInstruction = segment.addBigSegmentIncludedTargets({ values: ["org-key-123abc", "org-key-456def"] });
 */
export type SegmentAddBigSegmentIncludedTargetsInstruction = G.SegmentAddBigSegmentIncludedTargetsInstruction;

/**
 * The `addBigSegmentExcludedTargets` instruction of `patchSegment`, as built by `segment.addBigSegmentExcludedTargets`.
 *
 * @example
 * const instruction: SegmentAddBigSegmentExcludedTargetsInstruction = segment.addBigSegmentExcludedTargets({ values: ["org-key-123abc", "org-key-456def"] });
 */
export type SegmentAddBigSegmentExcludedTargetsInstruction = G.SegmentAddBigSegmentExcludedTargetsInstruction;

/**
 * The `removeBigSegmentIncludedTargets` instruction of `patchSegment`, as built by `segment.removeBigSegmentIncludedTargets`.
 *
 * @example
 * const instruction: SegmentRemoveBigSegmentIncludedTargetsInstruction = segment.removeBigSegmentIncludedTargets({ values: ["org-key-123abc", "org-key-456def"] });
 */
export type SegmentRemoveBigSegmentIncludedTargetsInstruction = G.SegmentRemoveBigSegmentIncludedTargetsInstruction;

/**
 * The `removeBigSegmentExcludedTargets` instruction of `patchSegment`, as built by `segment.removeBigSegmentExcludedTargets`.
 *
 * @example
 * const instruction: SegmentRemoveBigSegmentExcludedTargetsInstruction = segment.removeBigSegmentExcludedTargets({ values: ["org-key-123abc", "org-key-456def"] });
 */
export type SegmentRemoveBigSegmentExcludedTargetsInstruction = G.SegmentRemoveBigSegmentExcludedTargetsInstruction;

/**
 * The `processBigSegmentImport` instruction of `patchSegment`, as built by `segment.processBigSegmentImport`.
 *
 * @example
 * const instruction: SegmentProcessBigSegmentImportInstruction = segment.processBigSegmentImport({ importId: "a902ef4a-2faf-4eaf-88e1-ecc356708a29" });
 */
export type SegmentProcessBigSegmentImportInstruction = G.SegmentProcessBigSegmentImportInstruction;

/**
 * The `addExpiringTarget` instruction of `patchExpiringTargetsForSegment`, as built by `segmentExpiringTargets.addExpiringTarget`.
 *
 * @example
 * const instruction: SegmentAddExpiringTargetInstruction = segmentExpiringTargets.addExpiringTarget({
 *   targetType: "included",
 *   contextKey: "user-key-123abc",
 *   contextKind: "user",
 *   value: 1754092860000,
 * });
 */
export type SegmentAddExpiringTargetInstruction = G.SegmentAddExpiringTargetInstruction;

/**
 * The `updateExpiringTarget` instruction of `patchExpiringTargetsForSegment`, as built by `segmentExpiringTargets.updateExpiringTarget`.
 *
 * @example
 * const instruction: SegmentUpdateExpiringTargetInstruction = segmentExpiringTargets.updateExpiringTarget({
 *   targetType: "included",
 *   contextKey: "user-key-123abc",
 *   contextKind: "user",
 *   value: 1754179260000,
 * });
 */
export type SegmentUpdateExpiringTargetInstruction = G.SegmentUpdateExpiringTargetInstruction;

/**
 * The `removeExpiringTarget` instruction of `patchExpiringTargetsForSegment`, as built by `segmentExpiringTargets.removeExpiringTarget`.
 *
 * @example
 * const instruction: SegmentRemoveExpiringTargetInstruction = segmentExpiringTargets.removeExpiringTarget({ targetType: "included", contextKey: "user-key-123abc", contextKind: "user" });
 */
export type SegmentRemoveExpiringTargetInstruction = G.SegmentRemoveExpiringTargetInstruction;

/**
 * The `addExpireUserTargetDate` instruction of `patchExpiringUserTargetsForSegment`, as built by `segmentExpiringUserTargets.addExpireUserTargetDate`.
 *
 * @example
 * const instruction: SegmentAddExpireUserTargetDateInstruction = segmentExpiringUserTargets.addExpireUserTargetDate({ targetType: "included", userKey: "user-key-123abc", value: 1653469200000 });
 */
export type SegmentAddExpireUserTargetDateInstruction = G.SegmentAddExpireUserTargetDateInstruction;

/**
 * The `updateExpireUserTargetDate` instruction of `patchExpiringUserTargetsForSegment`, as built by `segmentExpiringUserTargets.updateExpireUserTargetDate`.
 *
 * @example
 * const instruction: SegmentUpdateExpireUserTargetDateInstruction = segmentExpiringUserTargets.updateExpireUserTargetDate({ targetType: "included", userKey: "user-key-123abc", value: 1653469200000, version: 1 });
 */
export type SegmentUpdateExpireUserTargetDateInstruction = G.SegmentUpdateExpireUserTargetDateInstruction;

/**
 * The `removeExpireUserTargetDate` instruction of `patchExpiringUserTargetsForSegment`, as built by `segmentExpiringUserTargets.removeExpireUserTargetDate`.
 *
 * @example
 * const instruction: SegmentRemoveExpireUserTargetDateInstruction = segmentExpiringUserTargets.removeExpireUserTargetDate({ targetType: "included", userKey: "user-key-123abc" });
 */
export type SegmentRemoveExpireUserTargetDateInstruction = G.SegmentRemoveExpireUserTargetDateInstruction;

/**
 * The `addExpireUserTargetDate` instruction of `patchExpiringFlagsForUser`, as built by `userExpiringFlags.addExpireUserTargetDate`.
 *
 * @example
 * const instruction: UserAddExpireUserTargetDateInstruction = userExpiringFlags.addExpireUserTargetDate({
 *   flagKey: "sample-flag-key",
 *   variationId: "ce12d345-a1b2-4fb5-a123-ab123d4d5f5d",
 *   value: 1653469200000,
 * });
 */
export type UserAddExpireUserTargetDateInstruction = G.UserAddExpireUserTargetDateInstruction;

/**
 * The `updateExpireUserTargetDate` instruction of `patchExpiringFlagsForUser`, as built by `userExpiringFlags.updateExpireUserTargetDate`.
 *
 * @example
 * const instruction: UserUpdateExpireUserTargetDateInstruction = userExpiringFlags.updateExpireUserTargetDate({
 *   flagKey: "sample-flag-key",
 *   variationId: "ce12d345-a1b2-4fb5-a123-ab123d4d5f5d",
 *   value: 1653469200000,
 *   version: 1,
 * });
 */
export type UserUpdateExpireUserTargetDateInstruction = G.UserUpdateExpireUserTargetDateInstruction;

/**
 * The `removeExpireUserTargetDate` instruction of `patchExpiringFlagsForUser`, as built by `userExpiringFlags.removeExpireUserTargetDate`.
 *
 * @example
 * const instruction: UserRemoveExpireUserTargetDateInstruction = userExpiringFlags.removeExpireUserTargetDate({ flagKey: "sample-flag-key", variationId: "ce12d345-a1b2-4fb5-a123-ab123d4d5f5d" });
 */
export type UserRemoveExpireUserTargetDateInstruction = G.UserRemoveExpireUserTargetDateInstruction;

/**
 * Any instruction of a `patchSegment` semantic patch (union discriminated by `kind`).
 *
 * @example
 * const instruction: SegmentInstruction = segment.removeRule({ ruleId: "a902ef4a-2faf-4eaf-88e1-ecc356708a29" });
 */
export type SegmentInstruction = G.SegmentInstruction;

/**
 * Any instruction of `patchExpiringTargetsForSegment` (union discriminated by `kind`).
 *
 * @example
 * const instruction: SegmentExpiringTargetInstruction = segmentExpiringTargets.removeExpiringTarget({ targetType: "included", contextKey: "user-key-123abc", contextKind: "user" });
 */
export type SegmentExpiringTargetInstruction = G.SegmentExpiringTargetInstruction;

/**
 * Any instruction of `patchExpiringUserTargetsForSegment` (union discriminated by `kind`).
 *
 * @example
 * const instruction: SegmentExpiringUserTargetInstruction = segmentExpiringUserTargets.removeExpireUserTargetDate({ targetType: "included", userKey: "user-key-123abc" });
 */
export type SegmentExpiringUserTargetInstruction = G.SegmentExpiringUserTargetInstruction;

/**
 * Any instruction of `patchExpiringFlagsForUser` (union discriminated by `kind`).
 *
 * @example
 * const instruction: UserExpiringFlagInstruction = userExpiringFlags.removeExpireUserTargetDate({ flagKey: "sample-flag-key", variationId: "ce12d345-a1b2-4fb5-a123-ab123d4d5f5d" });
 */
export type UserExpiringFlagInstruction = G.UserExpiringFlagInstruction;

/**
 * The semantic-patch body of `patchSegment`: `environmentKey`, `instructions`, optional `comment`.
 *
 * @example
 * const body: SegmentSemanticPatch = segmentPatch("production").removeRule({ ruleId: "a902ef4a-2faf-4eaf-88e1-ecc356708a29" }).build();
 */
export type SegmentSemanticPatch = G.SegmentSemanticPatch;

/**
 * The body of `patchExpiringTargetsForSegment`: `instructions`, optional `comment`.
 *
 * @example
 * const body: SegmentExpiringTargetsSemanticPatch = segmentExpiringTargetsPatchBuilder()
 *   .removeExpiringTarget({ targetType: "included", contextKey: "user-key-123abc", contextKind: "user" })
 *   .build();
 */
export type SegmentExpiringTargetsSemanticPatch = G.SegmentExpiringTargetsSemanticPatch;

/**
 * The body of `patchExpiringUserTargetsForSegment`: `instructions`, optional `comment`.
 *
 * @example
 * const body: SegmentExpiringUserTargetsSemanticPatch = segmentExpiringUserTargetsPatchBuilder()
 *   .removeExpireUserTargetDate({ targetType: "included", userKey: "user-key-123abc" })
 *   .build();
 */
export type SegmentExpiringUserTargetsSemanticPatch = G.SegmentExpiringUserTargetsSemanticPatch;

/**
 * The body of `patchExpiringFlagsForUser`: `instructions`, optional `comment`.
 *
 * @example
 * const body: UserExpiringFlagsSemanticPatch = userExpiringFlagsPatchBuilder()
 *   .removeExpireUserTargetDate({ flagKey: "sample-flag-key", variationId: "ce12d345-a1b2-4fb5-a123-ab123d4d5f5d" })
 *   .build();
 */
export type UserExpiringFlagsSemanticPatch = G.UserExpiringFlagsSemanticPatch;

/**
 * One JSON Patch operation (union discriminated by `op`).
 *
 * @example
 * const op: PatchOperation = jsonPatch.replace("/description", "new description");
 */
export type PatchOperation = G.PatchOperation;

/**
 * The JSON Patch `add` operation.
 *
 * @example
 * const op: PatchOperationAdd = jsonPatch.add("/tags/-", "beta");
 */
export type PatchOperationAdd = G.PatchOperationAdd;

/**
 * The JSON Patch `remove` operation.
 *
 * @example
 * const op: PatchOperationRemove = jsonPatch.remove("/rules/0");
 */
export type PatchOperationRemove = G.PatchOperationRemove;

/**
 * The JSON Patch `replace` operation.
 *
 * @example
 * const op: PatchOperationReplace = jsonPatch.replace("/description", "new description");
 */
export type PatchOperationReplace = G.PatchOperationReplace;

/**
 * The JSON Patch `move` operation.
 *
 * @example
 * const op: PatchOperationMove = jsonPatch.move("/rules/1", "/rules/0");
 */
export type PatchOperationMove = G.PatchOperationMove;

/**
 * The JSON Patch `copy` operation.
 *
 * @example
 * const op: PatchOperationCopy = jsonPatch.copy("/included/0", "/excluded/-");
 */
export type PatchOperationCopy = G.PatchOperationCopy;

/**
 * The JSON Patch `test` operation.
 *
 * @example
 * const op: PatchOperationTest = jsonPatch.testVersion(7);
 */
export type PatchOperationTest = G.PatchOperationTest;

/**
 * A JSON Patch (RFC 6902): an array of operations, applied in order.
 *
 * @example
 * const patch: JSONPatch = [jsonPatch.testVersion(7), jsonPatch.replace("/description", "new description")];
 */
export type JSONPatch = G.JSONPatch;

/**
 * A JSON Patch with a comment for the audit log.
 *
 * @example
 * const body: PatchWithComment = patchWithComment({ patch: [jsonPatch.replace("/name", "Beta users")], comment: "Rename" });
 */
export type PatchWithComment = G.PatchWithComment;

/**
 * Individually targeted context keys of one context kind (merge patch `includedContexts`/`excludedContexts`).
 *
 * @example
 * const target: SegmentTarget = { contextKind: "org", values: ["org-key-123abc"] };
 */
export type SegmentTarget = G.SegmentTarget;

/**
 * A targeting rule as written in a segment merge patch.
 *
 * @example
 * const rule: SegmentRuleInput = { clauses: [clause({ attribute: "email", op: "endsWith", values: [".edu"] })] };
 */
export type SegmentRuleInput = G.SegmentRuleInput;

/**
 * A JSON merge patch (RFC 7386) of a segment's fields.
 *
 * @example
 * const body: SegmentMergePatch = segmentMergePatch({ description: "Customers enrolled in the beta program" });
 */
export type SegmentMergePatch = G.SegmentMergePatch;

/**
 * The parameters of an instruction builder: the wire instruction without its `kind`.
 *
 * @example
 * const params: InstructionParams<SegmentAddTagsInstruction> = { values: ["beta"] };
 */
export type InstructionParams<I extends { kind: string }> = Omit<I, "kind">;
