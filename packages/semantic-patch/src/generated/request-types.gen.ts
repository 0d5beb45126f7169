// ---------------------------------------------------------------------------
// GENERATED FILE — DO NOT EDIT BY HAND.
// Written by `pnpm generate` (tools/src/generate.ts) from openapi/ldkit.yaml.
// Change the spec and run `pnpm generate`; `pnpm check:drift` fails when this
// file no longer matches the spec.
// ---------------------------------------------------------------------------

/**
 * A semantic patch of a segment (media type `application/json; domain-model=launchdarkly.semanticpatch`).
 * @example {
 *   "environmentKey": "production",
 *   "comment": "Add the pilot customers",
 *   "instructions": [
 *     {
 *       "kind": "addIncludedTargets",
 *       "contextKind": "org",
 *       "values": [
 *         "org-key-123abc",
 *         "org-key-456def"
 *       ]
 *     }
 *   ]
 * }
 */
export type SegmentSemanticPatch = {
    /** The key of the environment the instructions apply to. */
    environmentKey: string;
    /** The actions to perform, in order. */
    instructions: SegmentInstruction[];
    /** Optional description of the update. */
    comment?: string;
};
/** One semantic-patch instruction for `patchSegment`, discriminated by `kind`. */
export type SegmentInstruction = SegmentAddTagsInstruction | SegmentRemoveTagsInstruction | SegmentUpdateNameInstruction | SegmentAddIncludedTargetsInstruction | SegmentAddExcludedTargetsInstruction | SegmentRemoveIncludedTargetsInstruction | SegmentRemoveExcludedTargetsInstruction | SegmentAddIncludedUsersInstruction | SegmentAddExcludedUsersInstruction | SegmentRemoveIncludedUsersInstruction | SegmentRemoveExcludedUsersInstruction | SegmentAddRuleInstruction | SegmentRemoveRuleInstruction | SegmentReorderRulesInstruction | SegmentAddClausesInstruction | SegmentRemoveClausesInstruction | SegmentUpdateClauseInstruction | SegmentAddValuesToClauseInstruction | SegmentRemoveValuesFromClauseInstruction | SegmentUpdateRuleDescriptionInstruction | SegmentUpdateRuleRolloutAndContextKindInstruction | SegmentAddBigSegmentIncludedTargetsInstruction | SegmentAddBigSegmentExcludedTargetsInstruction | SegmentRemoveBigSegmentIncludedTargetsInstruction | SegmentRemoveBigSegmentExcludedTargetsInstruction | SegmentProcessBigSegmentImportInstruction;
/**
 * Adds tags to the segment.
 * @example {
 *   "kind": "addTags",
 *   "values": [
 *     "tag1",
 *     "tag2"
 *   ]
 * }
 */
export type SegmentAddTagsInstruction = {
    kind: "addTags";
    /** Tags. */
    values: string[];
};
/**
 * Removes tags from the segment.
 * @example {
 *   "kind": "removeTags",
 *   "values": [
 *     "tag1",
 *     "tag2"
 *   ]
 * }
 */
export type SegmentRemoveTagsInstruction = {
    kind: "removeTags";
    /** Tags. */
    values: string[];
};
/**
 * Updates the name of the segment.
 * @example {
 *   "kind": "updateName",
 *   "value": "Updated segment name"
 * }
 */
export type SegmentUpdateNameInstruction = {
    kind: "updateName";
    /** The new name of the segment. */
    value: string;
};
/**
 * Adds context keys to the individual context targets included in the segment for `contextKind`.
 * @example {
 *   "kind": "addIncludedTargets",
 *   "contextKind": "org",
 *   "values": [
 *     "org-key-123abc",
 *     "org-key-456def"
 *   ]
 * }
 */
