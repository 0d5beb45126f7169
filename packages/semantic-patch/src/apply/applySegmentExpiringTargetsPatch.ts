import type { SegmentExpiringTargetsSemanticPatch, SegmentExpiringTargetInstruction } from "../types.js";
import { validateSegmentExpiringTargetsPatch } from "../segment-expiring-targets/patch.js";
import type { ApplySegmentExpiringTargetsOptions, ExpiringApplyContext } from "./expiring-context.js";
import { expiringDispatcher, type PartialPatchResult } from "./expiring-run.js";
import type { ExpiringContextTargets } from "./expiring-shape.js";
import type { Appliers } from "./run.js";
import { addExpiringTarget, removeExpiringTarget, updateExpiringTarget } from "./segment-expiring-targets/index.js";

// Fails to compile when a kind of the spec has no applier.
const all: Appliers<ExpiringContextTargets, SegmentExpiringTargetInstruction, ExpiringApplyContext<ApplySegmentExpiringTargetsOptions>> = {
  addExpiringTarget,
  removeExpiringTarget,
  updateExpiringTarget,
};
const dispatch = /* @__PURE__ */ expiringDispatcher("applySegmentExpiringTargetsPatch", validateSegmentExpiringTargetsPatch, all);

/**
 * Applies a `patchExpiringTargetsForSegment` body offline to what `getExpiringTargetsForSegment` returns, and returns
 * the new value (the input is never changed). The body is validated first; then all or nothing: one
 * instruction that cannot apply (e.g. updateExpiringTarget of a target without a scheduled expiration) throws one `PatchApplyError` naming its index,
 * kind and reason. LaunchDarkly itself applies the other instructions and lists the failed ones in
 * `errors`; {@link applySegmentExpiringTargetsPatchWithErrors} does that.
 *
 * @example
 * applySegmentExpiringTargetsPatch(current, segmentExpiringTargetsPatch()
 *   .updateExpiringTarget({ targetType: "included", contextKind: "user", contextKey: "user-1", value: 1754179260000 })
 *   .build(), { segment });
 */
export function applySegmentExpiringTargetsPatch<C extends ExpiringContextTargets>(
  current: C,
  body: SegmentExpiringTargetsSemanticPatch,
  options: ApplySegmentExpiringTargetsOptions = {},
): C {
  return dispatch.all(current, body, options);
}

/**
 * Applies a `patchExpiringTargetsForSegment` body as LaunchDarkly does: every instruction that can
 * apply is applied, in order, and the others are returned in `errors` (`instructionIndex`,
 * `message`, the typed `error`), as in the 200 response's `errors` array.
 *
 * @example
 * const { result, errors } = applySegmentExpiringTargetsPatchWithErrors(current, body);
 * if (errors.length > 0) console.warn(errors.map((e) => e.message));
 */
export function applySegmentExpiringTargetsPatchWithErrors<C extends ExpiringContextTargets>(
  current: C,
  body: SegmentExpiringTargetsSemanticPatch,
  options: ApplySegmentExpiringTargetsOptions = {},
): PartialPatchResult<C> {
  return dispatch.partial(current, body, options);
}
