import type { TargetType } from "../../types.js";
import { describe } from "../../validate.js";
import type { ExpiringUserTarget } from "../expiring-shape.js";
import { reject } from "../run.js";

/** The identity of a segment's expiring user target: target type and user key. */
export interface UserTargetId {
  readonly targetType: TargetType;
  readonly userKey: string;
}

/** The index of the expiring user target `id`, or -1. */
export function findExpiringUser(items: readonly ExpiringUserTarget[], id: UserTargetId): number {
  return items.findIndex((item) => item.targetType === id.targetType && item.userKey === id.userKey);
}

/** The index of the expiring user target `id`; rejects the instruction when there is none. */
export function requireExpiringUser(items: readonly ExpiringUserTarget[], id: UserTargetId): number {
  const at = findExpiringUser(items, id);
  if (at === -1) reject("userKey", `must name a scheduled expiration: user ${describe(id.userKey)} (${id.targetType}) has none`);
  return at;
}