export type SegmentAddIncludedTargetsInstruction = {
    kind: "addIncludedTargets";
    /** The context kind of the targets. */
    contextKind: string;
    /** Context keys (at most 1500 per instruction). */
    values: string[];
};
/**
 * Adds context keys to the individual context targets excluded from the segment for `contextKind`.
 * @example {
 *   "kind": "addExcludedTargets",
 *   "contextKind": "org",
 *   "values": [
 *     "org-key-123abc",
 *     "org-key-456def"
 *   ]
 * }
 */
export type SegmentAddExcludedTargetsInstruction = {
    kind: "addExcludedTargets";
    /** The context kind of the targets. */
    contextKind: string;
    /** Context keys (at most 1500 per instruction). */
    values: string[];
};
/**
 * Removes context keys from the individual context targets included in the segment for `contextKind`.
 * @example {
 *   "kind": "removeIncludedTargets",
 *   "contextKind": "org",
 *   "values": [
 *     "org-key-123abc",
 *     "org-key-456def"
 *   ]
 * }
 */
export type SegmentRemoveIncludedTargetsInstruction = {
    kind: "removeIncludedTargets";
    /** The context kind of the targets. */
    contextKind: string;
    /** Context keys (at most 1500 per instruction). */
    values: string[];
};
/**
 * Removes context keys from the individual context targets excluded from the segment for `contextKind`.
 * @example {
 *   "kind": "removeExcludedTargets",
 *   "contextKind": "org",
 *   "values": [
 *     "org-key-123abc",
 *     "org-key-456def"
 *   ]
 * }
 */
export type SegmentRemoveExcludedTargetsInstruction = {
    kind: "removeExcludedTargets";
    /** The context kind of the targets. */
    contextKind: string;
    /** Context keys (at most 1500 per instruction). */
    values: string[];
};
/**
 * Adds user keys to the individual user targets included in the segment (legacy; prefer `addIncludedTargets`).
 * @example {
 *   "kind": "addIncludedUsers",
 *   "values": [
 *     "user-key-123abc",
 *     "user-key-456def"
 *   ]
 * }
 */
export type SegmentAddIncludedUsersInstruction = {
    kind: "addIncludedUsers";
    /** User keys (at most 1500 per instruction). */
    values: string[];
};
/**
 * Adds user keys to the individual user targets excluded from the segment (legacy; prefer `addExcludedTargets`).
 * @example {
 *   "kind": "addExcludedUsers",
 *   "values": [
 *     "user-key-123abc",
 *     "user-key-456def"
 *   ]
 * }
 */
export type SegmentAddExcludedUsersInstruction = {
    kind: "addExcludedUsers";
    /** User keys (at most 1500 per instruction). */
    values: string[];
};
/**
 * Removes user keys from the individual user targets included in the segment (legacy; prefer `removeIncludedTargets`).
 * @example {
 *   "kind": "removeIncludedUsers",
 *   "values": [
 *     "user-key-123abc",
 *     "user-key-456def"
 *   ]
 * }
 */
export type SegmentRemoveIncludedUsersInstruction = {
    kind: "removeIncludedUsers";
    /** User keys (at most 1500 per instruction). */
    values: string[];
};
/**
 * Removes user keys from the individual user targets excluded from the segment (legacy; prefer `removeExcludedTargets`).
 * @example {
 *   "kind": "removeExcludedUsers",
 *   "values": [
 *     "user-key-123abc",
 *     "user-key-456def"
 *   ]
 * }
 */
export type SegmentRemoveExcludedUsersInstruction = {
    kind: "removeExcludedUsers";
    /** User keys (at most 1500 per instruction). */
    values: string[];
};
/**
 * Adds a targeting rule to the segment, optionally with clauses and a description.
 * @example {
 *   "kind": "addRule",
 *   "clauses": [
 *     {
 *       "attribute": "email",
 *       "op": "contains",
 *       "negate": false,
 *       "values": [
 *         "@launchdarkly.com"
 *       ]
 *     }
 *   ],
 *   "description": "Targeting rule for LaunchDarkly employees"
 * }
 */
