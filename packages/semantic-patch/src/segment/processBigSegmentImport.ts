import type { InstructionParams, SegmentProcessBigSegmentImportInstruction as Instruction } from "../types.js";
import { instruction, nonEmptyString } from "../validate.js";

/**
 * Processes a big segment import; `importId` is the last path segment of the import's `Location` header.
 *
 * @example
 * segment.processBigSegmentImport({ importId: "a902ef4a-2faf-4eaf-88e1-ecc356708a29" });
 */
export function processBigSegmentImport(params: InstructionParams<Instruction>): Instruction {
  return instruction("processBigSegmentImport", params, { importId: nonEmptyString });
}
