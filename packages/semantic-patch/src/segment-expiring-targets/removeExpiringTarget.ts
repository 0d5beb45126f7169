import type { InstructionParams, SegmentRemoveExpiringTargetInstruction as Instruction } from "../types.js";
import { expiringContext, instruction, optional, version } from "../validate.js";

/**
 * Cancels a context's scheduled removal from the segment.
 *
 * @example
 * segmentExpiringTargets.removeExpiringTarget({ targetType: "included", contextKey: "user-key-123abc", contextKind: "user" });
 */
export function removeExpiringTarget(params: InstructionParams<Instruction>): Instruction {
  return instruction("removeExpiringTarget", params, { ...expiringContext, version: optional(version) });
}