export type SegmentAddRuleInstruction = {
    kind: "addRule";
    /** Clauses; a clause's `contextKind` defaults to `user`. */
    clauses?: ClauseInput[];
    /** A description of the rule. */
    description?: string;
};
/**
 * A clause to create, as used by `addRule`, `addClauses` and `updateClause`.
 * @example {
 *   "contextKind": "user",
 *   "attribute": "email",
 *   "op": "endsWith",
 *   "negate": false,
 *   "values": [
 *     ".edu"
 *   ]
 * }
 */
export type ClauseInput = {
    /**
     * The context kind the attribute belongs to (case sensitive).
     * @defaultValue user
     */
    contextKind?: string;
    /** The context attribute to test (case sensitive). */
    attribute: string;
    op: ClauseOperator;
    /**
     * Whether to negate the result of the operator.
     * @defaultValue false
     */
    negate?: boolean;
    /** The values to test against (case sensitive). */
    values: ClauseValue[];
};
/**
 * A clause operator. Operators are case sensitive (camelCase), for example `endsWith`.
 * @example endsWith
 */
export type ClauseOperator = "in" | "endsWith" | "startsWith" | "matches" | "contains" | "lessThan" | "lessThanOrEqual" | "greaterThan" | "greaterThanOrEqual" | "before" | "after" | "segmentMatch" | "semVerEqual" | "semVerLessThan" | "semVerGreaterThan";
/**
 * A clause value. Dates are Unix milliseconds (number) or RFC 3339 strings.
 * @example .edu
 */
export type ClauseValue = string | number | boolean;
/**
 * Removes the targeting rule `ruleId`; does nothing if the rule does not exist.
 * @example {
 *   "kind": "removeRule",
 *   "ruleId": "a902ef4a-2faf-4eaf-88e1-ecc356708a29"
 * }
 */
export type SegmentRemoveRuleInstruction = {
    kind: "removeRule";
    /** ID of a targeting rule in the segment. */
    ruleId: string;
};
/**
 * Reorders the rules to match `ruleIds`, which must list every rule of the segment.
 * @example {
 *   "kind": "reorderRules",
 *   "ruleIds": [
 *     "a902ef4a-2faf-4eaf-88e1-ecc356708a29",
 *     "63c238d1-835d-435e-8f21-c8d5e40b2a3d"
 *   ]
 * }
 */
export type SegmentReorderRulesInstruction = {
    kind: "reorderRules";
    /** IDs of all targeting rules in the segment, in the new order. */
    ruleIds: string[];
};
/**
 * Adds clauses to the rule `ruleId`.
 * @example {
 *   "kind": "addClauses",
 *   "ruleId": "a902ef4a-2faf-4eaf-88e1-ecc356708a29",
 *   "clauses": [
 *     {
 *       "attribute": "email",
 *       "negate": false,
 *       "op": "contains",
 *       "values": [
 *         "value1"
 *       ]
 *     }
 *   ]
 * }
 */
export type SegmentAddClausesInstruction = {
    kind: "addClauses";
    /** ID of a targeting rule in the segment. */
    ruleId: string;
    /** Clauses; a clause's `contextKind` defaults to `user`. */
    clauses: ClauseInput[];
};
/**
 * Removes the clauses `clauseIds` from the rule `ruleId`.
 * @example {
 *   "kind": "removeClauses",
 *   "ruleId": "a902ef4a-2faf-4eaf-88e1-ecc356708a29",
 *   "clauseIds": [
 *     "10a58772-3121-400f-846b-b8a04e8944ed",
 *     "36a461dc-235e-4b08-97b9-73ce9365873e"
 *   ]
 * }
 */
export type SegmentRemoveClausesInstruction = {
    kind: "removeClauses";
    /** ID of a targeting rule in the segment. */
    ruleId: string;
    /** IDs of clauses in the rule. */
    clauseIds: string[];
};
/**
 * Replaces the clause `clauseId` of the rule `ruleId` with `clause`.
 * @example {
 *   "kind": "updateClause",
 *   "ruleId": "a902ef4a-2faf-4eaf-88e1-ecc356708a29",
 *   "clauseId": "10c7462a-2062-45ba-a8bb-dfb3de0f8af5",
 *   "clause": {
 *     "contextKind": "user",
 *     "attribute": "country",
 *     "op": "in",
 *     "negate": false,
 *     "values": [
 *       "Mexico",
 *       "Canada"
 *     ]
 *   }
 * }
 */
