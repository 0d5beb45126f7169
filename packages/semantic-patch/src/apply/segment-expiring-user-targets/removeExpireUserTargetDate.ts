import type { SegmentRemoveExpireUserTargetDateInstruction as Instruction } from "../../types.js";
import { removeAt } from "../expiring-context.js";
import type { ExpiringUserTargets } from "../expiring-shape.js";
import { requireExpiringUser } from "./find.js";

/**
 * Applies the segment `removeExpireUserTargetDate`: cancels a user's scheduled removal (the user stays targeted). The user must have one.
 *
 * @example
 * removeExpireUserTargetDate(current, { kind: "removeExpireUserTargetDate", targetType: "included", userKey: "user-1" });
 */
export function removeExpireUserTargetDate(state: ExpiringUserTargets, instruction: Instruction): ExpiringUserTargets {
  return { ...state, items: removeAt(state.items, requireExpiringUser(state.items, instruction)) };
}
