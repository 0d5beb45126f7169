import type { SegmentRemoveTagsInstruction as Instruction } from "../../types.js";
import type { Segment } from "../segment-shape.js";

/**
 * Applies `removeTags`: removes the given tags; tags the segment does not have are ignored.
 *
 * @example
 * removeTags(segment, { kind: "removeTags", values: ["beta"] }).tags;
 */
export function removeTags(segment: Segment, instruction: Instruction): Segment {
  const gone = new Set(instruction.values);
  return segment.tags.some((tag) => gone.has(tag)) ? { ...segment, tags: segment.tags.filter((tag) => !gone.has(tag)) } : segment;
}
