import { oneInstructionPerTarget, semanticPatch, type PatchBuilder } from "../body.js";
import type { UserExpiringFlagInstruction, UserExpiringFlagsSemanticPatch } from "../types.js";
import * as userExpiringFlags from "./index.js";

const body = semanticPatch<typeof userExpiringFlags, UserExpiringFlagsSemanticPatch>({
  name: "validateUserExpiringFlagsPatch",
  group: "userExpiringFlags",
  ns: userExpiringFlags,
  head: {},
  rules: [
    oneInstructionPerTarget(
      (i: UserExpiringFlagInstruction) => ({ id: i.flagKey, field: "flagKey" }),
      "a user can be scheduled for removal on a single variation per flag",
    ),
  ],
});

/**
 * Validates a whole body of `patchExpiringFlagsForUser` and returns a copy: every instruction, and
 * that no flag appears twice (a user can be scheduled for removal on a single variation per flag).
 *
 * @example
 * validateUserExpiringFlagsPatch({
 *   instructions: [
 *     userExpiringFlags.addExpireUserTargetDate({ flagKey: "sample-flag-key", variationId: "ce12d345-a1b2-4fb5-a123-ab123d4d5f5d", value: 1653469200000 }),
 *   ],
 *   comment: "optional comment",
 * });
 */
export function validateUserExpiringFlagsPatch(patch: UserExpiringFlagsSemanticPatch): UserExpiringFlagsSemanticPatch {
  return body.validate(patch);
}

/**
 * Starts a fluent `patchExpiringFlagsForUser` body: chain one method per instruction kind, then
 * `comment()` and `build()`.
 *
 * @example
 * userExpiringFlagsPatch()
 *   .removeExpireUserTargetDate({ flagKey: "sample-flag-key", variationId: "ce12d345-a1b2-4fb5-a123-ab123d4d5f5d" })
 *   .build();
 */
export function userExpiringFlagsPatch(): PatchBuilder<typeof userExpiringFlags, UserExpiringFlagsSemanticPatch> {
  return body.builder({});
}
