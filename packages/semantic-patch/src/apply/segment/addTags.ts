import type { SegmentAddTagsInstruction as Instruction } from "../../types.js";
import type { Segment } from "../segment-shape.js";

/**
 * Applies `addTags`: appends the tags the segment lacks (tags it has stay where they are).
 *
 * @example
 * addTags(segment, { kind: "addTags", values: ["beta"] }).tags; // [...segment.tags, "beta"] unless already there
 */
export function addTags(segment: Segment, instruction: Instruction): Segment {
  const have = new Set(segment.tags);
  const fresh = instruction.values.filter((tag) => !have.has(tag));
  return fresh.length === 0 ? segment : { ...segment, tags: [...segment.tags, ...fresh] };
}
