import type { SegmentAddExpiringTargetInstruction as Instruction } from "../../types.js";
import { describe } from "../../validate.js";
import { requireTargeted, type ApplySegmentExpiringTargetsOptions, type ExpiringApplyContext } from "../expiring-context.js";
import type { ExpiringContextTarget, ExpiringContextTargets } from "../expiring-shape.js";
import { reject } from "../run.js";
import { findExpiring } from "./find.js";

/**
 * Applies `addExpiringTarget`: schedules the removal of a context target (a new item, `_version` 1).
 * Rejected when the target already has a scheduled removal (use `updateExpiringTarget`), or, when the
 * segment is given, when the context is not one of its individual targets (the docs' precondition).
 *
 * @example
 * addExpiringTarget({ items: [] }, { kind: "addExpiringTarget", targetType: "included", contextKind: "user", contextKey: "user-1", value: 1754092860000 }, context);
 */
export function addExpiringTarget(
  state: ExpiringContextTargets,
  instruction: Instruction,
  context: ExpiringApplyContext<ApplySegmentExpiringTargetsOptions>,
): ExpiringContextTargets {
  const { targetType, contextKind, contextKey, value } = instruction;
  if (findExpiring(state.items, instruction) !== -1) {
    reject(
      "contextKey",
      `already has a scheduled expiration (${describe(contextKey)}, contextKind ${describe(contextKind)}, ${targetType}); use updateExpiringTarget`,
    );
  }
  requireTargeted(context.options, targetType, contextKind, contextKey, "contextKey");
  const { options } = context;
  const resourceId = options.resourceId ??
    state.items[0]?._resourceId ?? { kind: "segment", ...(options.segment === undefined ? {} : { key: options.segment.key }) };
  const item: ExpiringContextTarget = {
    _id: context.generateId(),
    _version: 1,
    expirationDate: value,
    contextKind,
    contextKey,
    targetType,
    _resourceId: { ...resourceId },
  };
  return { ...state, items: [...state.items, item] };
}
