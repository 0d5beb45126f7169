import type { SegmentUpdateExpireUserTargetDateInstruction as Instruction } from "../../types.js";
import { replaceAt, requireVersion, type ApplySegmentExpiringTargetsOptions, type ExpiringApplyContext } from "../expiring-context.js";
import type { ExpiringUserTargets } from "../expiring-shape.js";
import { requireExpiringUser } from "./find.js";

/**
 * Applies the segment `updateExpireUserTargetDate`: moves a user's scheduled removal to `value`
 * (`_version` + 1). The user must have one. `version` is, as documented, the segment version: it is
 * checked when the segment is given in the options.
 *
 * @example
 * updateExpireUserTargetDate(current, { kind: "updateExpireUserTargetDate", targetType: "included", userKey: "user-1", value: 1653555600000, version: 3 }, context);
 */
export function updateExpireUserTargetDate(
  state: ExpiringUserTargets,
  instruction: Instruction,
  context: ExpiringApplyContext<ApplySegmentExpiringTargetsOptions>,
): ExpiringUserTargets {
  const at = requireExpiringUser(state.items, instruction);
  const item = state.items[at] as ExpiringUserTargets["items"][number];
  const { segment } = context.options;
  if (segment !== undefined) requireVersion(instruction.version, segment.version, `segment ${JSON.stringify(segment.key)}`);
  return { ...state, items: replaceAt(state.items, at, { ...item, expirationDate: instruction.value, _version: item._version + 1 }) };
}