export type SegmentUpdateClauseInstruction = {
    kind: "updateClause";
    /** ID of a targeting rule in the segment. */
    ruleId: string;
    /** ID of a clause in that rule. */
    clauseId: string;
    clause: ClauseInput;
};
/**
 * Adds values to the clause `clauseId` of the rule `ruleId`; the context kind, attribute and operator stay.
 * @example {
 *   "kind": "addValuesToClause",
 *   "ruleId": "a902ef4a-2faf-4eaf-88e1-ecc356708a29",
 *   "clauseId": "10a58772-3121-400f-846b-b8a04e8944ed",
 *   "values": [
 *     "beta_testers"
 *   ]
 * }
 */
export type SegmentAddValuesToClauseInstruction = {
    kind: "addValuesToClause";
    /** ID of a targeting rule in the segment. */
    ruleId: string;
    /** ID of a clause in that rule. */
    clauseId: string;
    /** Clause values (case sensitive). */
    values: ClauseValue[];
};
/**
 * Removes values from the clause `clauseId` of the rule `ruleId`; the context kind, attribute and operator stay.
 * @example {
 *   "kind": "removeValuesFromClause",
 *   "ruleId": "a902ef4a-2faf-4eaf-88e1-ecc356708a29",
 *   "clauseId": "10a58772-3121-400f-846b-b8a04e8944ed",
 *   "values": [
 *     "beta_testers"
 *   ]
 * }
 */
export type SegmentRemoveValuesFromClauseInstruction = {
    kind: "removeValuesFromClause";
    /** ID of a targeting rule in the segment. */
    ruleId: string;
    /** ID of a clause in that rule. */
    clauseId: string;
    /** Clause values (case sensitive). */
    values: ClauseValue[];
};
/**
 * Updates the description of the targeting rule `ruleId`.
 * @example {
 *   "kind": "updateRuleDescription",
 *   "description": "New rule description",
 *   "ruleId": "a902ef4a-2faf-4eaf-88e1-ecc356708a29"
 * }
 */
export type SegmentUpdateRuleDescriptionInstruction = {
    kind: "updateRuleDescription";
    /** ID of a targeting rule in the segment. */
    ruleId: string;
    /** The new description of the rule. */
    description: string;
};
/**
 * For a rule that includes a percentage of targets, updates the percentage and the context kind.
 * @example {
 *   "kind": "updateRuleRolloutAndContextKind",
 *   "ruleId": "a902ef4a-2faf-4eaf-88e1-ecc356708a29",
 *   "weight": 20000,
 *   "contextKind": "device"
 * }
 */
export type SegmentUpdateRuleRolloutAndContextKindInstruction = {
    kind: "updateRuleRolloutAndContextKind";
    /** ID of a targeting rule in the segment. */
    ruleId: string;
    /** The included share, in thousandths of a percent (0–100000). */
    weight: number;
    /** The context kind the percentage applies to. */
    contextKind: string;
};
/**
 * Adds context keys to the targets included in a larger list-based segment (big segments only).
 * @example {
 *   "kind": "addBigSegmentIncludedTargets",
 *   "values": [
 *     "org-key-123abc",
 *     "org-key-456def"
 *   ]
 * }
 */
export type SegmentAddBigSegmentIncludedTargetsInstruction = {
    kind: "addBigSegmentIncludedTargets";
    /** Context keys (at most 1500 per instruction). */
    values: string[];
};
/**
 * Adds context keys to the targets excluded from a larger list-based segment (big segments only).
 * @example {
 *   "kind": "addBigSegmentExcludedTargets",
 *   "values": [
 *     "org-key-123abc",
 *     "org-key-456def"
 *   ]
 * }
 */
