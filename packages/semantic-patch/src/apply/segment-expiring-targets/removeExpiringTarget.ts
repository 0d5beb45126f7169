import type { SegmentRemoveExpiringTargetInstruction as Instruction } from "../../types.js";
import { removeAt } from "../expiring-context.js";
import type { ExpiringContextTargets } from "../expiring-shape.js";
import { requireExpiring } from "./find.js";

/**
 * Applies `removeExpiringTarget`: cancels a scheduled removal (the context stays targeted). The target must have one.
 *
 * @example
 * removeExpiringTarget(current, { kind: "removeExpiringTarget", targetType: "included", contextKind: "user", contextKey: "user-1" });
 */
export function removeExpiringTarget(state: ExpiringContextTargets, instruction: Instruction): ExpiringContextTargets {
  return { ...state, items: removeAt(state.items, requireExpiring(state.items, instruction)) };
}
