import type { InstructionParams, SegmentUpdateExpireUserTargetDateInstruction as Instruction } from "../types.js";
import { expiringUser, instruction, timestamp, version } from "../validate.js";

/**
 * Moves a user's scheduled removal from the segment; `version` is the segment version.
 *
 * @example
 * segmentExpiringUserTargets.updateExpireUserTargetDate({ targetType: "included", userKey: "user-key-123abc", value: 1653469200000, version: 1 });
 */
export function updateExpireUserTargetDate(params: InstructionParams<Instruction>): Instruction {
  return instruction("updateExpireUserTargetDate", params, { ...expiringUser, value: timestamp, version: version });
}
