import type { InstructionParams, UserAddExpireUserTargetDateInstruction as Instruction } from "../types.js";
import { expiringFlag, instruction, optional, timestamp, version } from "../validate.js";

/**
 * Schedules when the user leaves a flag's individual targeting for a variation (`value`: Unix milliseconds).
 *
 * @example
 * userExpiringFlags.addExpireUserTargetDate({
 *   flagKey: "sample-flag-key",
 *   variationId: "ce12d345-a1b2-4fb5-a123-ab123d4d5f5d",
 *   value: 1653469200000,
 * });
 */
export function addExpireUserTargetDate(params: InstructionParams<Instruction>): Instruction {
  return instruction("addExpireUserTargetDate", params, { ...expiringFlag, value: timestamp, version: optional(version) });
}
