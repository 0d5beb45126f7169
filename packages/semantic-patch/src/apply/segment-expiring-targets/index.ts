/** The `patchExpiringTargetsForSegment` appliers, one per instruction kind, named exactly as the kind. */
export { addExpiringTarget } from "./addExpiringTarget.js";
export { removeExpiringTarget } from "./removeExpiringTarget.js";
export { updateExpiringTarget } from "./updateExpiringTarget.js";
