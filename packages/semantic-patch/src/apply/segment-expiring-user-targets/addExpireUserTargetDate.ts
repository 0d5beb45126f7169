import type { SegmentAddExpireUserTargetDateInstruction as Instruction } from "../../types.js";
import { describe } from "../../validate.js";
import { requireTargeted, type ApplySegmentExpiringTargetsOptions, type ExpiringApplyContext } from "../expiring-context.js";
import type { ExpiringUserTarget, ExpiringUserTargets } from "../expiring-shape.js";
import { reject } from "../run.js";
import { findExpiringUser } from "./find.js";

/**
 * Applies the segment `addExpireUserTargetDate`: schedules the removal of a user target (a new item,
 * `_version` 1). Rejected when the user already has one (use `updateExpireUserTargetDate`), or, when
 * the segment is given, when the user is not one of its individual targets.
 *
 * @example
 * addExpireUserTargetDate({ items: [] }, { kind: "addExpireUserTargetDate", targetType: "included", userKey: "user-1", value: 1653469200000 }, context);
 */
export function addExpireUserTargetDate(
  state: ExpiringUserTargets,
  instruction: Instruction,
  context: ExpiringApplyContext<ApplySegmentExpiringTargetsOptions>,
): ExpiringUserTargets {
  const { targetType, userKey, value } = instruction;
  if (findExpiringUser(state.items, instruction) !== -1) {
    reject("userKey", `already has a scheduled expiration (user ${describe(userKey)}, ${targetType}); use updateExpireUserTargetDate`);
  }
  requireTargeted(context.options, targetType, "user", userKey, "userKey");
  const { options } = context;
  const resourceId = options.resourceId ??
    state.items[0]?._resourceId ?? { kind: "segment", ...(options.segment === undefined ? {} : { key: options.segment.key }) };
  const item: ExpiringUserTarget = {
    _id: context.generateId(),
    _version: 1,
    expirationDate: value,
    userKey,
    targetType,
    _resourceId: { ...resourceId },
  };
  return { ...state, items: [...state.items, item] };
}
