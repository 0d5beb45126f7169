/**
 * The segment appliers, one per `patchSegment` instruction kind, named exactly as the kind (mirrors
 * `src/segment/index.ts`, the builders).
 */
export { addBigSegmentExcludedTargets } from "./addBigSegmentExcludedTargets.js";
export { addBigSegmentIncludedTargets } from "./addBigSegmentIncludedTargets.js";
export { addClauses } from "./addClauses.js";
export { addExcludedTargets } from "./addExcludedTargets.js";
export { addExcludedUsers } from "./addExcludedUsers.js";
export { addIncludedTargets } from "./addIncludedTargets.js";
export { addIncludedUsers } from "./addIncludedUsers.js";
export { addRule } from "./addRule.js";
export { addTags } from "./addTags.js";
export { addValuesToClause } from "./addValuesToClause.js";
export { processBigSegmentImport } from "./processBigSegmentImport.js";
export { removeBigSegmentExcludedTargets } from "./removeBigSegmentExcludedTargets.js";
export { removeBigSegmentIncludedTargets } from "./removeBigSegmentIncludedTargets.js";
export { removeClauses } from "./removeClauses.js";
export { removeExcludedTargets } from "./removeExcludedTargets.js";
export { removeExcludedUsers } from "./removeExcludedUsers.js";
export { removeIncludedTargets } from "./removeIncludedTargets.js";
export { removeIncludedUsers } from "./removeIncludedUsers.js";
export { removeRule } from "./removeRule.js";
export { removeTags } from "./removeTags.js";
export { removeValuesFromClause } from "./removeValuesFromClause.js";
export { reorderRules } from "./reorderRules.js";
export { updateClause } from "./updateClause.js";
export { updateName } from "./updateName.js";
export { updateRuleDescription } from "./updateRuleDescription.js";
export { updateRuleRolloutAndContextKind } from "./updateRuleRolloutAndContextKind.js";
