import type { SegmentUpdateExpiringTargetInstruction as Instruction } from "../../types.js";
import { replaceAt, requireVersion } from "../expiring-context.js";
import type { ExpiringContextTargets } from "../expiring-shape.js";
import { requireExpiring } from "./find.js";

/**
 * Applies `updateExpiringTarget`: moves a scheduled removal to `value` (`_version` + 1). The target
 * must have one; with `version`, it must match the expiring target's `_version`.
 *
 * @example
 * updateExpiringTarget(current, { kind: "updateExpiringTarget", targetType: "included", contextKind: "user", contextKey: "user-1", value: 1754179260000, version: 1 });
 */
export function updateExpiringTarget(state: ExpiringContextTargets, instruction: Instruction): ExpiringContextTargets {
  const at = requireExpiring(state.items, instruction);
  const item = state.items[at] as ExpiringContextTargets["items"][number];
  requireVersion(instruction.version, item._version, "the expiring target");
  return { ...state, items: replaceAt(state.items, at, { ...item, expirationDate: instruction.value, _version: item._version + 1 }) };
}
