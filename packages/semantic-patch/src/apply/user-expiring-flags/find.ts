import { describe } from "../../validate.js";
import type { ExpiringUserTarget } from "../expiring-shape.js";
import { reject } from "../run.js";

/** The index of the user's scheduled removal from flag `flagKey` (any variation), or -1. */
export function findFlag(items: readonly ExpiringUserTarget[], flagKey: string): number {
  return items.findIndex((item) => item._resourceId?.flagKey === flagKey);
}

/** The index of the user's scheduled removal from `flagKey` on `variationId`; rejects the instruction when there is none. */
export function requireFlag(items: readonly ExpiringUserTarget[], flagKey: string, variationId: string): number {
  const at = findFlag(items, flagKey);
  if (at === -1) reject("flagKey", `must name a scheduled removal: the user has none on flag ${describe(flagKey)}`);
  const scheduled = items[at]?.variationId;
  if (scheduled !== variationId)
    reject(
      "variationId",
      `must be the variation of the scheduled removal from flag ${describe(flagKey)} (${describe(scheduled)}; got ${describe(variationId)})`,
    );
  return at;
}
