import type { UserUpdateExpireUserTargetDateInstruction as Instruction } from "../../types.js";
import { replaceAt, requireVersion } from "../expiring-context.js";
import type { ExpiringUserTargets } from "../expiring-shape.js";
import { requireFlag } from "./find.js";

/**
 * Applies the user-settings `updateExpireUserTargetDate`: moves the scheduled removal from the flag
 * to `value` (`_version` + 1). It must exist on that variation; with `version`, it must match the
 * expiring user target's `_version`.
 *
 * @example
 * updateExpireUserTargetDate(current, { kind: "updateExpireUserTargetDate", flagKey: "sort.order", variationId: "ce67d625-…", value: 1653555600000, version: 1 });
 */
export function updateExpireUserTargetDate(state: ExpiringUserTargets, instruction: Instruction): ExpiringUserTargets {
  const at = requireFlag(state.items, instruction.flagKey, instruction.variationId);
  const item = state.items[at] as ExpiringUserTargets["items"][number];
  requireVersion(instruction.version, item._version, "the expiring user target");
  return { ...state, items: replaceAt(state.items, at, { ...item, expirationDate: instruction.value, _version: item._version + 1 }) };
}
