import type { UserExpiringFlagsSemanticPatch, UserExpiringFlagInstruction } from "../types.js";
import { validateUserExpiringFlagsPatch } from "../user-expiring-flags/patch.js";
import type { ApplyUserExpiringFlagsOptions, ExpiringApplyContext } from "./expiring-context.js";
import { expiringDispatcher, type PartialPatchResult } from "./expiring-run.js";
import type { ExpiringUserTargets } from "./expiring-shape.js";
import type { Appliers } from "./run.js";
import { addExpireUserTargetDate, removeExpireUserTargetDate, updateExpireUserTargetDate } from "./user-expiring-flags/index.js";

// Fails to compile when a kind of the spec has no applier.
const all: Appliers<ExpiringUserTargets, UserExpiringFlagInstruction, ExpiringApplyContext<ApplyUserExpiringFlagsOptions>> = {
  addExpireUserTargetDate,
  removeExpireUserTargetDate,
  updateExpireUserTargetDate,
};
const dispatch = /* @__PURE__ */ expiringDispatcher("applyUserExpiringFlagsPatch", validateUserExpiringFlagsPatch, all);

/**
 * Applies a `patchExpiringFlagsForUser` body offline to what `getExpiringFlagsForUser` returns, and returns
 * the new value (the input is never changed). The body is validated first; then all or nothing: one
 * instruction that cannot apply (e.g. a second addExpireUserTargetDate on the same flag) throws one `PatchApplyError` naming its index,
 * kind and reason. LaunchDarkly itself applies the other instructions and lists the failed ones in
 * `errors`; {@link applyUserExpiringFlagsPatchWithErrors} does that.
 *
 * @example
 * applyUserExpiringFlagsPatch(current, userExpiringFlagsPatch()
 *   .addExpireUserTargetDate({ flagKey: "sort.order", variationId: "ce67d625-…", value: 1754092860000 })
 *   .build(), { userKey: "Abbie_Braun" });
 */
export function applyUserExpiringFlagsPatch<C extends ExpiringUserTargets>(
  current: C,
  body: UserExpiringFlagsSemanticPatch,
  options: ApplyUserExpiringFlagsOptions = {},
): C {
  return dispatch.all(current, body, options);
}

/**
 * Applies a `patchExpiringFlagsForUser` body as LaunchDarkly does: every instruction that can
 * apply is applied, in order, and the others are returned in `errors` (`instructionIndex`,
 * `message`, the typed `error`), as in the 200 response's `errors` array.
 *
 * @example
 * const { result, errors } = applyUserExpiringFlagsPatchWithErrors(current, body);
 * if (errors.length > 0) console.warn(errors.map((e) => e.message));
 */
export function applyUserExpiringFlagsPatchWithErrors<C extends ExpiringUserTargets>(
  current: C,
  body: UserExpiringFlagsSemanticPatch,
  options: ApplyUserExpiringFlagsOptions = {},
): PartialPatchResult<C> {
  return dispatch.partial(current, body, options);
}
