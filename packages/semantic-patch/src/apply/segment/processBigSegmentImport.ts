import type { SegmentProcessBigSegmentImportInstruction as Instruction } from "../../types.js";
import { requireBig } from "../big-segment.js";
import type { SegmentApplyContext } from "../segment-context.js";
import type { Segment } from "../segment-shape.js";

/**
 * Applies `processBigSegmentImport` (big segments only): records the import to process as an effect for the host.
 *
 * @example
 * processBigSegmentImport(bigSegment, { kind: "processBigSegmentImport", importId: "a902ef4a-…" }, context);
 */
export function processBigSegmentImport(segment: Segment, instruction: Instruction, context: SegmentApplyContext): Segment {
  requireBig(segment);
  context.effects.push({ type: "processBigSegmentImport", importId: instruction.importId, instructionIndex: context.index });
  return segment;
}
