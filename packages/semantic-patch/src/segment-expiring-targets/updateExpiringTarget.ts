import type { InstructionParams, SegmentUpdateExpiringTargetInstruction as Instruction } from "../types.js";
import { expiringContext, instruction, optional, timestamp, version } from "../validate.js";

/**
 * Moves a context's scheduled removal; with `version`, fails unless the expiring target still has that version.
 *
 * @example
 * segmentExpiringTargets.updateExpiringTarget({
 *   targetType: "included",
 *   contextKey: "user-key-123abc",
 *   contextKind: "user",
 *   value: 1754179260000,
 * });
 */
export function updateExpiringTarget(params: InstructionParams<Instruction>): Instruction {
  return instruction("updateExpiringTarget", params, { ...expiringContext, value: timestamp, version: optional(version) });
}
