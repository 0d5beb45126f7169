import type { InstructionParams, SegmentRemoveExpireUserTargetDateInstruction as Instruction } from "../types.js";
import { expiringUser, instruction, optional, version } from "../validate.js";

/**
 * Cancels a user's scheduled removal from the segment.
 *
 * @example
 * segmentExpiringUserTargets.removeExpireUserTargetDate({ targetType: "included", userKey: "user-key-123abc" });
 */
export function removeExpireUserTargetDate(params: InstructionParams<Instruction>): Instruction {
  return instruction("removeExpireUserTargetDate", params, { ...expiringUser, version: optional(version) });
}
