import type { SegmentExpiringUserTargetsSemanticPatch, SegmentExpiringUserTargetInstruction } from "../types.js";
import { validateSegmentExpiringUserTargetsPatch } from "../segment-expiring-user-targets/patch.js";
import type { ApplySegmentExpiringTargetsOptions, ExpiringApplyContext } from "./expiring-context.js";
import { expiringDispatcher, type PartialPatchResult } from "./expiring-run.js";
import type { ExpiringUserTargets } from "./expiring-shape.js";
import type { Appliers } from "./run.js";
import { addExpireUserTargetDate, removeExpireUserTargetDate, updateExpireUserTargetDate } from "./segment-expiring-user-targets/index.js";

// Fails to compile when a kind of the spec has no applier.
const all: Appliers<ExpiringUserTargets, SegmentExpiringUserTargetInstruction, ExpiringApplyContext<ApplySegmentExpiringTargetsOptions>> = {
  addExpireUserTargetDate,
  removeExpireUserTargetDate,
  updateExpireUserTargetDate,
};
const dispatch = /* @__PURE__ */ expiringDispatcher("applySegmentExpiringUserTargetsPatch", validateSegmentExpiringUserTargetsPatch, all);

/**
 * Applies a `patchExpiringUserTargetsForSegment` body offline to what `getExpiringUserTargetsForSegment` returns, and returns
 * the new value (the input is never changed). The body is validated first; then all or nothing: one
 * instruction that cannot apply (e.g. removeExpireUserTargetDate of a user without a scheduled expiration) throws one `PatchApplyError` naming its index,
 * kind and reason. LaunchDarkly itself applies the other instructions and lists the failed ones in
 * `errors`; {@link applySegmentExpiringUserTargetsPatchWithErrors} does that.
 *
 * @example
 * applySegmentExpiringUserTargetsPatch(current, segmentExpiringUserTargetsPatch()
 *   .removeExpireUserTargetDate({ targetType: "included", userKey: "user-1" })
 *   .build());
 */
export function applySegmentExpiringUserTargetsPatch<C extends ExpiringUserTargets>(
  current: C,
  body: SegmentExpiringUserTargetsSemanticPatch,
  options: ApplySegmentExpiringTargetsOptions = {},
): C {
  return dispatch.all(current, body, options);
}

/**
 * Applies a `patchExpiringUserTargetsForSegment` body as LaunchDarkly does: every instruction that can
 * apply is applied, in order, and the others are returned in `errors` (`instructionIndex`,
 * `message`, the typed `error`), as in the 200 response's `errors` array.
 *
 * @example
 * const { result, errors } = applySegmentExpiringUserTargetsPatchWithErrors(current, body);
 * if (errors.length > 0) console.warn(errors.map((e) => e.message));
 */
export function applySegmentExpiringUserTargetsPatchWithErrors<C extends ExpiringUserTargets>(
  current: C,
  body: SegmentExpiringUserTargetsSemanticPatch,
  options: ApplySegmentExpiringTargetsOptions = {},
): PartialPatchResult<C> {
  return dispatch.partial(current, body, options);
}
