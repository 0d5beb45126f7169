/** The `patchExpiringUserTargetsForSegment` appliers, one per instruction kind, named exactly as the kind. */
export { addExpireUserTargetDate } from "./addExpireUserTargetDate.js";
export { removeExpireUserTargetDate } from "./removeExpireUserTargetDate.js";
export { updateExpireUserTargetDate } from "./updateExpireUserTargetDate.js";
