import type { InstructionParams, SegmentUpdateNameInstruction as Instruction } from "../types.js";
import { instruction, name } from "../validate.js";

/**
 * Renames the segment; the name must not be blank.
 *
 * @example
 * segment.updateName({ value: "Updated segment name" });
 */
export function updateName(params: InstructionParams<Instruction>): Instruction {
  return instruction("updateName", params, { value: name });
}
