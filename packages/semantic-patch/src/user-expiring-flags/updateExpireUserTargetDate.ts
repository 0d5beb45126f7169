import type { InstructionParams, UserUpdateExpireUserTargetDateInstruction as Instruction } from "../types.js";
import { expiringFlag, instruction, optional, timestamp, version } from "../validate.js";

/**
 * Moves the user's scheduled removal from a flag; with `version`, fails unless the expiring target still has that version.
 *
 * @example
 * userExpiringFlags.updateExpireUserTargetDate({
 *   flagKey: "sample-flag-key",
 *   variationId: "ce12d345-a1b2-4fb5-a123-ab123d4d5f5d",
 *   value: 1653469200000,
 *   version: 1,
 * });
 */
export function updateExpireUserTargetDate(params: InstructionParams<Instruction>): Instruction {
  return instruction("updateExpireUserTargetDate", params, { ...expiringFlag, value: timestamp, version: optional(version) });
}
