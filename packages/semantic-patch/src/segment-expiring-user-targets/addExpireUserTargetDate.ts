import type { InstructionParams, SegmentAddExpireUserTargetDateInstruction as Instruction } from "../types.js";
import { expiringUser, instruction, optional, timestamp, version } from "../validate.js";

/**
 * Schedules when a user leaves the segment's individual targets (`value`: Unix milliseconds).
 *
 * @example
 * segmentExpiringUserTargets.addExpireUserTargetDate({ targetType: "included", userKey: "user-key-123abc", value: 1653469200000 });
 */
export function addExpireUserTargetDate(params: InstructionParams<Instruction>): Instruction {
  return instruction("addExpireUserTargetDate", params, { ...expiringUser, value: timestamp, version: optional(version) });
}