export type SegmentAddBigSegmentExcludedTargetsInstruction = {
    kind: "addBigSegmentExcludedTargets";
    /** Context keys (at most 1500 per instruction). */
    values: string[];
};
/**
 * Removes context keys from the targets included in a larger list-based segment (big segments only).
 * @example {
 *   "kind": "removeBigSegmentIncludedTargets",
 *   "values": [
 *     "org-key-123abc",
 *     "org-key-456def"
 *   ]
 * }
 */
export type SegmentRemoveBigSegmentIncludedTargetsInstruction = {
    kind: "removeBigSegmentIncludedTargets";
    /** Context keys (at most 1500 per instruction). */
    values: string[];
};
/**
 * Removes context keys from the targets excluded from a larger list-based segment (big segments only).
 * @example {
 *   "kind": "removeBigSegmentExcludedTargets",
 *   "values": [
 *     "org-key-123abc",
 *     "org-key-456def"
 *   ]
 * }
 */
export type SegmentRemoveBigSegmentExcludedTargetsInstruction = {
    kind: "removeBigSegmentExcludedTargets";
    /** Context keys (at most 1500 per instruction). */
    values: string[];
};
/**
 * Processes a big segment import (larger list-based segments only).
 * @example {
 *   "kind": "processBigSegmentImport",
 *   "importId": "a902ef4a-2faf-4eaf-88e1-ecc356708a29"
 * }
 */
export type SegmentProcessBigSegmentImportInstruction = {
    kind: "processBigSegmentImport";
    /** The import ID: the last path segment of the `Location` header returned by `createBigSegmentImport`. */
    importId: string;
};
/**
 * A JSON Patch document (RFC 6902) of the segment.
 * @example [
 *   {
 *     "op": "replace",
 *     "path": "/description",
 *     "value": "New description for this segment"
 *   },
 *   {
 *     "op": "add",
 *     "path": "/tags/0",
 *     "value": "example"
 *   }
 * ]
 */
export type JSONPatch = PatchOperation[];
/** One JSON Patch operation, discriminated by `op`. */
export type PatchOperation = PatchOperationAdd | PatchOperationRemove | PatchOperationReplace | PatchOperationMove | PatchOperationCopy | PatchOperationTest;
/**
 * Adds `value` at `path` (`/-` appends to an array).
 * @example {
 *   "op": "add",
 *   "path": "/tags/0",
 *   "value": "example"
 * }
 */
export type PatchOperationAdd = {
    op: "add";
    /** A JSON Pointer (RFC 6901) */
    path: string;
    /** Any JSON value */
    value: unknown;
};
/**
 * Removes the value at `path`.
 * @example {
 *   "op": "remove",
 *   "path": "/rules/0"
 * }
 */
export type PatchOperationRemove = {
    op: "remove";
    /** A JSON Pointer (RFC 6901) */
    path: string;
};
/**
 * Replaces the value at `path` with `value`.
 * @example {
 *   "op": "replace",
 *   "path": "/description",
 *   "value": "New description for this segment"
 * }
 */
export type PatchOperationReplace = {
    op: "replace";
    /** A JSON Pointer (RFC 6901) */
    path: string;
    /** Any JSON value */
    value: unknown;
};
/**
 * Moves the value at `from` to `path`.
 * @example {
 *   "op": "move",
 *   "from": "/rules/1",
 *   "path": "/rules/0"
 * }
 */
export type PatchOperationMove = {
    op: "move";
    /** A JSON Pointer (RFC 6901) */
    from: string;
    /** A JSON Pointer (RFC 6901) */
    path: string;
};
/**
 * Copies the value at `from` to `path`.
 * @example {
 *   "op": "copy",
 *   "from": "/included/0",
 *   "path": "/excluded/-"
 * }
 */
