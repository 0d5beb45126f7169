/**
 * The `userExpiringFlags` namespace: one builder per instruction kind, named exactly as the kind.
 * Only instruction builders live here, so `Object.keys(userExpiringFlags)` is the list of kinds.
 */
export { addExpireUserTargetDate } from "./addExpireUserTargetDate.js";
export { removeExpireUserTargetDate } from "./removeExpireUserTargetDate.js";
export { updateExpireUserTargetDate } from "./updateExpireUserTargetDate.js";
