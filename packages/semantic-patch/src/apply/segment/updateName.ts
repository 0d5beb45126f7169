import type { SegmentUpdateNameInstruction as Instruction } from "../../types.js";
import type { Segment } from "../segment-shape.js";

/**
 * Applies `updateName`: sets the segment's name.
 *
 * @example
 * updateName(segment, { kind: "updateName", value: "Beta testers" }).name; // "Beta testers"
 */
export function updateName(segment: Segment, instruction: Instruction): Segment {
  return { ...segment, name: instruction.value };
}
