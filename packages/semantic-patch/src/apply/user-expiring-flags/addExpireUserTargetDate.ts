import type { UserAddExpireUserTargetDateInstruction as Instruction } from "../../types.js";
import { describe } from "../../validate.js";
import type { ApplyUserExpiringFlagsOptions, ExpiringApplyContext } from "../expiring-context.js";
import type { ExpiringUserTarget, ExpiringUserTargets } from "../expiring-shape.js";
import { reject } from "../run.js";
import { findFlag } from "./find.js";

/**
 * Applies the user-settings `addExpireUserTargetDate`: schedules the user's removal from a flag's
 * individual targeting (a new item, `_version` 1). Rejected when the user already has one on that
 * flag (one variation per flag), when `isTargeted` says the user is not targeted with the variation,
 * or when no user key is known (`options.userKey`, or an existing item).
 *
 * @example
 * addExpireUserTargetDate({ items: [] }, { kind: "addExpireUserTargetDate", flagKey: "sort.order", variationId: "ce67d625-…", value: 1653469200000 }, context);
 */
export function addExpireUserTargetDate(
  state: ExpiringUserTargets,
  instruction: Instruction,
  context: ExpiringApplyContext<ApplyUserExpiringFlagsOptions>,
): ExpiringUserTargets {
  const { flagKey, variationId, value } = instruction;
  const { options } = context;
  const existing = findFlag(state.items, flagKey);
  if (existing !== -1) {
    reject(
      "flagKey",
      `already has a scheduled removal (variation ${describe(state.items[existing]?.variationId)}); a user can be scheduled on one variation per flag: use updateExpireUserTargetDate`,
    );
  }
  if (options.isTargeted !== undefined && !options.isTargeted(flagKey, variationId)) {
    reject("variationId", `must be a variation the user is individually targeted with on flag ${describe(flagKey)}`);
  }
  const userKey = options.userKey ?? state.items[0]?.userKey;
  if (userKey === undefined) reject("", "needs the user's key: pass options.userKey (there is no existing item to take it from)");
  const { projectKey, environmentKey } = options.resourceId ?? state.items[0]?._resourceId ?? {};
  const resourceId = {
    kind: "flag",
    ...(projectKey === undefined ? {} : { projectKey }),
    ...(environmentKey === undefined ? {} : { environmentKey }),
    flagKey,
  };
  const item: ExpiringUserTarget = {
    _id: context.generateId(),
    _version: 1,
    expirationDate: value,
    userKey,
    variationId,
    _resourceId: resourceId,
  };
  return { ...state, items: [...state.items, item] };
}
