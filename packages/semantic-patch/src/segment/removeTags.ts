import type { InstructionParams, SegmentRemoveTagsInstruction as Instruction } from "../types.js";
import { instruction, tags } from "../validate.js";

/**
 * Removes tags from the segment.
 *
 * @example
 * segment.removeTags({ values: ["tag1", "tag2"] });
 */
export function removeTags(params: InstructionParams<Instruction>): Instruction {
  return instruction("removeTags", params, { values: tags });
}
