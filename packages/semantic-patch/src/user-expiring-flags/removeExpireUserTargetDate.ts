import type { InstructionParams, UserRemoveExpireUserTargetDateInstruction as Instruction } from "../types.js";
import { expiringFlag, instruction, optional, version } from "../validate.js";

/**
 * Cancels the user's scheduled removal from a flag.
 *
 * @example
 * userExpiringFlags.removeExpireUserTargetDate({ flagKey: "sample-flag-key", variationId: "ce12d345-a1b2-4fb5-a123-ab123d4d5f5d" });
 */
export function removeExpireUserTargetDate(params: InstructionParams<Instruction>): Instruction {
  return instruction("removeExpireUserTargetDate", params, { ...expiringFlag, version: optional(version) });
}
