import type { TargetType } from "../../types.js";
import { describe } from "../../validate.js";
import type { ExpiringContextTarget } from "../expiring-shape.js";
import { reject } from "../run.js";

/** The identity of an expiring context target: target type, context kind and key. */
export interface ContextTargetId {
  readonly targetType: TargetType;
  readonly contextKind: string;
  readonly contextKey: string;
}

/** The index of the expiring target `id`, or -1. */
export function findExpiring(items: readonly ExpiringContextTarget[], id: ContextTargetId): number {
  return items.findIndex(
    (item) => item.targetType === id.targetType && item.contextKind === id.contextKind && item.contextKey === id.contextKey,
  );
}

/** The index of the expiring target `id`; rejects the instruction when there is none. */
export function requireExpiring(items: readonly ExpiringContextTarget[], id: ContextTargetId): number {
  const at = findExpiring(items, id);
  if (at === -1)
    reject(
      "contextKey",
      `must name a scheduled expiration: ${describe(id.contextKey)} (contextKind ${describe(id.contextKind)}, ${id.targetType}) has none`,
    );
  return at;
}