export type PatchOperationCopy = {
    op: "copy";
    /** A JSON Pointer (RFC 6901) */
    from: string;
    /** A JSON Pointer (RFC 6901) */
    path: string;
};
/**
 * Tests that the value at `path` equals `value`; the whole patch fails otherwise.
 * @example {
 *   "op": "test",
 *   "path": "/version",
 *   "value": 7
 * }
 */
export type PatchOperationTest = {
    op: "test";
    /** A JSON Pointer (RFC 6901) */
    path: string;
    /** Any JSON value */
    value: unknown;
};
/**
 * A JSON Patch with an optional comment.
 * @example {
 *   "comment": "Describe the segment and tag it",
 *   "patch": [
 *     {
 *       "op": "replace",
 *       "path": "/description",
 *       "value": "New description for this segment"
 *     },
 *     {
 *       "op": "add",
 *       "path": "/tags/0",
 *       "value": "example"
 *     }
 *   ]
 * }
 */
export type PatchWithComment = {
    patch: JSONPatch;
    /** Optional description of the update. */
    comment?: string;
};
/**
 * A JSON merge patch (RFC 7386) of a segment: the fields to change; `null` removes a nullable
 *     field. It has no `patch`, `instructions`, `environmentKey` or `comment` property, so it never
 *     matches the other body formats.
 * @example {
 *   "description": "Customers enrolled in the beta program",
 *   "tags": [
 *     "beta",
 *     "early-access"
 *   ]
 * }
 */
export type SegmentMergePatch = {
    name?: string;
    description?: string | null;
    tags?: string[] | null;
    included?: string[];
    excluded?: string[];
    includedContexts?: SegmentTargetInput[];
    excludedContexts?: SegmentTargetInput[];
    rules?: SegmentRuleInput[];
    unboundedContextKind?: string;
};
/**
 * Individually targeted context keys of one context kind, as written in a JSON merge patch of a segment.
 * @example {
 *   "contextKind": "org",
 *   "values": [
 *     "org-key-123abc",
 *     "org-key-456def"
 *   ]
 * }
 */
export type SegmentTargetInput = {
    contextKind: string;
    values: string[];
};
/**
 * A targeting rule as written in a JSON merge patch of a segment.
 * @example {
 *   "description": "University students",
 *   "clauses": [
 *     {
 *       "contextKind": "user",
 *       "attribute": "email",
 *       "op": "endsWith",
 *       "values": [
 *         ".edu"
 *       ],
 *       "negate": false
 *     }
 *   ]
 * }
 */
export type SegmentRuleInput = {
    clauses: ClauseInput[];
    /** Included share in thousandths of a percent (0–100000). */
    weight?: number;
    rolloutContextKind?: string;
    bucketBy?: string;
    description?: string;
};
/**
 * A semantic patch of a segment's expiring context targets.
 * @example {
 *   "comment": "Pilot ends on 2 August 2025",
 *   "instructions": [
 *     {
 *       "kind": "addExpiringTarget",
 *       "targetType": "included",
 *       "contextKey": "user-key-123abc",
 *       "contextKind": "user",
 *       "value": 1754092860000
 *     }
 *   ]
 * }
 */
export type SegmentExpiringTargetsSemanticPatch = {
    /** The actions to perform, in order. */
    instructions: SegmentExpiringTargetInstruction[];
    /** Optional description of the update. */
    comment?: string;
};
/** One instruction for `patchExpiringTargetsForSegment`, discriminated by `kind`. */
export type SegmentExpiringTargetInstruction = SegmentAddExpiringTargetInstruction | SegmentUpdateExpiringTargetInstruction | SegmentRemoveExpiringTargetInstruction;
/**
 * Schedules the removal of a context that is already an individual target of the segment.
 * @example {
 *   "kind": "addExpiringTarget",
 *   "targetType": "included",
 *   "contextKey": "user-key-123abc",
 *   "contextKind": "user",
 *   "value": 1754092860000
 * }
 */
