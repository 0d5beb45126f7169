import type { InstructionParams, SegmentAddExpiringTargetInstruction as Instruction } from "../types.js";
import { expiringContext, instruction, optional, timestamp, version } from "../validate.js";

/**
 * Schedules when a context leaves the segment's individual targets (`value`: Unix milliseconds).
 * LaunchDarkly accepts an optional `version` on every kind and uses it only to check an update.
 *
 * @example
 * segmentExpiringTargets.addExpiringTarget({
 *   targetType: "included",
 *   contextKey: "user-key-123abc",
 *   contextKind: "user",
 *   value: 1754092860000,
 * });
 */
export function addExpiringTarget(params: InstructionParams<Instruction>): Instruction {
  return instruction("addExpiringTarget", params, { ...expiringContext, value: timestamp, version: optional(version) });
}
