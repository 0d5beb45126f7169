/**
 * The `segmentExpiringTargets` namespace: one builder per instruction kind, named exactly as the kind.
 * Only instruction builders live here, so `Object.keys(segmentExpiringTargets)` is the list of kinds.
 */
export { addExpiringTarget } from "./addExpiringTarget.js";
export { removeExpiringTarget } from "./removeExpiringTarget.js";
export { updateExpiringTarget } from "./updateExpiringTarget.js";
