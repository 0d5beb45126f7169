import type { UserRemoveExpireUserTargetDateInstruction as Instruction } from "../../types.js";
import { removeAt } from "../expiring-context.js";
import type { ExpiringUserTargets } from "../expiring-shape.js";
import { requireFlag } from "./find.js";

/**
 * Applies the user-settings `removeExpireUserTargetDate`: cancels the scheduled removal from the flag
 * (the user stays targeted). It must exist on that variation.
 *
 * @example
 * removeExpireUserTargetDate(current, { kind: "removeExpireUserTargetDate", flagKey: "sort.order", variationId: "ce67d625-…" });
 */
export function removeExpireUserTargetDate(state: ExpiringUserTargets, instruction: Instruction): ExpiringUserTargets {
  return { ...state, items: removeAt(state.items, requireFlag(state.items, instruction.flagKey, instruction.variationId)) };
}