export type SegmentAddExpiringTargetInstruction = {
    kind: "addExpiringTarget";
    targetType: TargetType;
    /** The context key. */
    contextKey: string;
    /** The kind of the context. */
    contextKind: string;
    /**
     * Format: int64
     * When the context should be removed from the segment, in Unix milliseconds.
     */
    value: number;
    /** Optional. LaunchDarkly accepts `version` on every kind but uses it only to check an update; its docs' examples send it on add instructions too. */
    version?: number;
};
/**
 * Whether an individual target is included in or excluded from the segment.
 * @example included
 */
export type TargetType = "included" | "excluded";
/**
 * Changes when a context is removed from the segment.
 * @example {
 *   "kind": "updateExpiringTarget",
 *   "targetType": "included",
 *   "contextKey": "user-key-123abc",
 *   "contextKind": "user",
 *   "value": 1754179260000,
 *   "version": 1
 * }
 */
export type SegmentUpdateExpiringTargetInstruction = {
    kind: "updateExpiringTarget";
    targetType: TargetType;
    /** The context key. */
    contextKey: string;
    /** The kind of the context. */
    contextKind: string;
    /**
     * Format: int64
     * The new removal date, in Unix milliseconds.
     */
    value: number;
    /** If set, the update fails unless it matches the expiring target's current version. */
    version?: number;
};
/**
 * Cancels the scheduled removal of a context from the segment.
 * @example {
 *   "kind": "removeExpiringTarget",
 *   "targetType": "included",
 *   "contextKey": "user-key-123abc",
 *   "contextKind": "user"
 * }
 */
export type SegmentRemoveExpiringTargetInstruction = {
    kind: "removeExpiringTarget";
    targetType: TargetType;
    /** The context key. */
    contextKey: string;
    /** The kind of the context. */
    contextKind: string;
    /** Optional. LaunchDarkly accepts `version` on every kind but uses it only to check an update; its docs' examples send it on add instructions too. */
    version?: number;
};
/**
 * A semantic patch of a segment's expiring user targets.
 * @example {
 *   "comment": "optional comment",
 *   "instructions": [
 *     {
 *       "kind": "updateExpireUserTargetDate",
 *       "targetType": "included",
 *       "userKey": "user-key-123abc",
 *       "value": 1587582000000,
 *       "version": 0
 *     }
 *   ]
 * }
 */
export type SegmentExpiringUserTargetsSemanticPatch = {
    /** The actions to perform, in order. */
    instructions: SegmentExpiringUserTargetInstruction[];
    /** Optional description of the update. */
    comment?: string;
};
/** One instruction for `patchExpiringUserTargetsForSegment`, discriminated by `kind`. */
export type SegmentExpiringUserTargetInstruction = SegmentAddExpireUserTargetDateInstruction | SegmentUpdateExpireUserTargetDateInstruction | SegmentRemoveExpireUserTargetDateInstruction;
/**
 * Schedules the removal of a user from the segment's individual targets.
 * @example {
 *   "kind": "addExpireUserTargetDate",
 *   "targetType": "included",
 *   "userKey": "user-key-123abc",
 *   "value": 1754092860000
 * }
 */
export type SegmentAddExpireUserTargetDateInstruction = {
    kind: "addExpireUserTargetDate";
    targetType: TargetType;
    /** The user key. */
    userKey: string;
    /**
     * Format: int64
     * When the user should be removed from the segment, in Unix milliseconds.
     */
    value: number;
    /** Optional. LaunchDarkly accepts `version` on every kind but uses it only to check an update; its docs' examples send it on add instructions too. */
    version?: number;
};
/**
 * Changes when a user is removed from the segment's individual targets.
 * @example {
 *   "kind": "updateExpireUserTargetDate",
 *   "targetType": "included",
 *   "userKey": "user-key-123abc",
 *   "value": 1754179260000,
 *   "version": 7
 * }
 */
