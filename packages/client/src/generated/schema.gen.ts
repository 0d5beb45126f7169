// ---------------------------------------------------------------------------
// GENERATED FILE — DO NOT EDIT BY HAND.
// Written by `pnpm generate` (tools/src/generate.ts) from openapi/ldkit.yaml.
// Change the spec and run `pnpm generate`; `pnpm check:drift` fails when this
// file no longer matches the spec.
// ---------------------------------------------------------------------------

export interface paths {
    "/api/v2/segments/{projectKey}/{environmentKey}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
            };
            cookie?: never;
        };
        /**
         * List segments
         * @description Get a list of all segments in the given project and environment.
         *
         *     Segments can be rule-based, list-based, or synced. Big segments include larger list-based
         *     segments and synced segments. Some fields in the response only apply to big segments.
         *
         *     ### Filtering segments
         *
         *     The `filter` parameter supports the operators `equals`, `anyOf` and `exists`. Combine filters
         *     with a comma (`,`) for AND, a vertical bar (`|`) for OR, and parentheses (`()`) to group.
         *
         *     | Field | Description | Operators |
         *     |---|---|---|
         *     | `excludedKeys` | Keys of segments to exclude from the results. | `anyOf` |
         *     | `external` | Whether the segment is a synced segment. | `exists` |
         *     | `includedKeys` | Keys of segments to include in the results. | `anyOf` |
         *     | `query` | A "fuzzy" search across segment key, name, and description. Supply a string or list of strings. | `equals` |
         *     | `tags` | The segment tags. | `anyOf` |
         *     | `unbounded` | Whether the segment is a standard segment (`false`) or a big segment (`true`). | `equals` |
         *
         *     Examples:
         *
         *     - `filter=tags anyOf ["enterprise", "beta"],query equals "toggle"` — segments with "toggle"
         *       in their key, name, or description that also have the tag "enterprise" or "beta".
         *     - `filter=excludedKeys anyOf ["segmentKey1", "segmentKey2"]` — all segments but those two.
         *     - `filter=unbounded equals true` — larger list-based segments and synced segments.
         *     - `filter=external exists true` — synced segments.
         *
         *     The values above are before URL encoding: the `[` in `tags anyOf ["enterprise", "beta"]` is
         *     sent as `%5B`.
         */
        get: operations["getSegments"];
        put?: never;
        /**
         * Create segment
         * @description Create a new segment.
         */
        post: operations["postSegment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
                /**
                 * @description The segment key
                 * @example beta-users
                 */
                segmentKey: components["parameters"]["SegmentKey"];
            };
            cookie?: never;
        };
        /**
         * Get segment
         * @description Get a single segment by key.
         *
         *     Segments can be rule-based, list-based, or synced. Big segments include larger list-based
         *     segments and synced segments. Some fields in the response only apply to big segments.
         */
        get: operations["getSegment"];
        put?: never;
        post?: never;
        /**
         * Delete segment
         * @description Delete a segment.
         */
        delete: operations["deleteSegment"];
        options?: never;
        head?: never;
        /**
         * Patch segment
         * @description Update a segment. The body is a semantic patch, a JSON Patch, or a JSON merge patch; the
         *     `Content-Type` header selects the format.
         *
         *     ### Semantic patch
         *
         *     Send `Content-Type: application/json; domain-model=launchdarkly.semanticpatch` and a body with
         *     `environmentKey` (required), `instructions` (required, one object per action, each with a
         *     `kind`) and an optional `comment`. Instruction kinds:
         *
         *     - Details and settings: `addTags`, `removeTags` (`values`: tags); `updateName` (`value`).
         *     - Individual targets: `addIncludedTargets`, `addExcludedTargets`, `removeIncludedTargets`,
         *       `removeExcludedTargets` (`contextKind`, `values`: context keys); `addIncludedUsers`,
         *       `addExcludedUsers`, `removeIncludedUsers`, `removeExcludedUsers` (`values`: user keys).
         *       Adding a key that would be both included and excluded is an error.
         *     - Targeting rules: `addRule` (optional `clauses`, `description`); `removeRule` (`ruleId`);
         *       `reorderRules` (`ruleIds`: every rule ID, in the new order); `addClauses` (`ruleId`,
         *       `clauses`); `removeClauses` (`ruleId`, `clauseIds`); `updateClause` (`ruleId`, `clauseId`,
         *       `clause`); `addValuesToClause`, `removeValuesFromClause` (`ruleId`, `clauseId`, `values`);
         *       `updateRuleDescription` (`ruleId`, `description`); `updateRuleRolloutAndContextKind`
         *       (`ruleId`, `weight` in thousandths of a percent 0–100000, `contextKind`).
         *     - Big segments (larger list-based segments only): `addBigSegmentIncludedTargets`,
         *       `addBigSegmentExcludedTargets`, `removeBigSegmentIncludedTargets`,
         *       `removeBigSegmentExcludedTargets` (`values`: context keys); `processBigSegmentImport`
         *       (`importId`, the last path segment of the `Location` header returned by
         *       `createBigSegmentImport`).
         *
         *     Clause operators (`op`) are case sensitive and camelCase, for example `endsWith`; a clause's
         *     `contextKind` defaults to `user`.
         *
         *     ### JSON Patch and JSON merge patch
         *
         *     With `Content-Type: application/json` the body is either a JSON Patch — an array of operations,
         *     or `{"patch": [...], "comment": "..."}` — or a JSON merge patch of the segment's fields. To
         *     change an array field, point `path` at an index (`/rules/0` inserts at the start, `/rules/-`
         *     appends). To add or remove targets, prefer semantic patch.
         *
         *     Set `dryRun=true` to validate the patch and get the segment as it would be, without saving.
         */
        patch: operations["patchSegment"];
        trace?: never;
    };
    "/api/v2/projects/{projectKey}/environments/{environmentKey}/segments/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List segment memberships for context instance
         * @description For a given context instance with attributes, get membership details for all segments. In the
         *     request body, pass in the context instance (single-kind or multi-kind).
         */
        post: operations["getContextInstanceSegmentsMembershipByEnv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/segments/{projectKey}/{segmentKey}/expiring-targets/{environmentKey}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The segment key
                 * @example beta-users
                 */
                segmentKey: components["parameters"]["SegmentKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
            };
            cookie?: never;
        };
        /**
         * Get expiring targets for segment
         * @description Get a list of a segment's context targets that are scheduled for removal.
         */
        get: operations["getExpiringTargetsForSegment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update expiring targets for segment
         * @description Update expiring context targets for a segment. This operation accepts only semantic patch:
         *     send `Content-Type: application/json; domain-model=launchdarkly.semanticpatch`.
         *
         *     If the request is well-formed but any of its instructions failed, the status is still `200`
         *     and the response's `errors` array is non-empty.
         *
         *     Instruction kinds (`value` is a Unix timestamp in milliseconds):
         *
         *     - `addExpiringTarget` (`targetType`, `contextKey`, `contextKind`, `value`) — schedule the
         *       removal of a context that is already an individual target of the segment.
         *     - `updateExpiringTarget` (`targetType`, `contextKey`, `contextKind`, `value`, optional
         *       `version`) — change the scheduled date; with `version`, the update fails unless it matches
         *       the expiring target's current version.
         *     - `removeExpiringTarget` (`targetType`, `contextKey`, `contextKind`) — cancel the scheduled
         *       removal.
         */
        patch: operations["patchExpiringTargetsForSegment"];
        trace?: never;
    };
    "/api/v2/segments/{projectKey}/{segmentKey}/expiring-user-targets/{environmentKey}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The segment key
                 * @example beta-users
                 */
                segmentKey: components["parameters"]["SegmentKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
            };
            cookie?: never;
        };
        /**
         * Get expiring user targets for segment
         * @description Get a list of a segment's user targets that are scheduled for removal.
         *
         *     Once your SDKs use contexts, use `getExpiringTargetsForSegment` instead.
         */
        get: operations["getExpiringUserTargetsForSegment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update expiring user targets for segment
         * @description Update expiring user targets for a segment. This operation accepts only semantic patch: send
         *     `Content-Type: application/json; domain-model=launchdarkly.semanticpatch`. Once your SDKs use
         *     contexts, use `patchExpiringTargetsForSegment` instead.
         *
         *     If the request is well-formed but any of its instructions failed, the status is still `200`
         *     and the response's `errors` array is non-empty.
         *
         *     Instruction kinds (`value` is a Unix timestamp in milliseconds):
         *
         *     - `addExpireUserTargetDate` (`targetType`, `userKey`, `value`) — schedule the removal of a user.
         *     - `updateExpireUserTargetDate` (`targetType`, `userKey`, `value`, `version`) — change the
         *       scheduled date.
         *     - `removeExpireUserTargetDate` (`targetType`, `userKey`) — cancel the scheduled removal.
         */
        patch: operations["patchExpiringUserTargetsForSegment"];
        trace?: never;
    };
    "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/contexts/{contextKey}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
                /**
                 * @description The segment key
                 * @example beta-users
                 */
                segmentKey: components["parameters"]["SegmentKey"];
                /**
                 * @description The context key
                 * @example device-key-123abc
                 */
                contextKey: components["parameters"]["ContextKey"];
            };
            cookie?: never;
        };
        /**
         * Get big segment membership for context
         * @description Get the membership status (included/excluded) for a given context in this big segment. Big
         *     segments include larger list-based segments and synced segments. This operation does not
         *     support standard segments.
         */
        get: operations["getSegmentMembershipForContext"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/users/{userKey}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
                /**
                 * @description The segment key
                 * @example beta-users
                 */
                segmentKey: components["parameters"]["SegmentKey"];
                /**
                 * @description The user key
                 * @example Abbie_Braun
                 */
                userKey: components["parameters"]["UserKey"];
            };
            cookie?: never;
        };
        /**
         * Get big segment membership for user
         * @description Get the membership status (included/excluded) for a given user in this big segment. This
         *     operation does not support standard segments. Once your SDKs use contexts, use
         *     `getSegmentMembershipForContext` instead.
         */
        get: operations["getSegmentMembershipForUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/contexts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
                /**
                 * @description The segment key
                 * @example beta-users
                 */
                segmentKey: components["parameters"]["SegmentKey"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update context targets on a big segment
         * @description Update context targets included or excluded in a big segment. Big segments include larger
         *     list-based segments and synced segments. This operation does not support standard segments.
         */
        post: operations["updateBigSegmentContextTargets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/users": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
                /**
                 * @description The segment key
                 * @example beta-users
                 */
                segmentKey: components["parameters"]["SegmentKey"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update user context targets on a big segment
         * @description Update user context targets included or excluded in a big segment. Big segments include larger
         *     list-based segments and synced segments. This operation does not support standard segments.
         */
        post: operations["updateBigSegmentTargets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/exports": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
                /**
                 * @description The segment key
                 * @example beta-users
                 */
                segmentKey: components["parameters"]["SegmentKey"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create big segment export
         * @description Start a new export process for a big segment: a synced segment or a list-based segment that can
         *     include more than 15,000 entries. The response has no body; its `Location` header is the URL of
         *     the new export, whose last path segment is the export ID to pass to `getBigSegmentExport`.
         */
        post: operations["createBigSegmentExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/exports/{exportID}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
                /**
                 * @description The segment key
                 * @example beta-users
                 */
                segmentKey: components["parameters"]["SegmentKey"];
                /**
                 * @description The export ID (the last path segment of the `Location` header of `createBigSegmentExport`)
                 * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
                 */
                exportID: components["parameters"]["ExportId"];
            };
            cookie?: never;
        };
        /**
         * Get big segment export
         * @description Return information about a big segment export process. Once the export is `complete`,
         *     `_links.download` points at the exported file. LaunchDarkly publishes no list of export
         *     statuses; see `ExportStatus`.
         */
        get: operations["getBigSegmentExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/imports": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
                /**
                 * @description The segment key
                 * @example beta-users
                 */
                segmentKey: components["parameters"]["SegmentKey"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create big segment import
         * @description Start a new import process for a big segment: a list-based segment that can include more than
         *     15,000 entries. Upload a CSV file of keys as `multipart/form-data`. The `Location` header of the
         *     `204` response is the URL of the new import; its last path segment is the import ID, which
         *     `getBigSegmentImport` and the `processBigSegmentImport` semantic-patch instruction take.
         */
        post: operations["createBigSegmentImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/imports/{importID}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
                /**
                 * @description The segment key
                 * @example beta-users
                 */
                segmentKey: components["parameters"]["SegmentKey"];
                /**
                 * @description The import ID (the last path segment of the `Location` header of `createBigSegmentImport`)
                 * @example 1b3c5d7e-9f10-4a2b-8c4d-6e8f0a1b2c3d
                 */
                importID: components["parameters"]["ImportId"];
            };
            cookie?: never;
        };
        /**
         * Get big segment import
         * @description Return information about a big segment import process: the import of a list-based segment that
         *     can include more than 15,000 entries.
         */
        get: operations["getBigSegmentImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/{projectKey}/{userKey}/expiring-user-targets/{environmentKey}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The user key
                 * @example Abbie_Braun
                 */
                userKey: components["parameters"]["UserKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
            };
            cookie?: never;
        };
        /**
         * Get expiring dates on flags for user
         * @description Get a list of flags for which the given user is scheduled for removal.
         */
        get: operations["getExpiringFlagsForUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update expiring user target for flags
         * @description Schedule the specified user for removal from individual targeting on one or more flags. The
         *     user must already be individually targeted for each flag. You can add, update, or remove a
         *     scheduled removal date; a user can be scheduled for removal on only one variation per flag.
         *     This operation accepts only semantic patch: send
         *     `Content-Type: application/json; domain-model=launchdarkly.semanticpatch`.
         *
         *     Instruction kinds (`value` is a Unix timestamp in milliseconds):
         *
         *     - `addExpireUserTargetDate` (`flagKey`, `variationId`, `value`) — schedule the removal.
         *     - `updateExpireUserTargetDate` (`flagKey`, `variationId`, `value`, optional `version`) — change
         *       the date; with `version`, the update fails unless it matches the expiring user target's
         *       current version.
         *     - `removeExpireUserTargetDate` (`flagKey`, `variationId`) — cancel the scheduled removal; the
         *       user stays individually targeted until removed explicitly.
         */
        patch: operations["patchExpiringFlagsForUser"];
        trace?: never;
    };
    "/api/v2/users/{projectKey}/{environmentKey}/{userKey}/flags": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
                /**
                 * @description The user key
                 * @example Abbie_Braun
                 */
                userKey: components["parameters"]["UserKey"];
            };
            cookie?: never;
        };
        /**
         * List flag settings for user
         * @description Get the current flag settings for a given user. `_value` is the flag variation the user
         *     receives; `setting` is the variation the user is explicitly (individually) targeted with, or
         *     `null` if there is none. The example shows user `Abbie_Braun` receiving `true` for `sort.order`
         *     and `false` for `alternate.page`, without being explicitly targeted on either flag.
         */
        get: operations["getUserFlagSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/users/{projectKey}/{environmentKey}/{userKey}/flags/{featureFlagKey}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
                /**
                 * @description The user key
                 * @example Abbie_Braun
                 */
                userKey: components["parameters"]["UserKey"];
                /**
                 * @description The feature flag key
                 * @example sort.order
                 */
                featureFlagKey: components["parameters"]["FeatureFlagKey"];
            };
            cookie?: never;
        };
        /**
         * Get flag setting for user
         * @description Get a single flag setting for a user by flag key. `_value` is the flag variation the user
         *     receives; `setting` is the variation the user is explicitly targeted with (`null` if none). The
         *     example shows user `Abbie_Braun` receiving `true` for the `sort.order` flag.
         */
        get: operations["getUserFlagSetting"];
        /**
         * Update flag settings for user
         * @description Enable or disable a feature flag for a user based on their key. Omitting `setting`, or sending
         *     `setting: null`, erases the user's current setting. If you previously patched the flag and the
         *     patch included the user's data, LaunchDarkly continues to use that data. If LaunchDarkly has
         *     never encountered the user's key, it calculates the flag values from the user key alone.
         */
        put: operations["putFlagSetting"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Body of a `400 Invalid request` response. */
        InvalidRequestErrorRep: {
            /**
             * @description Specific error code
             * @example invalid_request
             */
            code: string;
            /**
             * @description Description of the error
             * @example Invalid request body
             */
            message: string;
        };
        /** @description Body of a `401 Invalid access token` response. */
        UnauthorizedErrorRep: {
            /**
             * @description Specific error code
             * @example unauthorized
             */
            code: string;
            /**
             * @description Description of the error
             * @example Invalid access token
             */
            message: string;
        };
        /** @description Body of a `403 Forbidden` response. */
        ForbiddenErrorRep: {
            /**
             * @description Specific error code
             * @example forbidden
             */
            code: string;
            /**
             * @description Description of the error
             * @example Forbidden. Access to the requested resource was denied.
             */
            message: string;
        };
        /** @description Body of a `404 Invalid resource identifier` response. */
        NotFoundErrorRep: {
            /**
             * @description Specific error code
             * @example not_found
             */
            code: string;
            /**
             * @description Description of the error
             * @example Invalid resource identifier
             */
            message: string;
        };
        /** @description Body of a `409 Status conflict` response. */
        StatusConflictErrorRep: {
            /**
             * @description Specific error code
             * @example optimistic_locking_error
             */
            code: string;
            /**
             * @description Description of the error
             * @example Conflict. Optimistic lock failed. Try again later.
             */
            message: string;
        };
        /** @description Body of a `429 Rate limited` response. */
        RateLimitedErrorRep: {
            /**
             * @description Specific error code
             * @example rate_limited
             */
            code: string;
            /**
             * @description Description of the error
             * @example You've exceeded the API rate limit. Try again later.
             */
            message: string;
        };
        /**
         * @description A clause operator. Operators are case sensitive (camelCase), for example `endsWith`.
         * @example endsWith
         * @enum {string}
         */
        ClauseOperator: "in" | "endsWith" | "startsWith" | "matches" | "contains" | "lessThan" | "lessThanOrEqual" | "greaterThan" | "greaterThanOrEqual" | "before" | "after" | "segmentMatch" | "semVerEqual" | "semVerLessThan" | "semVerGreaterThan";
        /**
         * @description Whether an individual target is included in or excluded from the segment.
         * @example included
         * @enum {string}
         */
        TargetType: "included" | "excluded";
        /**
         * @description `merge` adds the file's keys to the segment; `replace` replaces the segment's keys with them.
         * @example replace
         * @enum {string}
         */
        ImportMode: "merge" | "replace";
        /**
         * @description Status of a big segment import (LaunchDarkly's `ImportStatusEnum`): `preparing` (the file is
         *     being read), `pending_approval` (waiting for an approval; imports created with
         *     `waitOnApprovals`), `ready` (prepared; an import created with `waitOnApprovals` waits here
         *     until someone processes it, for example with the `processBigSegmentImport` instruction),
         *     `in_progress` (being applied), `complete` (done) and `stopped` (ended without completing).
         * @example complete
         * @enum {string}
         */
        ImportStatus: "preparing" | "pending_approval" | "ready" | "in_progress" | "complete" | "stopped";
        /**
         * @description Status of a big segment export. LaunchDarkly publishes no list of export statuses (its model
         *     types `status` as a string). ldkit expects the words of its import statuses — `preparing`,
         *     `in_progress`, `complete` and `stopped` — and takes an export that carries a
         *     `_links.download` link as complete whatever its status says.
         * @example complete
         */
        ExportStatus: string;
        /**
         * @description A hypermedia link.
         * @example {
         *       "href": "/api/v2/segments/default/production/beta-users",
         *       "type": "application/json"
         *     }
         */
        Link: {
            /** @description The URL (usually an absolute path) of the linked resource */
            href?: string;
            /** @description The media type of the linked resource */
            type?: string;
        };
        /**
         * @description Hypermedia links keyed by relation (`self`, `parent`, `next`, `download`, …).
         * @example {
         *       "self": {
         *         "href": "/api/v2/segments/default/production/beta-users",
         *         "type": "application/json"
         *       }
         *     }
         */
        Links: {
            [key: string]: components["schemas"]["Link"];
        };
        /**
         * @description A clause value. Dates are Unix milliseconds (number) or RFC 3339 strings.
         * @example .edu
         */
        ClauseValue: string | number | boolean;
        /**
         * @description A clause to create, as used by `addRule`, `addClauses` and `updateClause`.
         * @example {
         *       "contextKind": "user",
         *       "attribute": "email",
         *       "op": "endsWith",
         *       "negate": false,
         *       "values": [
         *         ".edu"
         *       ]
         *     }
         */
        ClauseInput: {
            /**
             * @description The context kind the attribute belongs to (case sensitive).
             * @default user
             */
            contextKind?: string;
            /** @description The context attribute to test (case sensitive). */
            attribute: string;
            op: components["schemas"]["ClauseOperator"];
            /**
             * @description Whether to negate the result of the operator.
             * @default false
             */
            negate?: boolean;
            /** @description The values to test against (case sensitive). */
            values: components["schemas"]["ClauseValue"][];
        };
        /**
         * @description A clause of a segment targeting rule.
         * @example {
         *       "_id": "10a58772-3121-400f-846b-b8a04e8944ed",
         *       "contextKind": "user",
         *       "attribute": "email",
         *       "op": "endsWith",
         *       "values": [
         *         ".edu"
         *       ],
         *       "negate": false
         *     }
         */
        Clause: {
            /** @description The clause ID */
            _id?: string;
            /** @description The context kind the attribute belongs to */
            contextKind?: string;
            /** @description The context attribute */
            attribute: string;
            /** @description The clause operator, for example `endsWith` (see `ClauseOperator` for the operators LaunchDarkly documents; LaunchDarkly's model types it as a string) */
            op: string;
            values: components["schemas"]["ClauseValue"][];
            negate: boolean;
        };
        /**
         * @description A segment targeting rule.
         * @example {
         *       "_id": "a902ef4a-2faf-4eaf-88e1-ecc356708a29",
         *       "description": "University students",
         *       "clauses": [
         *         {
         *           "_id": "10a58772-3121-400f-846b-b8a04e8944ed",
         *           "contextKind": "user",
         *           "attribute": "email",
         *           "op": "endsWith",
         *           "values": [
         *             ".edu"
         *           ],
         *           "negate": false
         *         }
         *       ]
         *     }
         */
        UserSegmentRule: {
            /** @description The rule ID */
            _id?: string;
            clauses: components["schemas"]["Clause"][];
            /** @description For a percentage rule, the included share in thousandths of a percent (0–100000). */
            weight?: number;
            /** @description For a percentage rule, the context kind the percentage applies to */
            rolloutContextKind?: string;
            /** @description For a percentage rule, the attribute used to bucket contexts */
            bucketBy?: string;
            /** @description The rule description */
            description?: string;
        };
        /**
         * @description A targeting rule as written in a JSON merge patch of a segment.
         * @example {
         *       "description": "University students",
         *       "clauses": [
         *         {
         *           "contextKind": "user",
         *           "attribute": "email",
         *           "op": "endsWith",
         *           "values": [
         *             ".edu"
         *           ],
         *           "negate": false
         *         }
         *       ]
         *     }
         */
        SegmentRuleInput: {
            clauses: components["schemas"]["ClauseInput"][];
            /** @description Included share in thousandths of a percent (0–100000). */
            weight?: number;
            rolloutContextKind?: string;
            bucketBy?: string;
            description?: string;
        };
        /**
         * @description Individually targeted context keys of one context kind.
         * @example {
         *       "contextKind": "org",
         *       "values": [
         *         "org-key-123abc",
         *         "org-key-456def"
         *       ]
         *     }
         */
        SegmentTarget: {
            values?: string[];
            contextKind?: string;
        };
        /**
         * @description Individually targeted context keys of one context kind, as written in a JSON merge patch of a segment.
         * @example {
         *       "contextKind": "org",
         *       "values": [
         *         "org-key-123abc",
         *         "org-key-456def"
         *       ]
         *     }
         */
        SegmentTargetInput: {
            contextKind: string;
            values: string[];
        };
        /**
         * @description A custom-role policy statement.
         * @example {
         *       "resources": [
         *         "proj/*:env/*;qa_*:/flag/*"
         *       ],
         *       "actions": [
         *         "*"
         *       ],
         *       "effect": "allow",
         *       "role_name": "Writer"
         *     }
         */
        Statement: {
            /** @description Resource specifiers the statement applies to */
            resources?: string[];
            /** @description Resource specifiers the statement does not apply to */
            notResources?: (string | null)[];
            /** @description Actions the statement applies to */
            actions?: string[];
            /** @description Actions the statement does not apply to */
            notActions?: (string | null)[];
            /** @enum {string} */
            effect: "allow" | "deny";
            role_name?: string;
        };
        /**
         * @example {
         *       "action": "deleteSegment",
         *       "reason": {
         *         "resources": [
         *           "proj/*:env/production:segment/*"
         *         ],
         *         "actions": [
         *           "deleteSegment"
         *         ],
         *         "effect": "deny"
         *       }
         *     }
         */
        AccessDenied: {
            action: string;
            reason: components["schemas"]["Statement"];
        };
        /**
         * @example {
         *       "action": "updateIncluded",
         *       "reason": {
         *         "resources": [
         *           "proj/*:env/production:segment/*"
         *         ],
         *         "actions": [
         *           "*"
         *         ],
         *         "effect": "allow"
         *       }
         *     }
         */
        AccessAllowed: {
            action: string;
            reason: components["schemas"]["Statement"];
        };
        /**
         * @description What the caller may and may not do with the resource, and why.
         * @example {
         *       "denied": [],
         *       "allowed": [
         *         {
         *           "action": "updateIncluded",
         *           "reason": {
         *             "resources": [
         *               "proj/*:env/production:segment/*"
         *             ],
         *             "actions": [
         *               "*"
         *             ],
         *             "effect": "allow"
         *           }
         *         }
         *       ]
         *     }
         */
        Access: {
            denied: components["schemas"]["AccessDenied"][];
            allowed: components["schemas"]["AccessAllowed"][];
        };
        /**
         * @description A flag that uses the segment.
         * @example {
         *       "name": "Beta dashboard",
         *       "key": "beta-dashboard",
         *       "_site": {
         *         "href": "/default/production/features/beta-dashboard",
         *         "type": "text/html"
         *       }
         *     }
         */
        FlagListingRep: {
            name: string;
            key: string;
            _links?: components["schemas"]["Links"];
            _site?: components["schemas"]["Link"];
        };
        /**
         * @description Details of a big segment's stored targets.
         * @example {
         *       "envId": "6527a1b2c3d4e5f607182930",
         *       "segmentId": "65f1a2b3c4d5e6f708192a3b",
         *       "version": 3,
         *       "includedCount": 48210,
         *       "excludedCount": 12,
         *       "lastModified": 1713456789012,
         *       "deleted": false
         *     }
         */
        SegmentMetadata: {
            envId?: string;
            segmentId?: string;
            version?: number;
            includedCount?: number;
            excludedCount?: number;
            /**
             * Format: int64
             * @description Unix milliseconds
             */
            lastModified?: number;
            deleted?: boolean;
        };
        /** @description A segment. Some fields apply only to big segments (`unbounded: true`). */
        UserSegment: {
            /** @description A human-friendly name for the segment */
            name: string;
            /** @description A description of the segment's purpose */
            description?: string;
            tags: string[];
            /**
             * Format: int64
             * @description Unix milliseconds
             */
            creationDate: number;
            /**
             * Format: int64
             * @description Unix milliseconds
             */
            lastModifiedDate: number;
            /** @description A unique key used to reference the segment */
            key: string;
            /** @description User keys included in the segment (legacy; see `includedContexts`) */
            included?: string[];
            /** @description User keys excluded from the segment (legacy; see `excludedContexts`) */
            excluded?: string[];
            includedContexts?: components["schemas"]["SegmentTarget"][];
            excludedContexts?: components["schemas"]["SegmentTarget"][];
            _links: components["schemas"]["Links"];
            rules: components["schemas"]["UserSegmentRule"][];
            version: number;
            deleted: boolean;
            _access?: components["schemas"]["Access"];
            _flags?: components["schemas"]["FlagListingRep"][];
            /** @description Whether this is a big segment (a synced or larger list-based segment) */
            unbounded?: boolean;
            /** @description For a big segment, the context kind it targets */
            unboundedContextKind?: string;
            /** @description For big segments, how many times the segment has been created */
            generation: number;
            _unboundedMetadata?: components["schemas"]["SegmentMetadata"];
            /** @description For a synced segment, the integration that syncs it */
            _external?: string;
            /** @description For a synced segment, a link to it in the external system */
            _externalLink?: string;
            /** @description Whether a big segment import is in progress */
            _importInProgress?: boolean;
        };
        /** @description A page of segments. */
        UserSegments: {
            items: components["schemas"]["UserSegment"][];
            _links: components["schemas"]["Links"];
            /** @description The total number of segments matching the query */
            totalCount?: number;
        };
        /**
         * @description A segment to create.
         * @example {
         *       "name": "Example segment",
         *       "key": "segment-key-123abc",
         *       "description": "Bundle our sample customers together",
         *       "tags": [
         *         "testing"
         *       ],
         *       "unbounded": false
         *     }
         */
        SegmentBody: {
            /** @description A human-friendly name for the segment */
            name: string;
            /** @description A unique key used to reference the segment */
            key: string;
            /** @description A description of the segment's purpose */
            description?: string;
            tags?: string[];
            /** @description Whether to create a larger list-based segment (a big segment) */
            unbounded?: boolean;
            /** @description For a big segment, the context kind it targets */
            unboundedContextKind?: string;
        };
        /**
         * @description A context instance: a single-kind context (`kind` is the context kind, plus `key` and
         *     attributes) or a multi-kind context (`kind: multi`, plus one object per context kind).
         * @example {
         *       "kind": "user",
         *       "key": "context-key-123abc",
         *       "name": "Sandy"
         *     }
         */
        ContextInstance: {
            /** @description The context kind, or `multi` */
            kind: string;
            /** @description The context key (single-kind contexts) */
            key?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Whether a context is a member of one segment, and how. */
        ContextInstanceSegmentMembership: {
            name: string;
            key: string;
            description: string;
            unbounded: boolean;
            /** @description If the segment is a synced segment, the name of the external source */
            external?: string;
            isMember: boolean;
            isIndividuallyTargeted: boolean;
            isRuleTargeted: boolean;
            _links: components["schemas"]["Links"];
        };
        ContextInstanceSegmentMemberships: {
            items: components["schemas"]["ContextInstanceSegmentMembership"][];
            _links: components["schemas"]["Links"];
        };
        /** @description Membership of one context (or user) in a big segment. */
        BigSegmentTarget: {
            /** @description The context or user key */
            userKey: string;
            included: boolean;
            excluded: boolean;
        };
        SegmentUserList: {
            /** @description Keys to add */
            add?: string[];
            /** @description Keys to remove */
            remove?: string[];
        };
        /**
         * @description Keys to add to or remove from a big segment's included and excluded targets.
         * @example {
         *       "included": {
         *         "add": [
         *           "user-key-123abc"
         *         ],
         *         "remove": [
         *           "user-key-456def"
         *         ]
         *       }
         *     }
         */
        SegmentUserState: {
            included?: components["schemas"]["SegmentUserList"];
            excluded?: components["schemas"]["SegmentUserList"];
        };
        /** @description Identifies the segment or flag an expiring target belongs to. */
        ResourceId: {
            /** @description The resource kind, for example `segment` or `flag` */
            kind?: string;
            projectKey?: string;
            environmentKey?: string;
            flagKey?: string;
            key?: string;
        };
        /** @description A context target of a segment that is scheduled for removal. */
        ExpiringTarget: {
            _id: string;
            _version: number;
            /**
             * Format: int64
             * @description When the target expires, in Unix milliseconds
             */
            expirationDate: number;
            contextKind: string;
            contextKey: string;
            /** @description `included` or `excluded` (see `TargetType`; LaunchDarkly's model types it as a string) */
            targetType?: string;
            variationId?: string;
            _resourceId: components["schemas"]["ResourceId"];
        };
        ExpiringTargetGetResponse: {
            items: components["schemas"]["ExpiringTarget"][];
            _links?: components["schemas"]["Links"];
        };
        /**
         * @description Why one instruction of a semantic patch failed.
         * @example {
         *       "instructionIndex": 0,
         *       "message": "context is not an individual target of this segment"
         *     }
         */
        ExpiringTargetError: {
            /** @description The index of the failed instruction */
            instructionIndex: number;
            message: string;
        };
        /** @description The result of a semantic patch of expiring context targets; failed instructions are listed in `errors`. */
        ExpiringTargetPatchResponse: {
            items: components["schemas"]["ExpiringTarget"][];
            _links?: components["schemas"]["Links"];
            totalInstructions?: number;
            successfulInstructions?: number;
            failedInstructions?: number;
            errors?: components["schemas"]["ExpiringTargetError"][];
        };
        /** @description A user target (of a segment or a flag) that is scheduled for removal. */
        ExpiringUserTargetItem: {
            _id: string;
            _version: number;
            /**
             * Format: int64
             * @description When the target expires, in Unix milliseconds
             */
            expirationDate: number;
            userKey: string;
            /** @description `included` or `excluded` (see `TargetType`; LaunchDarkly's model types it as a string) */
            targetType?: string;
            /** @description For a flag, the variation the user is targeted with */
            variationId?: string;
            _resourceId: components["schemas"]["ResourceId"];
        };
        ExpiringUserTargetGetResponse: {
            items: components["schemas"]["ExpiringUserTargetItem"][];
            _links?: components["schemas"]["Links"];
        };
        /** @description The result of a semantic patch of expiring user targets; failed instructions are listed in `errors`. */
        ExpiringUserTargetPatchResponse: {
            items: components["schemas"]["ExpiringUserTargetItem"][];
            _links?: components["schemas"]["Links"];
            totalInstructions?: number;
            successfulInstructions?: number;
            failedInstructions?: number;
            errors?: components["schemas"]["ExpiringTargetError"][];
        };
        /**
         * @description The member who started an import or export.
         * @example {
         *       "name": "Ariel Flores",
         *       "email": "ariel.flores@example.com"
         *     }
         */
        InitiatorRep: {
            name?: string;
            email?: string;
        };
        /**
         * @description A file of a big segment import.
         * @example {
         *       "filename": "enterprise-devices.csv",
         *       "status": "complete"
         *     }
         */
        FileRep: {
            filename?: string;
            /** @description Processing status of this file */
            status?: string;
        };
        /** @description A big segment export. Once it is `complete`, `_links.download` links to the exported file. */
        Export: {
            /** @description The export ID */
            id: string;
            segmentKey: string;
            /**
             * Format: int64
             * @description Unix milliseconds
             */
            creationTime: number;
            status: components["schemas"]["ExportStatus"];
            /**
             * Format: int64
             * @description Size of the exported file in bytes
             */
            sizeBytes: number;
            /** @description Human-readable size of the exported file */
            size: string;
            initiator: components["schemas"]["InitiatorRep"];
            _links: components["schemas"]["Links"];
        };
        /**
         * @description A big segment import. Its `status` moves `preparing` → `in_progress` → `complete` (or
         *     `stopped`); with `waitOnApprovals`, it waits in `pending_approval` and then `ready` for a
         *     person (see `ImportStatus`).
         */
        Import: {
            /** @description The import ID */
            id: string;
            segmentKey: string;
            /**
             * Format: int64
             * @description Unix milliseconds
             */
            creationTime: number;
            /** @description The import mode used, `merge` or `replace` (see `ImportMode`; LaunchDarkly's model types it as a string) */
            mode: string;
            status: components["schemas"]["ImportStatus"];
            /** @description The imported files and their status */
            files?: components["schemas"]["FileRep"][];
            _links: components["schemas"]["Links"];
        };
        /** @description The `multipart/form-data` body of `createBigSegmentImport`. */
        BigSegmentImportForm: {
            /**
             * Format: binary
             * @description CSV file of context keys
             */
            file: Blob;
            mode?: components["schemas"]["ImportMode"];
            /** @description Whether to wait for approvals before processing the import */
            waitOnApprovals?: boolean;
        };
        /**
         * @description Why a flag evaluated to its value (`OFF`, `FALLTHROUGH`, `TARGET_MATCH`, `RULE_MATCH`, `PREREQUISITE_FAILED`, `ERROR`).
         * @example {
         *       "kind": "FALLTHROUGH"
         *     }
         */
        EvaluationReason: {
            kind: string;
            ruleIndex?: number;
            ruleID?: string;
            prerequisiteKey?: string;
            inExperiment?: boolean;
            errorKind?: string;
        };
        /** @description A user's setting for one flag. */
        UserFlagSetting: {
            _links: components["schemas"]["Links"];
            /** @description The flag variation the user receives (any JSON value) */
            _value: unknown;
            /** @description The variation the user is explicitly targeted with (any JSON value), or `null` if none */
            setting: unknown;
            reason?: components["schemas"]["EvaluationReason"];
        };
        /** @description A user's settings for every flag, keyed by flag key. */
        UserFlagSettings: {
            items: {
                [key: string]: components["schemas"]["UserFlagSetting"];
            };
            _links: components["schemas"]["Links"];
        };
        /**
         * @description A user's flag setting to store.
         * @example {
         *       "setting": true,
         *       "comment": "make sure this context experiences a specific variation"
         *     }
         */
        ValuePut: {
            /** @description The variation value to serve this user (any JSON value). Omitting it, or `null`, erases the setting. */
            setting?: unknown;
            /** @description Optional comment describing the change */
            comment?: string;
        };
        /**
         * @description A semantic patch of a segment (media type `application/json; domain-model=launchdarkly.semanticpatch`).
         * @example {
         *       "environmentKey": "production",
         *       "comment": "Add the pilot customers",
         *       "instructions": [
         *         {
         *           "kind": "addIncludedTargets",
         *           "contextKind": "org",
         *           "values": [
         *             "org-key-123abc",
         *             "org-key-456def"
         *           ]
         *         }
         *       ]
         *     }
         */
        SegmentSemanticPatch: {
            /** @description The key of the environment the instructions apply to. */
            environmentKey: string;
            /** @description The actions to perform, in order. */
            instructions: components["schemas"]["SegmentInstruction"][];
            /** @description Optional description of the update. */
            comment?: string;
        };
        /** @description One semantic-patch instruction for `patchSegment`, discriminated by `kind`. */
        SegmentInstruction: components["schemas"]["SegmentAddTagsInstruction"] | components["schemas"]["SegmentRemoveTagsInstruction"] | components["schemas"]["SegmentUpdateNameInstruction"] | components["schemas"]["SegmentAddIncludedTargetsInstruction"] | components["schemas"]["SegmentAddExcludedTargetsInstruction"] | components["schemas"]["SegmentRemoveIncludedTargetsInstruction"] | components["schemas"]["SegmentRemoveExcludedTargetsInstruction"] | components["schemas"]["SegmentAddIncludedUsersInstruction"] | components["schemas"]["SegmentAddExcludedUsersInstruction"] | components["schemas"]["SegmentRemoveIncludedUsersInstruction"] | components["schemas"]["SegmentRemoveExcludedUsersInstruction"] | components["schemas"]["SegmentAddRuleInstruction"] | components["schemas"]["SegmentRemoveRuleInstruction"] | components["schemas"]["SegmentReorderRulesInstruction"] | components["schemas"]["SegmentAddClausesInstruction"] | components["schemas"]["SegmentRemoveClausesInstruction"] | components["schemas"]["SegmentUpdateClauseInstruction"] | components["schemas"]["SegmentAddValuesToClauseInstruction"] | components["schemas"]["SegmentRemoveValuesFromClauseInstruction"] | components["schemas"]["SegmentUpdateRuleDescriptionInstruction"] | components["schemas"]["SegmentUpdateRuleRolloutAndContextKindInstruction"] | components["schemas"]["SegmentAddBigSegmentIncludedTargetsInstruction"] | components["schemas"]["SegmentAddBigSegmentExcludedTargetsInstruction"] | components["schemas"]["SegmentRemoveBigSegmentIncludedTargetsInstruction"] | components["schemas"]["SegmentRemoveBigSegmentExcludedTargetsInstruction"] | components["schemas"]["SegmentProcessBigSegmentImportInstruction"];
        /**
         * @description Adds tags to the segment.
         * @example {
         *       "kind": "addTags",
         *       "values": [
         *         "tag1",
         *         "tag2"
         *       ]
         *     }
         */
        SegmentAddTagsInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "addTags";
            /** @description Tags. */
            values: string[];
        };
        /**
         * @description Removes tags from the segment.
         * @example {
         *       "kind": "removeTags",
         *       "values": [
         *         "tag1",
         *         "tag2"
         *       ]
         *     }
         */
        SegmentRemoveTagsInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "removeTags";
            /** @description Tags. */
            values: string[];
        };
        /**
         * @description Updates the name of the segment.
         * @example {
         *       "kind": "updateName",
         *       "value": "Updated segment name"
         *     }
         */
        SegmentUpdateNameInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "updateName";
            /** @description The new name of the segment. */
            value: string;
        };
        /**
         * @description Adds context keys to the individual context targets included in the segment for `contextKind`.
         * @example {
         *       "kind": "addIncludedTargets",
         *       "contextKind": "org",
         *       "values": [
         *         "org-key-123abc",
         *         "org-key-456def"
         *       ]
         *     }
         */
        SegmentAddIncludedTargetsInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "addIncludedTargets";
            /** @description The context kind of the targets. */
            contextKind: string;
            /** @description Context keys (at most 1500 per instruction). */
            values: string[];
        };
        /**
         * @description Adds context keys to the individual context targets excluded from the segment for `contextKind`.
         * @example {
         *       "kind": "addExcludedTargets",
         *       "contextKind": "org",
         *       "values": [
         *         "org-key-123abc",
         *         "org-key-456def"
         *       ]
         *     }
         */
        SegmentAddExcludedTargetsInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "addExcludedTargets";
            /** @description The context kind of the targets. */
            contextKind: string;
            /** @description Context keys (at most 1500 per instruction). */
            values: string[];
        };
        /**
         * @description Removes context keys from the individual context targets included in the segment for `contextKind`.
         * @example {
         *       "kind": "removeIncludedTargets",
         *       "contextKind": "org",
         *       "values": [
         *         "org-key-123abc",
         *         "org-key-456def"
         *       ]
         *     }
         */
        SegmentRemoveIncludedTargetsInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "removeIncludedTargets";
            /** @description The context kind of the targets. */
            contextKind: string;
            /** @description Context keys (at most 1500 per instruction). */
            values: string[];
        };
        /**
         * @description Removes context keys from the individual context targets excluded from the segment for `contextKind`.
         * @example {
         *       "kind": "removeExcludedTargets",
         *       "contextKind": "org",
         *       "values": [
         *         "org-key-123abc",
         *         "org-key-456def"
         *       ]
         *     }
         */
        SegmentRemoveExcludedTargetsInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "removeExcludedTargets";
            /** @description The context kind of the targets. */
            contextKind: string;
            /** @description Context keys (at most 1500 per instruction). */
            values: string[];
        };
        /**
         * @description Adds user keys to the individual user targets included in the segment (legacy; prefer `addIncludedTargets`).
         * @example {
         *       "kind": "addIncludedUsers",
         *       "values": [
         *         "user-key-123abc",
         *         "user-key-456def"
         *       ]
         *     }
         */
        SegmentAddIncludedUsersInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "addIncludedUsers";
            /** @description User keys (at most 1500 per instruction). */
            values: string[];
        };
        /**
         * @description Adds user keys to the individual user targets excluded from the segment (legacy; prefer `addExcludedTargets`).
         * @example {
         *       "kind": "addExcludedUsers",
         *       "values": [
         *         "user-key-123abc",
         *         "user-key-456def"
         *       ]
         *     }
         */
        SegmentAddExcludedUsersInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "addExcludedUsers";
            /** @description User keys (at most 1500 per instruction). */
            values: string[];
        };
        /**
         * @description Removes user keys from the individual user targets included in the segment (legacy; prefer `removeIncludedTargets`).
         * @example {
         *       "kind": "removeIncludedUsers",
         *       "values": [
         *         "user-key-123abc",
         *         "user-key-456def"
         *       ]
         *     }
         */
        SegmentRemoveIncludedUsersInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "removeIncludedUsers";
            /** @description User keys (at most 1500 per instruction). */
            values: string[];
        };
        /**
         * @description Removes user keys from the individual user targets excluded from the segment (legacy; prefer `removeExcludedTargets`).
         * @example {
         *       "kind": "removeExcludedUsers",
         *       "values": [
         *         "user-key-123abc",
         *         "user-key-456def"
         *       ]
         *     }
         */
        SegmentRemoveExcludedUsersInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "removeExcludedUsers";
            /** @description User keys (at most 1500 per instruction). */
            values: string[];
        };
        /**
         * @description Adds a targeting rule to the segment, optionally with clauses and a description.
         * @example {
         *       "kind": "addRule",
         *       "clauses": [
         *         {
         *           "attribute": "email",
         *           "op": "contains",
         *           "negate": false,
         *           "values": [
         *             "@launchdarkly.com"
         *           ]
         *         }
         *       ],
         *       "description": "Targeting rule for LaunchDarkly employees"
         *     }
         */
        SegmentAddRuleInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "addRule";
            /** @description Clauses; a clause's `contextKind` defaults to `user`. */
            clauses?: components["schemas"]["ClauseInput"][];
            /** @description A description of the rule. */
            description?: string;
        };
        /**
         * @description Removes the targeting rule `ruleId`; does nothing if the rule does not exist.
         * @example {
         *       "kind": "removeRule",
         *       "ruleId": "a902ef4a-2faf-4eaf-88e1-ecc356708a29"
         *     }
         */
        SegmentRemoveRuleInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "removeRule";
            /** @description ID of a targeting rule in the segment. */
            ruleId: string;
        };
        /**
         * @description Reorders the rules to match `ruleIds`, which must list every rule of the segment.
         * @example {
         *       "kind": "reorderRules",
         *       "ruleIds": [
         *         "a902ef4a-2faf-4eaf-88e1-ecc356708a29",
         *         "63c238d1-835d-435e-8f21-c8d5e40b2a3d"
         *       ]
         *     }
         */
        SegmentReorderRulesInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "reorderRules";
            /** @description IDs of all targeting rules in the segment, in the new order. */
            ruleIds: string[];
        };
        /**
         * @description Adds clauses to the rule `ruleId`.
         * @example {
         *       "kind": "addClauses",
         *       "ruleId": "a902ef4a-2faf-4eaf-88e1-ecc356708a29",
         *       "clauses": [
         *         {
         *           "attribute": "email",
         *           "negate": false,
         *           "op": "contains",
         *           "values": [
         *             "value1"
         *           ]
         *         }
         *       ]
         *     }
         */
        SegmentAddClausesInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "addClauses";
            /** @description ID of a targeting rule in the segment. */
            ruleId: string;
            /** @description Clauses; a clause's `contextKind` defaults to `user`. */
            clauses: components["schemas"]["ClauseInput"][];
        };
        /**
         * @description Removes the clauses `clauseIds` from the rule `ruleId`.
         * @example {
         *       "kind": "removeClauses",
         *       "ruleId": "a902ef4a-2faf-4eaf-88e1-ecc356708a29",
         *       "clauseIds": [
         *         "10a58772-3121-400f-846b-b8a04e8944ed",
         *         "36a461dc-235e-4b08-97b9-73ce9365873e"
         *       ]
         *     }
         */
        SegmentRemoveClausesInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "removeClauses";
            /** @description ID of a targeting rule in the segment. */
            ruleId: string;
            /** @description IDs of clauses in the rule. */
            clauseIds: string[];
        };
        /**
         * @description Replaces the clause `clauseId` of the rule `ruleId` with `clause`.
         * @example {
         *       "kind": "updateClause",
         *       "ruleId": "a902ef4a-2faf-4eaf-88e1-ecc356708a29",
         *       "clauseId": "10c7462a-2062-45ba-a8bb-dfb3de0f8af5",
         *       "clause": {
         *         "contextKind": "user",
         *         "attribute": "country",
         *         "op": "in",
         *         "negate": false,
         *         "values": [
         *           "Mexico",
         *           "Canada"
         *         ]
         *       }
         *     }
         */
        SegmentUpdateClauseInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "updateClause";
            /** @description ID of a targeting rule in the segment. */
            ruleId: string;
            /** @description ID of a clause in that rule. */
            clauseId: string;
            clause: components["schemas"]["ClauseInput"];
        };
        /**
         * @description Adds values to the clause `clauseId` of the rule `ruleId`; the context kind, attribute and operator stay.
         * @example {
         *       "kind": "addValuesToClause",
         *       "ruleId": "a902ef4a-2faf-4eaf-88e1-ecc356708a29",
         *       "clauseId": "10a58772-3121-400f-846b-b8a04e8944ed",
         *       "values": [
         *         "beta_testers"
         *       ]
         *     }
         */
        SegmentAddValuesToClauseInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "addValuesToClause";
            /** @description ID of a targeting rule in the segment. */
            ruleId: string;
            /** @description ID of a clause in that rule. */
            clauseId: string;
            /** @description Clause values (case sensitive). */
            values: components["schemas"]["ClauseValue"][];
        };
        /**
         * @description Removes values from the clause `clauseId` of the rule `ruleId`; the context kind, attribute and operator stay.
         * @example {
         *       "kind": "removeValuesFromClause",
         *       "ruleId": "a902ef4a-2faf-4eaf-88e1-ecc356708a29",
         *       "clauseId": "10a58772-3121-400f-846b-b8a04e8944ed",
         *       "values": [
         *         "beta_testers"
         *       ]
         *     }
         */
        SegmentRemoveValuesFromClauseInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "removeValuesFromClause";
            /** @description ID of a targeting rule in the segment. */
            ruleId: string;
            /** @description ID of a clause in that rule. */
            clauseId: string;
            /** @description Clause values (case sensitive). */
            values: components["schemas"]["ClauseValue"][];
        };
        /**
         * @description Updates the description of the targeting rule `ruleId`.
         * @example {
         *       "kind": "updateRuleDescription",
         *       "description": "New rule description",
         *       "ruleId": "a902ef4a-2faf-4eaf-88e1-ecc356708a29"
         *     }
         */
        SegmentUpdateRuleDescriptionInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "updateRuleDescription";
            /** @description ID of a targeting rule in the segment. */
            ruleId: string;
            /** @description The new description of the rule. */
            description: string;
        };
        /**
         * @description For a rule that includes a percentage of targets, updates the percentage and the context kind.
         * @example {
         *       "kind": "updateRuleRolloutAndContextKind",
         *       "ruleId": "a902ef4a-2faf-4eaf-88e1-ecc356708a29",
         *       "weight": 20000,
         *       "contextKind": "device"
         *     }
         */
        SegmentUpdateRuleRolloutAndContextKindInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "updateRuleRolloutAndContextKind";
            /** @description ID of a targeting rule in the segment. */
            ruleId: string;
            /** @description The included share, in thousandths of a percent (0–100000). */
            weight: number;
            /** @description The context kind the percentage applies to. */
            contextKind: string;
        };
        /**
         * @description Adds context keys to the targets included in a larger list-based segment (big segments only).
         * @example {
         *       "kind": "addBigSegmentIncludedTargets",
         *       "values": [
         *         "org-key-123abc",
         *         "org-key-456def"
         *       ]
         *     }
         */
        SegmentAddBigSegmentIncludedTargetsInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "addBigSegmentIncludedTargets";
            /** @description Context keys (at most 1500 per instruction). */
            values: string[];
        };
        /**
         * @description Adds context keys to the targets excluded from a larger list-based segment (big segments only).
         * @example {
         *       "kind": "addBigSegmentExcludedTargets",
         *       "values": [
         *         "org-key-123abc",
         *         "org-key-456def"
         *       ]
         *     }
         */
        SegmentAddBigSegmentExcludedTargetsInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "addBigSegmentExcludedTargets";
            /** @description Context keys (at most 1500 per instruction). */
            values: string[];
        };
        /**
         * @description Removes context keys from the targets included in a larger list-based segment (big segments only).
         * @example {
         *       "kind": "removeBigSegmentIncludedTargets",
         *       "values": [
         *         "org-key-123abc",
         *         "org-key-456def"
         *       ]
         *     }
         */
        SegmentRemoveBigSegmentIncludedTargetsInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "removeBigSegmentIncludedTargets";
            /** @description Context keys (at most 1500 per instruction). */
            values: string[];
        };
        /**
         * @description Removes context keys from the targets excluded from a larger list-based segment (big segments only).
         * @example {
         *       "kind": "removeBigSegmentExcludedTargets",
         *       "values": [
         *         "org-key-123abc",
         *         "org-key-456def"
         *       ]
         *     }
         */
        SegmentRemoveBigSegmentExcludedTargetsInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "removeBigSegmentExcludedTargets";
            /** @description Context keys (at most 1500 per instruction). */
            values: string[];
        };
        /**
         * @description Processes a big segment import (larger list-based segments only).
         * @example {
         *       "kind": "processBigSegmentImport",
         *       "importId": "a902ef4a-2faf-4eaf-88e1-ecc356708a29"
         *     }
         */
        SegmentProcessBigSegmentImportInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "processBigSegmentImport";
            /** @description The import ID: the last path segment of the `Location` header returned by `createBigSegmentImport`. */
            importId: string;
        };
        /**
         * @description A semantic patch of a segment's expiring context targets.
         * @example {
         *       "comment": "Pilot ends on 2 August 2025",
         *       "instructions": [
         *         {
         *           "kind": "addExpiringTarget",
         *           "targetType": "included",
         *           "contextKey": "user-key-123abc",
         *           "contextKind": "user",
         *           "value": 1754092860000
         *         }
         *       ]
         *     }
         */
        SegmentExpiringTargetsSemanticPatch: {
            /** @description The actions to perform, in order. */
            instructions: components["schemas"]["SegmentExpiringTargetInstruction"][];
            /** @description Optional description of the update. */
            comment?: string;
        };
        /** @description One instruction for `patchExpiringTargetsForSegment`, discriminated by `kind`. */
        SegmentExpiringTargetInstruction: components["schemas"]["SegmentAddExpiringTargetInstruction"] | components["schemas"]["SegmentUpdateExpiringTargetInstruction"] | components["schemas"]["SegmentRemoveExpiringTargetInstruction"];
        /**
         * @description Schedules the removal of a context that is already an individual target of the segment.
         * @example {
         *       "kind": "addExpiringTarget",
         *       "targetType": "included",
         *       "contextKey": "user-key-123abc",
         *       "contextKind": "user",
         *       "value": 1754092860000
         *     }
         */
        SegmentAddExpiringTargetInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "addExpiringTarget";
            targetType: components["schemas"]["TargetType"];
            /** @description The context key. */
            contextKey: string;
            /** @description The kind of the context. */
            contextKind: string;
            /**
             * Format: int64
             * @description When the context should be removed from the segment, in Unix milliseconds.
             */
            value: number;
            /** @description Optional. LaunchDarkly accepts `version` on every kind but uses it only to check an update; its docs' examples send it on add instructions too. */
            version?: number;
        };
        /**
         * @description Changes when a context is removed from the segment.
         * @example {
         *       "kind": "updateExpiringTarget",
         *       "targetType": "included",
         *       "contextKey": "user-key-123abc",
         *       "contextKind": "user",
         *       "value": 1754179260000,
         *       "version": 1
         *     }
         */
        SegmentUpdateExpiringTargetInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "updateExpiringTarget";
            targetType: components["schemas"]["TargetType"];
            /** @description The context key. */
            contextKey: string;
            /** @description The kind of the context. */
            contextKind: string;
            /**
             * Format: int64
             * @description The new removal date, in Unix milliseconds.
             */
            value: number;
            /** @description If set, the update fails unless it matches the expiring target's current version. */
            version?: number;
        };
        /**
         * @description Cancels the scheduled removal of a context from the segment.
         * @example {
         *       "kind": "removeExpiringTarget",
         *       "targetType": "included",
         *       "contextKey": "user-key-123abc",
         *       "contextKind": "user"
         *     }
         */
        SegmentRemoveExpiringTargetInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "removeExpiringTarget";
            targetType: components["schemas"]["TargetType"];
            /** @description The context key. */
            contextKey: string;
            /** @description The kind of the context. */
            contextKind: string;
            /** @description Optional. LaunchDarkly accepts `version` on every kind but uses it only to check an update; its docs' examples send it on add instructions too. */
            version?: number;
        };
        /**
         * @description A semantic patch of a segment's expiring user targets.
         * @example {
         *       "comment": "optional comment",
         *       "instructions": [
         *         {
         *           "kind": "updateExpireUserTargetDate",
         *           "targetType": "included",
         *           "userKey": "user-key-123abc",
         *           "value": 1587582000000,
         *           "version": 0
         *         }
         *       ]
         *     }
         */
        SegmentExpiringUserTargetsSemanticPatch: {
            /** @description The actions to perform, in order. */
            instructions: components["schemas"]["SegmentExpiringUserTargetInstruction"][];
            /** @description Optional description of the update. */
            comment?: string;
        };
        /** @description One instruction for `patchExpiringUserTargetsForSegment`, discriminated by `kind`. */
        SegmentExpiringUserTargetInstruction: components["schemas"]["SegmentAddExpireUserTargetDateInstruction"] | components["schemas"]["SegmentUpdateExpireUserTargetDateInstruction"] | components["schemas"]["SegmentRemoveExpireUserTargetDateInstruction"];
        /**
         * @description Schedules the removal of a user from the segment's individual targets.
         * @example {
         *       "kind": "addExpireUserTargetDate",
         *       "targetType": "included",
         *       "userKey": "user-key-123abc",
         *       "value": 1754092860000
         *     }
         */
        SegmentAddExpireUserTargetDateInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "addExpireUserTargetDate";
            targetType: components["schemas"]["TargetType"];
            /** @description The user key. */
            userKey: string;
            /**
             * Format: int64
             * @description When the user should be removed from the segment, in Unix milliseconds.
             */
            value: number;
            /** @description Optional. LaunchDarkly accepts `version` on every kind but uses it only to check an update; its docs' examples send it on add instructions too. */
            version?: number;
        };
        /**
         * @description Changes when a user is removed from the segment's individual targets.
         * @example {
         *       "kind": "updateExpireUserTargetDate",
         *       "targetType": "included",
         *       "userKey": "user-key-123abc",
         *       "value": 1754179260000,
         *       "version": 7
         *     }
         */
        SegmentUpdateExpireUserTargetDateInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "updateExpireUserTargetDate";
            targetType: components["schemas"]["TargetType"];
            /** @description The user key. */
            userKey: string;
            /**
             * Format: int64
             * @description The new removal date, in Unix milliseconds.
             */
            value: number;
            /** @description The segment version. */
            version: number;
        };
        /**
         * @description Cancels the scheduled removal of a user from the segment.
         * @example {
         *       "kind": "removeExpireUserTargetDate",
         *       "targetType": "included",
         *       "userKey": "user-key-123abc"
         *     }
         */
        SegmentRemoveExpireUserTargetDateInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "removeExpireUserTargetDate";
            targetType: components["schemas"]["TargetType"];
            /** @description The user key. */
            userKey: string;
            /** @description Optional. LaunchDarkly accepts `version` on every kind but uses it only to check an update; its docs' examples send it on add instructions too. */
            version?: number;
        };
        /**
         * @description A semantic patch of the scheduled removals of one user from flags' individual targeting.
         * @example {
         *       "comment": "optional comment",
         *       "instructions": [
         *         {
         *           "kind": "addExpireUserTargetDate",
         *           "flagKey": "sort.order",
         *           "variationId": "ce12d345-a1b2-4fb5-a123-ab123d4d5f5d",
         *           "value": 1653469200000
         *         }
         *       ]
         *     }
         */
        UserExpiringFlagsSemanticPatch: {
            /** @description The actions to perform, in order. */
            instructions: components["schemas"]["UserExpiringFlagInstruction"][];
            /** @description Optional description of the update. */
            comment?: string;
        };
        /** @description One instruction for `patchExpiringFlagsForUser`, discriminated by `kind`. */
        UserExpiringFlagInstruction: components["schemas"]["UserAddExpireUserTargetDateInstruction"] | components["schemas"]["UserUpdateExpireUserTargetDateInstruction"] | components["schemas"]["UserRemoveExpireUserTargetDateInstruction"];
        /**
         * @description Schedules the removal of the user from the flag's individual targeting.
         * @example {
         *       "kind": "addExpireUserTargetDate",
         *       "flagKey": "sort.order",
         *       "variationId": "ce12d345-a1b2-4fb5-a123-ab123d4d5f5d",
         *       "value": 1653469200000
         *     }
         */
        UserAddExpireUserTargetDateInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "addExpireUserTargetDate";
            /** @description The flag key. */
            flagKey: string;
            /** @description ID of a variation of the flag. */
            variationId: string;
            /**
             * Format: int64
             * @description When LaunchDarkly should remove the user from the flag's individual targeting, in Unix milliseconds.
             */
            value: number;
            /** @description Optional. LaunchDarkly accepts `version` on every kind but uses it only to check an update; its docs' examples send it on add instructions too. */
            version?: number;
        };
        /**
         * @description Changes when the user is removed from the flag's individual targeting.
         * @example {
         *       "kind": "updateExpireUserTargetDate",
         *       "flagKey": "sort.order",
         *       "variationId": "ce12d345-a1b2-4fb5-a123-ab123d4d5f5d",
         *       "value": 1653555600000,
         *       "version": 1
         *     }
         */
        UserUpdateExpireUserTargetDateInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "updateExpireUserTargetDate";
            /** @description The flag key. */
            flagKey: string;
            /** @description ID of a variation of the flag. */
            variationId: string;
            /**
             * Format: int64
             * @description The new removal date, in Unix milliseconds.
             */
            value: number;
            /** @description If set, the update fails unless it matches the expiring user target's current version. */
            version?: number;
        };
        /**
         * @description Cancels the scheduled removal; the user stays individually targeted until removed explicitly.
         * @example {
         *       "kind": "removeExpireUserTargetDate",
         *       "flagKey": "sort.order",
         *       "variationId": "ce12d345-a1b2-4fb5-a123-ab123d4d5f5d"
         *     }
         */
        UserRemoveExpireUserTargetDateInstruction: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "removeExpireUserTargetDate";
            /** @description The flag key. */
            flagKey: string;
            /** @description ID of a variation of the flag. */
            variationId: string;
            /** @description Optional. LaunchDarkly accepts `version` on every kind but uses it only to check an update; its docs' examples send it on add instructions too. */
            version?: number;
        };
        /**
         * @description A JSON Patch document (RFC 6902) of the segment.
         * @example [
         *       {
         *         "op": "replace",
         *         "path": "/description",
         *         "value": "New description for this segment"
         *       },
         *       {
         *         "op": "add",
         *         "path": "/tags/0",
         *         "value": "example"
         *       }
         *     ]
         */
        JSONPatch: components["schemas"]["PatchOperation"][];
        /** @description One JSON Patch operation, discriminated by `op`. */
        PatchOperation: components["schemas"]["PatchOperationAdd"] | components["schemas"]["PatchOperationRemove"] | components["schemas"]["PatchOperationReplace"] | components["schemas"]["PatchOperationMove"] | components["schemas"]["PatchOperationCopy"] | components["schemas"]["PatchOperationTest"];
        /**
         * @description Adds `value` at `path` (`/-` appends to an array).
         * @example {
         *       "op": "add",
         *       "path": "/tags/0",
         *       "value": "example"
         *     }
         */
        PatchOperationAdd: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            op: "add";
            /** @description A JSON Pointer (RFC 6901) */
            path: string;
            /** @description Any JSON value */
            value: unknown;
        };
        /**
         * @description Removes the value at `path`.
         * @example {
         *       "op": "remove",
         *       "path": "/rules/0"
         *     }
         */
        PatchOperationRemove: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            op: "remove";
            /** @description A JSON Pointer (RFC 6901) */
            path: string;
        };
        /**
         * @description Replaces the value at `path` with `value`.
         * @example {
         *       "op": "replace",
         *       "path": "/description",
         *       "value": "New description for this segment"
         *     }
         */
        PatchOperationReplace: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            op: "replace";
            /** @description A JSON Pointer (RFC 6901) */
            path: string;
            /** @description Any JSON value */
            value: unknown;
        };
        /**
         * @description Moves the value at `from` to `path`.
         * @example {
         *       "op": "move",
         *       "from": "/rules/1",
         *       "path": "/rules/0"
         *     }
         */
        PatchOperationMove: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            op: "move";
            /** @description A JSON Pointer (RFC 6901) */
            from: string;
            /** @description A JSON Pointer (RFC 6901) */
            path: string;
        };
        /**
         * @description Copies the value at `from` to `path`.
         * @example {
         *       "op": "copy",
         *       "from": "/included/0",
         *       "path": "/excluded/-"
         *     }
         */
        PatchOperationCopy: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            op: "copy";
            /** @description A JSON Pointer (RFC 6901) */
            from: string;
            /** @description A JSON Pointer (RFC 6901) */
            path: string;
        };
        /**
         * @description Tests that the value at `path` equals `value`; the whole patch fails otherwise.
         * @example {
         *       "op": "test",
         *       "path": "/version",
         *       "value": 7
         *     }
         */
        PatchOperationTest: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            op: "test";
            /** @description A JSON Pointer (RFC 6901) */
            path: string;
            /** @description Any JSON value */
            value: unknown;
        };
        /**
         * @description A JSON Patch with an optional comment.
         * @example {
         *       "comment": "Describe the segment and tag it",
         *       "patch": [
         *         {
         *           "op": "replace",
         *           "path": "/description",
         *           "value": "New description for this segment"
         *         },
         *         {
         *           "op": "add",
         *           "path": "/tags/0",
         *           "value": "example"
         *         }
         *       ]
         *     }
         */
        PatchWithComment: {
            patch: components["schemas"]["JSONPatch"];
            /** @description Optional description of the update. */
            comment?: string;
        };
        /**
         * @description A JSON merge patch (RFC 7386) of a segment: the fields to change; `null` removes a nullable
         *     field. It has no `patch`, `instructions`, `environmentKey` or `comment` property, so it never
         *     matches the other body formats.
         * @example {
         *       "description": "Customers enrolled in the beta program",
         *       "tags": [
         *         "beta",
         *         "early-access"
         *       ]
         *     }
         */
        SegmentMergePatch: {
            name?: string;
            description?: string | null;
            tags?: string[] | null;
            included?: string[];
            excluded?: string[];
            includedContexts?: components["schemas"]["SegmentTargetInput"][];
            excludedContexts?: components["schemas"]["SegmentTargetInput"][];
            rules?: components["schemas"]["SegmentRuleInput"][];
            unboundedContextKind?: string;
        };
    };
    responses: {
        /** @description Invalid request */
        BadRequest: {
            headers: {
                "X-Ratelimit-Global-Remaining": components["headers"]["X-Ratelimit-Global-Remaining"];
                "X-Ratelimit-Route-Remaining": components["headers"]["X-Ratelimit-Route-Remaining"];
                "X-Ratelimit-Reset": components["headers"]["X-Ratelimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "invalid_request",
                 *       "message": "Invalid request body"
                 *     }
                 */
                "application/json": components["schemas"]["InvalidRequestErrorRep"];
            };
        };
        /** @description Invalid access token */
        Unauthorized: {
            headers: {
                "X-Ratelimit-Global-Remaining": components["headers"]["X-Ratelimit-Global-Remaining"];
                "X-Ratelimit-Route-Remaining": components["headers"]["X-Ratelimit-Route-Remaining"];
                "X-Ratelimit-Reset": components["headers"]["X-Ratelimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "unauthorized",
                 *       "message": "Invalid access token"
                 *     }
                 */
                "application/json": components["schemas"]["UnauthorizedErrorRep"];
            };
        };
        /** @description Forbidden */
        Forbidden: {
            headers: {
                "X-Ratelimit-Global-Remaining": components["headers"]["X-Ratelimit-Global-Remaining"];
                "X-Ratelimit-Route-Remaining": components["headers"]["X-Ratelimit-Route-Remaining"];
                "X-Ratelimit-Reset": components["headers"]["X-Ratelimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "forbidden",
                 *       "message": "Forbidden. Access to the requested resource was denied."
                 *     }
                 */
                "application/json": components["schemas"]["ForbiddenErrorRep"];
            };
        };
        /** @description Invalid resource identifier */
        NotFound: {
            headers: {
                "X-Ratelimit-Global-Remaining": components["headers"]["X-Ratelimit-Global-Remaining"];
                "X-Ratelimit-Route-Remaining": components["headers"]["X-Ratelimit-Route-Remaining"];
                "X-Ratelimit-Reset": components["headers"]["X-Ratelimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "not_found",
                 *       "message": "Invalid resource identifier"
                 *     }
                 */
                "application/json": components["schemas"]["NotFoundErrorRep"];
            };
        };
        /** @description Status conflict (for imports, a conflicting process) */
        Conflict: {
            headers: {
                "X-Ratelimit-Global-Remaining": components["headers"]["X-Ratelimit-Global-Remaining"];
                "X-Ratelimit-Route-Remaining": components["headers"]["X-Ratelimit-Route-Remaining"];
                "X-Ratelimit-Reset": components["headers"]["X-Ratelimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "optimistic_locking_error",
                 *       "message": "Conflict. Optimistic lock failed. Try again later."
                 *     }
                 */
                "application/json": components["schemas"]["StatusConflictErrorRep"];
            };
        };
        /** @description Rate limited */
        RateLimited: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                "X-Ratelimit-Global-Remaining": components["headers"]["X-Ratelimit-Global-Remaining"];
                "X-Ratelimit-Route-Remaining": components["headers"]["X-Ratelimit-Route-Remaining"];
                "X-Ratelimit-Reset": components["headers"]["X-Ratelimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "rate_limited",
                 *       "message": "You've exceeded the API rate limit. Try again later."
                 *     }
                 */
                "application/json": components["schemas"]["RateLimitedErrorRep"];
            };
        };
    };
    parameters: {
        /**
         * @description The project key
         * @example default
         */
        ProjectKey: string;
        /**
         * @description The environment key
         * @example production
         */
        EnvironmentKey: string;
        /**
         * @description The segment key
         * @example beta-users
         */
        SegmentKey: string;
        /**
         * @description The context key
         * @example device-key-123abc
         */
        ContextKey: string;
        /**
         * @description The user key
         * @example Abbie_Braun
         */
        UserKey: string;
        /**
         * @description The feature flag key
         * @example sort.order
         */
        FeatureFlagKey: string;
        /**
         * @description The export ID (the last path segment of the `Location` header of `createBigSegmentExport`)
         * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
         */
        ExportId: string;
        /**
         * @description The import ID (the last path segment of the `Location` header of `createBigSegmentImport`)
         * @example 1b3c5d7e-9f10-4a2b-8c4d-6e8f0a1b2c3d
         */
        ImportId: string;
        /**
         * @description The number of segments to return. Defaults to 20.
         * @example 20
         */
        Limit: number;
        /**
         * @description Where to start in the list, for pagination. An offset of 10 skips the first ten items and
         *     returns the next items, up to `limit`.
         * @example 0
         */
        Offset: number;
        /**
         * @description Sort fields, comma separated: `creationDate`, `name`, `lastModified`; prefix a field with `-`
         *     for descending order. `sort=name` sorts by name ascending; `sort=-name,creationDate` by name
         *     descending, then creation date ascending.
         * @example -name,creationDate
         */
        Sort: string;
        /**
         * @description A filter expression over `excludedKeys`, `external`, `includedKeys`, `query`, `tags` and
         *     `unbounded` (see "Filtering segments" in the operation description). Example:
         *     `tags anyOf ["enterprise", "beta"],query equals "toggle"`.
         * @example tags anyOf ["enterprise", "beta"],query equals "toggle"
         */
        Filter: string;
        /**
         * @description If `true`, LaunchDarkly validates the patch and returns the segment as it would be after the
         *     patch, without saving it.
         * @example false
         */
        DryRun: boolean;
    };
    requestBodies: never;
    headers: {
        /**
         * @description The number of requests the account has left across all routes in the current window.
         * @example 998
         */
        "X-Ratelimit-Global-Remaining": number;
        /**
         * @description The number of requests left on this route in the current window.
         * @example 23
         */
        "X-Ratelimit-Route-Remaining": number;
        /**
         * @description When the current rate-limit window resets, in Unix epoch **milliseconds**.
         * @example 1732480000000
         */
        "X-Ratelimit-Reset": number;
        /**
         * @description How long to wait before retrying, in **seconds**.
         * @example 2
         */
        "Retry-After": number;
        /**
         * @description The URL (absolute path) of the new big segment import. Its last path segment is the import ID
         *     for `getBigSegmentImport` and the `processBigSegmentImport` instruction.
         * @example /api/v2/segments/default/production/enterprise-devices/imports/1b3c5d7e-9f10-4a2b-8c4d-6e8f0a1b2c3d
         */
        Location: string;
        /**
         * @description The URL (absolute path) of the new big segment export. Its last path segment is the export ID
         *     for `getBigSegmentExport`.
         * @example /api/v2/segments/default/production/enterprise-devices/exports/7c9e6679-7425-40de-944b-e07fc1f90ae7
         */
        ExportLocation: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getSegments: {
        parameters: {
            query?: {
                /**
                 * @description The number of segments to return. Defaults to 20.
                 * @example 20
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Where to start in the list, for pagination. An offset of 10 skips the first ten items and
                 *     returns the next items, up to `limit`.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Sort fields, comma separated: `creationDate`, `name`, `lastModified`; prefix a field with `-`
                 *     for descending order. `sort=name` sorts by name ascending; `sort=-name,creationDate` by name
                 *     descending, then creation date ascending.
                 * @example -name,creationDate
                 */
                sort?: components["parameters"]["Sort"];
                /**
                 * @description A filter expression over `excludedKeys`, `external`, `includedKeys`, `query`, `tags` and
                 *     `unbounded` (see "Filtering segments" in the operation description). Example:
                 *     `tags anyOf ["enterprise", "beta"],query equals "toggle"`.
                 * @example tags anyOf ["enterprise", "beta"],query equals "toggle"
                 */
                filter?: components["parameters"]["Filter"];
            };
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Segment collection response */
            200: {
                headers: {
                    "X-Ratelimit-Global-Remaining": components["headers"]["X-Ratelimit-Global-Remaining"];
                    "X-Ratelimit-Route-Remaining": components["headers"]["X-Ratelimit-Route-Remaining"];
                    "X-Ratelimit-Reset": components["headers"]["X-Ratelimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSegments"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    postSegment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SegmentBody"];
            };
        };
        responses: {
            /** @description Segment response */
            201: {
                headers: {
                    "X-Ratelimit-Global-Remaining": components["headers"]["X-Ratelimit-Global-Remaining"];
                    "X-Ratelimit-Route-Remaining": components["headers"]["X-Ratelimit-Route-Remaining"];
                    "X-Ratelimit-Reset": components["headers"]["X-Ratelimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSegment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    getSegment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
                /**
                 * @description The segment key
                 * @example beta-users
                 */
                segmentKey: components["parameters"]["SegmentKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Segment response */
            200: {
                headers: {
                    "X-Ratelimit-Global-Remaining": components["headers"]["X-Ratelimit-Global-Remaining"];
                    "X-Ratelimit-Route-Remaining": components["headers"]["X-Ratelimit-Route-Remaining"];
                    "X-Ratelimit-Reset": components["headers"]["X-Ratelimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSegment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    deleteSegment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
                /**
                 * @description The segment key
                 * @example beta-users
                 */
                segmentKey: components["parameters"]["SegmentKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Action succeeded */
            204: {
                headers: {
                    "X-Ratelimit-Global-Remaining": components["headers"]["X-Ratelimit-Global-Remaining"];
                    "X-Ratelimit-Route-Remaining": components["headers"]["X-Ratelimit-Route-Remaining"];
                    "X-Ratelimit-Reset": components["headers"]["X-Ratelimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
        };
    };
    patchSegment: {
        parameters: {
            query?: {
                /**
                 * @description If `true`, LaunchDarkly validates the patch and returns the segment as it would be after the
                 *     patch, without saving it.
                 * @example false
                 */
                dryRun?: components["parameters"]["DryRun"];
            };
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
                /**
                 * @description The segment key
                 * @example beta-users
                 */
                segmentKey: components["parameters"]["SegmentKey"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json; domain-model=launchdarkly.semanticpatch": components["schemas"]["SegmentSemanticPatch"];
                "application/json": components["schemas"]["JSONPatch"] | components["schemas"]["PatchWithComment"] | components["schemas"]["SegmentMergePatch"];
            };
        };
        responses: {
            /** @description Segment response (with `dryRun=true`, the segment as it would be after the patch) */
            200: {
                headers: {
                    "X-Ratelimit-Global-Remaining": components["headers"]["X-Ratelimit-Global-Remaining"];
                    "X-Ratelimit-Route-Remaining": components["headers"]["X-Ratelimit-Route-Remaining"];
                    "X-Ratelimit-Reset": components["headers"]["X-Ratelimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserSegment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
        };
    };
    getContextInstanceSegmentsMembershipByEnv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContextInstance"];
            };
        };
        responses: {
            /** @description Context instance segment membership collection response */
            200: {
                headers: {
                    "X-Ratelimit-Global-Remaining": components["headers"]["X-Ratelimit-Global-Remaining"];
                    "X-Ratelimit-Route-Remaining": components["headers"]["X-Ratelimit-Route-Remaining"];
                    "X-Ratelimit-Reset": components["headers"]["X-Ratelimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "name": "Beta users",
                     *           "key": "beta-users",
                     *           "description": "Customers enrolled in the beta program",
                     *           "unbounded": false,
                     *           "isMember": true,
                     *           "isIndividuallyTargeted": true,
                     *           "isRuleTargeted": false,
                     *           "_links": {
                     *             "self": {
                     *               "href": "/api/v2/segments/default/production/beta-users",
                     *               "type": "application/json"
                     *             }
                     *           }
                     *         },
                     *         {
                     *           "name": "Enterprise devices",
                     *           "key": "enterprise-devices",
                     *           "description": "Devices of enterprise customers",
                     *           "unbounded": true,
                     *           "isMember": false,
                     *           "isIndividuallyTargeted": false,
                     *           "isRuleTargeted": false,
                     *           "_links": {
                     *             "self": {
                     *               "href": "/api/v2/segments/default/production/enterprise-devices",
                     *               "type": "application/json"
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "_links": {
                     *         "self": {
                     *           "href": "/api/v2/projects/default/environments/production/segments/evaluate",
                     *           "type": "application/json"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ContextInstanceSegmentMemberships"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    getExpiringTargetsForSegment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The segment key
                 * @example beta-users
                 */
                segmentKey: components["parameters"]["SegmentKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Expiring context target response */
            200: {
                headers: {
                    "X-Ratelimit-Global-Remaining": components["headers"]["X-Ratelimit-Global-Remaining"];
                    "X-Ratelimit-Route-Remaining": components["headers"]["X-Ratelimit-Route-Remaining"];
                    "X-Ratelimit-Reset": components["headers"]["X-Ratelimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "_id": "6627c4e8a1b2c3d4e5f60718",
                     *           "_version": 1,
                     *           "expirationDate": 1754092860000,
                     *           "contextKind": "user",
                     *           "contextKey": "user-key-123abc",
                     *           "targetType": "included",
                     *           "_resourceId": {
                     *             "kind": "segment",
                     *             "projectKey": "default",
                     *             "environmentKey": "production",
                     *             "key": "beta-users"
                     *           }
                     *         },
                     *         {
                     *           "_id": "6627c4e8a1b2c3d4e5f60719",
                     *           "_version": 2,
                     *           "expirationDate": 1756771260000,
                     *           "contextKind": "org",
                     *           "contextKey": "org-key-456def",
                     *           "targetType": "excluded",
                     *           "_resourceId": {
                     *             "kind": "segment",
                     *             "projectKey": "default",
                     *             "environmentKey": "production",
                     *             "key": "beta-users"
                     *           }
                     *         }
                     *       ],
                     *       "_links": {
                     *         "self": {
                     *           "href": "/api/v2/segments/default/beta-users/expiring-targets/production",
                     *           "type": "application/json"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ExpiringTargetGetResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    patchExpiringTargetsForSegment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The segment key
                 * @example beta-users
                 */
                segmentKey: components["parameters"]["SegmentKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "comment": "Pilot ends on 2 August 2025",
                 *       "instructions": [
                 *         {
                 *           "kind": "addExpiringTarget",
                 *           "targetType": "included",
                 *           "contextKey": "user-key-123abc",
                 *           "contextKind": "user",
                 *           "value": 1754092860000
                 *         }
                 *       ]
                 *     }
                 */
                "application/json; domain-model=launchdarkly.semanticpatch": components["schemas"]["SegmentExpiringTargetsSemanticPatch"];
            };
        };
        responses: {
            /** @description Expiring target response */
            200: {
                headers: {
                    "X-Ratelimit-Global-Remaining": components["headers"]["X-Ratelimit-Global-Remaining"];
                    "X-Ratelimit-Route-Remaining": components["headers"]["X-Ratelimit-Route-Remaining"];
                    "X-Ratelimit-Reset": components["headers"]["X-Ratelimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "_id": "6627c4e8a1b2c3d4e5f60718",
                     *           "_version": 1,
                     *           "expirationDate": 1754092860000,
                     *           "contextKind": "user",
                     *           "contextKey": "user-key-123abc",
                     *           "targetType": "included",
                     *           "_resourceId": {
                     *             "kind": "segment",
                     *             "projectKey": "default",
                     *             "environmentKey": "production",
                     *             "key": "beta-users"
                     *           }
                     *         }
                     *       ],
                     *       "_links": {
                     *         "self": {
                     *           "href": "/api/v2/segments/default/beta-users/expiring-targets/production",
                     *           "type": "application/json"
                     *         }
                     *       },
                     *       "totalInstructions": 1,
                     *       "successfulInstructions": 1,
                     *       "failedInstructions": 0,
                     *       "errors": []
                     *     }
                     */
                    "application/json": components["schemas"]["ExpiringTargetPatchResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
        };
    };
    getExpiringUserTargetsForSegment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The segment key
                 * @example beta-users
                 */
                segmentKey: components["parameters"]["SegmentKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Expiring user target response */
            200: {
                headers: {
                    "X-Ratelimit-Global-Remaining": components["headers"]["X-Ratelimit-Global-Remaining"];
                    "X-Ratelimit-Route-Remaining": components["headers"]["X-Ratelimit-Route-Remaining"];
                    "X-Ratelimit-Reset": components["headers"]["X-Ratelimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "_id": "6627c4e8a1b2c3d4e5f6071a",
                     *           "_version": 1,
                     *           "expirationDate": 1754092860000,
                     *           "userKey": "user-key-123abc",
                     *           "targetType": "included",
                     *           "_resourceId": {
                     *             "kind": "segment",
                     *             "projectKey": "default",
                     *             "environmentKey": "production",
                     *             "key": "beta-users"
                     *           }
                     *         }
                     *       ],
                     *       "_links": {
                     *         "self": {
                     *           "href": "/api/v2/segments/default/beta-users/expiring-user-targets/production",
                     *           "type": "application/json"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ExpiringUserTargetGetResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    patchExpiringUserTargetsForSegment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The segment key
                 * @example beta-users
                 */
                segmentKey: components["parameters"]["SegmentKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "comment": "optional comment",
                 *       "instructions": [
                 *         {
                 *           "kind": "updateExpireUserTargetDate",
                 *           "targetType": "included",
                 *           "userKey": "user-key-123abc",
                 *           "value": 1587582000000,
                 *           "version": 0
                 *         }
                 *       ]
                 *     }
                 */
                "application/json; domain-model=launchdarkly.semanticpatch": components["schemas"]["SegmentExpiringUserTargetsSemanticPatch"];
            };
        };
        responses: {
            /** @description Expiring user target response */
            200: {
                headers: {
                    "X-Ratelimit-Global-Remaining": components["headers"]["X-Ratelimit-Global-Remaining"];
                    "X-Ratelimit-Route-Remaining": components["headers"]["X-Ratelimit-Route-Remaining"];
                    "X-Ratelimit-Reset": components["headers"]["X-Ratelimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "_id": "6627c4e8a1b2c3d4e5f6071a",
                     *           "_version": 1,
                     *           "expirationDate": 1587582000000,
                     *           "userKey": "user-key-123abc",
                     *           "targetType": "included",
                     *           "_resourceId": {
                     *             "kind": "segment",
                     *             "projectKey": "default",
                     *             "environmentKey": "production",
                     *             "key": "beta-users"
                     *           }
                     *         }
                     *       ],
                     *       "_links": {
                     *         "self": {
                     *           "href": "/api/v2/segments/default/beta-users/expiring-user-targets/production",
                     *           "type": "application/json"
                     *         }
                     *       },
                     *       "totalInstructions": 1,
                     *       "successfulInstructions": 1,
                     *       "failedInstructions": 0,
                     *       "errors": []
                     *     }
                     */
                    "application/json": components["schemas"]["ExpiringUserTargetPatchResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
        };
    };
    getSegmentMembershipForContext: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
                /**
                 * @description The segment key
                 * @example beta-users
                 */
                segmentKey: components["parameters"]["SegmentKey"];
                /**
                 * @description The context key
                 * @example device-key-123abc
                 */
                contextKey: components["parameters"]["ContextKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Segment membership for context response */
            200: {
                headers: {
                    "X-Ratelimit-Global-Remaining": components["headers"]["X-Ratelimit-Global-Remaining"];
                    "X-Ratelimit-Route-Remaining": components["headers"]["X-Ratelimit-Route-Remaining"];
                    "X-Ratelimit-Reset": components["headers"]["X-Ratelimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "userKey": "device-key-123abc",
                     *       "included": true,
                     *       "excluded": false
                     *     }
                     */
                    "application/json": components["schemas"]["BigSegmentTarget"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    getSegmentMembershipForUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
                /**
                 * @description The segment key
                 * @example beta-users
                 */
                segmentKey: components["parameters"]["SegmentKey"];
                /**
                 * @description The user key
                 * @example Abbie_Braun
                 */
                userKey: components["parameters"]["UserKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Segment membership for user response */
            200: {
                headers: {
                    "X-Ratelimit-Global-Remaining": components["headers"]["X-Ratelimit-Global-Remaining"];
                    "X-Ratelimit-Route-Remaining": components["headers"]["X-Ratelimit-Route-Remaining"];
                    "X-Ratelimit-Reset": components["headers"]["X-Ratelimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "userKey": "user-key-123abc",
                     *       "included": false,
                     *       "excluded": true
                     *     }
                     */
                    "application/json": components["schemas"]["BigSegmentTarget"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    updateBigSegmentContextTargets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
                /**
                 * @description The segment key
                 * @example beta-users
                 */
                segmentKey: components["parameters"]["SegmentKey"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "included": {
                 *         "add": [
                 *           "device-key-123abc",
                 *           "device-key-456def"
                 *         ],
                 *         "remove": [
                 *           "device-key-789ghi"
                 *         ]
                 *       },
                 *       "excluded": {
                 *         "add": [
                 *           "device-key-789ghi"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["SegmentUserState"];
            };
        };
        responses: {
            /** @description Action succeeded */
            204: {
                headers: {
                    "X-Ratelimit-Global-Remaining": components["headers"]["X-Ratelimit-Global-Remaining"];
                    "X-Ratelimit-Route-Remaining": components["headers"]["X-Ratelimit-Route-Remaining"];
                    "X-Ratelimit-Reset": components["headers"]["X-Ratelimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    updateBigSegmentTargets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
                /**
                 * @description The segment key
                 * @example beta-users
                 */
                segmentKey: components["parameters"]["SegmentKey"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "included": {
                 *         "add": [
                 *           "user-key-123abc",
                 *           "user-key-456def"
                 *         ]
                 *       },
                 *       "excluded": {
                 *         "remove": [
                 *           "user-key-456def"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["SegmentUserState"];
            };
        };
        responses: {
            /** @description Action succeeded */
            204: {
                headers: {
                    "X-Ratelimit-Global-Remaining": components["headers"]["X-Ratelimit-Global-Remaining"];
                    "X-Ratelimit-Route-Remaining": components["headers"]["X-Ratelimit-Route-Remaining"];
                    "X-Ratelimit-Reset": components["headers"]["X-Ratelimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    createBigSegmentExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
                /**
                 * @description The segment key
                 * @example beta-users
                 */
                segmentKey: components["parameters"]["SegmentKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Action succeeded (no body; see the `Location` header) */
            200: {
                headers: {
                    Location: components["headers"]["ExportLocation"];
                    "X-Ratelimit-Global-Remaining": components["headers"]["X-Ratelimit-Global-Remaining"];
                    "X-Ratelimit-Route-Remaining": components["headers"]["X-Ratelimit-Route-Remaining"];
                    "X-Ratelimit-Reset": components["headers"]["X-Ratelimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    getBigSegmentExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
                /**
                 * @description The segment key
                 * @example beta-users
                 */
                segmentKey: components["parameters"]["SegmentKey"];
                /**
                 * @description The export ID (the last path segment of the `Location` header of `createBigSegmentExport`)
                 * @example 7c9e6679-7425-40de-944b-e07fc1f90ae7
                 */
                exportID: components["parameters"]["ExportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Segment export response */
            200: {
                headers: {
                    "X-Ratelimit-Global-Remaining": components["headers"]["X-Ratelimit-Global-Remaining"];
                    "X-Ratelimit-Route-Remaining": components["headers"]["X-Ratelimit-Route-Remaining"];
                    "X-Ratelimit-Reset": components["headers"]["X-Ratelimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
                     *       "segmentKey": "enterprise-devices",
                     *       "creationTime": 1712345678901,
                     *       "status": "complete",
                     *       "sizeBytes": 48213,
                     *       "size": "47 KB",
                     *       "initiator": {
                     *         "name": "Ariel Flores",
                     *         "email": "ariel.flores@example.com"
                     *       },
                     *       "_links": {
                     *         "self": {
                     *           "href": "/api/v2/segments/default/production/enterprise-devices/exports/7c9e6679-7425-40de-944b-e07fc1f90ae7",
                     *           "type": "application/json"
                     *         },
                     *         "download": {
                     *           "href": "https://exports.example.com/default/production/enterprise-devices/7c9e6679-7425-40de-944b-e07fc1f90ae7.csv",
                     *           "type": "text/csv"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Export"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    createBigSegmentImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
                /**
                 * @description The segment key
                 * @example beta-users
                 */
                segmentKey: components["parameters"]["SegmentKey"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["BigSegmentImportForm"];
            };
        };
        responses: {
            /** @description Import request submitted successfully */
            204: {
                headers: {
                    Location: components["headers"]["Location"];
                    "X-Ratelimit-Global-Remaining": components["headers"]["X-Ratelimit-Global-Remaining"];
                    "X-Ratelimit-Route-Remaining": components["headers"]["X-Ratelimit-Route-Remaining"];
                    "X-Ratelimit-Reset": components["headers"]["X-Ratelimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["RateLimited"];
        };
    };
    getBigSegmentImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
                /**
                 * @description The segment key
                 * @example beta-users
                 */
                segmentKey: components["parameters"]["SegmentKey"];
                /**
                 * @description The import ID (the last path segment of the `Location` header of `createBigSegmentImport`)
                 * @example 1b3c5d7e-9f10-4a2b-8c4d-6e8f0a1b2c3d
                 */
                importID: components["parameters"]["ImportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Segment import response */
            200: {
                headers: {
                    "X-Ratelimit-Global-Remaining": components["headers"]["X-Ratelimit-Global-Remaining"];
                    "X-Ratelimit-Route-Remaining": components["headers"]["X-Ratelimit-Route-Remaining"];
                    "X-Ratelimit-Reset": components["headers"]["X-Ratelimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "1b3c5d7e-9f10-4a2b-8c4d-6e8f0a1b2c3d",
                     *       "segmentKey": "enterprise-devices",
                     *       "creationTime": 1712345678901,
                     *       "mode": "replace",
                     *       "status": "complete",
                     *       "files": [
                     *         {
                     *           "filename": "enterprise-devices.csv",
                     *           "status": "complete"
                     *         }
                     *       ],
                     *       "_links": {
                     *         "self": {
                     *           "href": "/api/v2/segments/default/production/enterprise-devices/imports/1b3c5d7e-9f10-4a2b-8c4d-6e8f0a1b2c3d",
                     *           "type": "application/json"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Import"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    getExpiringFlagsForUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The user key
                 * @example Abbie_Braun
                 */
                userKey: components["parameters"]["UserKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Expiring user target response */
            200: {
                headers: {
                    "X-Ratelimit-Global-Remaining": components["headers"]["X-Ratelimit-Global-Remaining"];
                    "X-Ratelimit-Route-Remaining": components["headers"]["X-Ratelimit-Route-Remaining"];
                    "X-Ratelimit-Reset": components["headers"]["X-Ratelimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "_id": "6627c4e8a1b2c3d4e5f6071b",
                     *           "_version": 1,
                     *           "expirationDate": 1754092860000,
                     *           "userKey": "Abbie_Braun",
                     *           "variationId": "ce67d625-a8b9-4fb5-a344-ab909d9d4f4d",
                     *           "_resourceId": {
                     *             "kind": "flag",
                     *             "projectKey": "lacuna",
                     *             "environmentKey": "production",
                     *             "flagKey": "sort.order"
                     *           }
                     *         }
                     *       ],
                     *       "_links": {
                     *         "self": {
                     *           "href": "/api/v2/users/lacuna/Abbie_Braun/expiring-user-targets/production",
                     *           "type": "application/json"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ExpiringUserTargetGetResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    patchExpiringFlagsForUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The user key
                 * @example Abbie_Braun
                 */
                userKey: components["parameters"]["UserKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "comment": "optional comment",
                 *       "instructions": [
                 *         {
                 *           "kind": "addExpireUserTargetDate",
                 *           "flagKey": "sort.order",
                 *           "variationId": "ce12d345-a1b2-4fb5-a123-ab123d4d5f5d",
                 *           "value": 1653469200000
                 *         }
                 *       ]
                 *     }
                 */
                "application/json; domain-model=launchdarkly.semanticpatch": components["schemas"]["UserExpiringFlagsSemanticPatch"];
            };
        };
        responses: {
            /** @description Expiring user target response */
            200: {
                headers: {
                    "X-Ratelimit-Global-Remaining": components["headers"]["X-Ratelimit-Global-Remaining"];
                    "X-Ratelimit-Route-Remaining": components["headers"]["X-Ratelimit-Route-Remaining"];
                    "X-Ratelimit-Reset": components["headers"]["X-Ratelimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "_id": "6627c4e8a1b2c3d4e5f6071c",
                     *           "_version": 1,
                     *           "expirationDate": 1653469200000,
                     *           "userKey": "Abbie_Braun",
                     *           "variationId": "ce12d345-a1b2-4fb5-a123-ab123d4d5f5d",
                     *           "_resourceId": {
                     *             "kind": "flag",
                     *             "projectKey": "lacuna",
                     *             "environmentKey": "production",
                     *             "flagKey": "sort.order"
                     *           }
                     *         }
                     *       ],
                     *       "_links": {
                     *         "self": {
                     *           "href": "/api/v2/users/lacuna/Abbie_Braun/expiring-user-targets/production",
                     *           "type": "application/json"
                     *         }
                     *       },
                     *       "totalInstructions": 1,
                     *       "successfulInstructions": 1,
                     *       "failedInstructions": 0,
                     *       "errors": []
                     *     }
                     */
                    "application/json": components["schemas"]["ExpiringUserTargetPatchResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    getUserFlagSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
                /**
                 * @description The user key
                 * @example Abbie_Braun
                 */
                userKey: components["parameters"]["UserKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description User flag settings collection response */
            200: {
                headers: {
                    "X-Ratelimit-Global-Remaining": components["headers"]["X-Ratelimit-Global-Remaining"];
                    "X-Ratelimit-Route-Remaining": components["headers"]["X-Ratelimit-Route-Remaining"];
                    "X-Ratelimit-Reset": components["headers"]["X-Ratelimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": {
                     *         "alternate.page": {
                     *           "_links": {
                     *             "self": {
                     *               "href": "/api/v2/users/lacuna/production/Abbie_Braun/flags/alternate.page",
                     *               "type": "application/json"
                     *             }
                     *           },
                     *           "_value": false,
                     *           "setting": null
                     *         },
                     *         "sort.order": {
                     *           "_links": {
                     *             "self": {
                     *               "href": "/api/v2/users/lacuna/production/Abbie_Braun/flags/sort.order",
                     *               "type": "application/json"
                     *             }
                     *           },
                     *           "_value": true,
                     *           "setting": null
                     *         }
                     *       },
                     *       "_links": {
                     *         "self": {
                     *           "href": "/api/v2/users/lacuna/production/Abbie_Braun/flags",
                     *           "type": "application/json"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["UserFlagSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    getUserFlagSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
                /**
                 * @description The user key
                 * @example Abbie_Braun
                 */
                userKey: components["parameters"]["UserKey"];
                /**
                 * @description The feature flag key
                 * @example sort.order
                 */
                featureFlagKey: components["parameters"]["FeatureFlagKey"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description User flag settings response */
            200: {
                headers: {
                    "X-Ratelimit-Global-Remaining": components["headers"]["X-Ratelimit-Global-Remaining"];
                    "X-Ratelimit-Route-Remaining": components["headers"]["X-Ratelimit-Route-Remaining"];
                    "X-Ratelimit-Reset": components["headers"]["X-Ratelimit-Reset"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "_links": {
                     *         "self": {
                     *           "href": "/api/v2/users/lacuna/production/Abbie_Braun/flags/sort.order",
                     *           "type": "application/json"
                     *         }
                     *       },
                     *       "_value": true,
                     *       "setting": null
                     *     }
                     */
                    "application/json": components["schemas"]["UserFlagSetting"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    putFlagSetting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The project key
                 * @example default
                 */
                projectKey: components["parameters"]["ProjectKey"];
                /**
                 * @description The environment key
                 * @example production
                 */
                environmentKey: components["parameters"]["EnvironmentKey"];
                /**
                 * @description The user key
                 * @example Abbie_Braun
                 */
                userKey: components["parameters"]["UserKey"];
                /**
                 * @description The feature flag key
                 * @example sort.order
                 */
                featureFlagKey: components["parameters"]["FeatureFlagKey"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ValuePut"];
            };
        };
        responses: {
            /** @description Action succeeded */
            204: {
                headers: {
                    "X-Ratelimit-Global-Remaining": components["headers"]["X-Ratelimit-Global-Remaining"];
                    "X-Ratelimit-Route-Remaining": components["headers"]["X-Ratelimit-Route-Remaining"];
                    "X-Ratelimit-Reset": components["headers"]["X-Ratelimit-Reset"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
}
