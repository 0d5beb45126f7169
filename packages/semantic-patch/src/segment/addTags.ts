import type { InstructionParams, SegmentAddTagsInstruction as Instruction } from "../types.js";
import { instruction, tags } from "../validate.js";

/**
 * Adds tags to the segment.
 *
 * @example
 * segment.addTags({ values: ["tag1", "tag2"] });
 */
export function addTags(params: InstructionParams<Instruction>): Instruction {
  return instruction("addTags", params, { values: tags });
}