export type SegmentUpdateExpireUserTargetDateInstruction = {
    kind: "updateExpireUserTargetDate";
    targetType: TargetType;
    /** The user key. */
    userKey: string;
    /**
     * Format: int64
     * The new removal date, in Unix milliseconds.
     */
    value: number;
    /** The segment version. */
    version: number;
};
/**
 * Cancels the scheduled removal of a user from the segment.
 * @example {
 *   "kind": "removeExpireUserTargetDate",
 *   "targetType": "included",
 *   "userKey": "user-key-123abc"
 * }
 */
export type SegmentRemoveExpireUserTargetDateInstruction = {
    kind: "removeExpireUserTargetDate";
    targetType: TargetType;
    /** The user key. */
    userKey: string;
    /** Optional. LaunchDarkly accepts `version` on every kind but uses it only to check an update; its docs' examples send it on add instructions too. */
    version?: number;
};
/**
 * A semantic patch of the scheduled removals of one user from flags' individual targeting.
 * @example {
 *   "comment": "optional comment",
 *   "instructions": [
 *     {
 *       "kind": "addExpireUserTargetDate",
 *       "flagKey": "sort.order",
 *       "variationId": "ce12d345-a1b2-4fb5-a123-ab123d4d5f5d",
 *       "value": 1653469200000
 *     }
 *   ]
 * }
 */
export type UserExpiringFlagsSemanticPatch = {
    /** The actions to perform, in order. */
    instructions: UserExpiringFlagInstruction[];
    /** Optional description of the update. */
    comment?: string;
};
/** One instruction for `patchExpiringFlagsForUser`, discriminated by `kind`. */
export type UserExpiringFlagInstruction = UserAddExpireUserTargetDateInstruction | UserUpdateExpireUserTargetDateInstruction | UserRemoveExpireUserTargetDateInstruction;
/**
 * Schedules the removal of the user from the flag's individual targeting.
 * @example {
 *   "kind": "addExpireUserTargetDate",
 *   "flagKey": "sort.order",
 *   "variationId": "ce12d345-a1b2-4fb5-a123-ab123d4d5f5d",
 *   "value": 1653469200000
 * }
 */
export type UserAddExpireUserTargetDateInstruction = {
    kind: "addExpireUserTargetDate";
    /** The flag key. */
    flagKey: string;
    /** ID of a variation of the flag. */
    variationId: string;
    /**
     * Format: int64
     * When LaunchDarkly should remove the user from the flag's individual targeting, in Unix milliseconds.
     */
    value: number;
    /** Optional. LaunchDarkly accepts `version` on every kind but uses it only to check an update; its docs' examples send it on add instructions too. */
    version?: number;
};
/**
 * Changes when the user is removed from the flag's individual targeting.
 * @example {
 *   "kind": "updateExpireUserTargetDate",
 *   "flagKey": "sort.order",
 *   "variationId": "ce12d345-a1b2-4fb5-a123-ab123d4d5f5d",
 *   "value": 1653555600000,
 *   "version": 1
 * }
 */
export type UserUpdateExpireUserTargetDateInstruction = {
    kind: "updateExpireUserTargetDate";
    /** The flag key. */
    flagKey: string;
    /** ID of a variation of the flag. */
    variationId: string;
    /**
     * Format: int64
     * The new removal date, in Unix milliseconds.
     */
    value: number;
    /** If set, the update fails unless it matches the expiring user target's current version. */
    version?: number;
};
/**
 * Cancels the scheduled removal; the user stays individually targeted until removed explicitly.
 * @example {
 *   "kind": "removeExpireUserTargetDate",
 *   "flagKey": "sort.order",
 *   "variationId": "ce12d345-a1b2-4fb5-a123-ab123d4d5f5d"
 * }
 */
export type UserRemoveExpireUserTargetDateInstruction = {
    kind: "removeExpireUserTargetDate";
    /** The flag key. */
    flagKey: string;
    /** ID of a variation of the flag. */
    variationId: string;
    /** Optional. LaunchDarkly accepts `version` on every kind but uses it only to check an update; its docs' examples send it on add instructions too. */
    version?: number;
};
