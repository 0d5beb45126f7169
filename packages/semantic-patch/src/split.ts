import { instructionCheck } from "./body.js";
import * as segment from "./segment/index.js";
import { carriesTargetKeys, noKeyBothIncludedAndExcluded, validateSegmentPatch, targetKeyCount } from "./segment/patch.js";
import type { SegmentInstruction, SegmentSemanticPatch } from "./types.js";
import {
  MAX_TARGETS_PER_INSTRUCTION,
  anyTargetKeys,
  describe,
  fail,
  fields,
  isPlainObject,
  join,
  nonEmptyString,
  optional,
  text,
  type Check,
} from "./validate.js";

/**
 * Options of {@link splitTargets} and {@link chunkSegmentPatch}.
 *
 * @example
 * chunkSegmentPatch(patch, { maxKeys: 500 }); // smaller requests
 */
export interface SplitOptions {
  /** Most target keys per instruction (and, for `chunkSegmentPatch`, per patch): 1 to 1500, default 1500. */
  maxKeys?: number;
}

const anyInstruction = instructionCheck<SegmentInstruction>(segment, "segment");

const maxKeysCheck: Check<number> = (value, kind, field) => {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > MAX_TARGETS_PER_INSTRUCTION) {
    fail(kind, field, `must be an integer from 1 to ${MAX_TARGETS_PER_INSTRUCTION} (got ${describe(value)})`);
  }
  return value;
};

function maxKeysOf(options: unknown, kind: string): number {
  return fields<SplitOptions>(options, { maxKeys: optional(maxKeysCheck) }, kind, "options").maxKeys ?? MAX_TARGETS_PER_INSTRUCTION;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Splits one segment instruction whose target keys exceed the per-instruction limit into several
 * instructions of the same kind, each with at most `maxKeys` keys, in the original order. The input
 * is validated like any instruction except for the limit (keys must still be unique across the
 * whole list); instructions without target keys come back unchanged, as a one-item array.
 *
 * @example
 * splitTargets({ kind: "addIncludedTargets", contextKind: "org", values: orgKeys }); // 4000 keys → 3 instructions
 */
export function splitTargets(instruction: SegmentInstruction, options: SplitOptions = {}): SegmentInstruction[] {
  return splitInstruction(instruction, maxKeysOf(options, "splitTargets"), "splitTargets", "");
}

function splitInstruction(instruction: unknown, maxKeys: number, kind: string, field: string): SegmentInstruction[] {
  if (isPlainObject(instruction) && typeof instruction.kind === "string" && carriesTargetKeys(instruction.kind)) {
    const keys = anyTargetKeys(instruction.values, instruction.kind, join(field, "values"));
    return chunk(keys, maxKeys).map((values) => anyInstruction({ ...instruction, values }, kind, field));
  }
  return [anyInstruction(instruction, kind, field)];
}

const instructionsOfAnySize: Check<unknown[]> = (value, kind, field) => {
  if (!Array.isArray(value)) fail(kind, field, `must be an array of instructions (got ${describe(value)})`);
  if (value.length === 0) fail(kind, field, "must not be empty");
  return value;
};

/**
 * Splits a `patchSegment` semantic patch of any size into patches that each respect the limit:
 * oversized target instructions are split with {@link splitTargets}, then the instructions are
 * packed, in order, into patches of at most `maxKeys` target keys in total (instructions without
 * keys ride along). Every patch passes `validateSegmentPatch`; the whole change is first checked
 * for keys both included and excluded. Send the patches one after the other, in order. With more
 * than one patch, the comment gets a ` (part i of n)` suffix.
 *
 * @example
 * for (const body of chunkSegmentPatch({ environmentKey: "production", instructions: [
 *   { kind: "addIncludedTargets", contextKind: "user", values: tenThousandKeys },
 * ] })) {
 *   await client.patchSegment({ projectKey, environmentKey: "production", segmentKey, body });
 * }
 */
export function chunkSegmentPatch(patch: SegmentSemanticPatch, options: SplitOptions = {}): SegmentSemanticPatch[] {
  const name = "chunkSegmentPatch";
  const maxKeys = maxKeysOf(options, name);
  const { environmentKey, instructions, comment } = fields<{ environmentKey: string; instructions: unknown[]; comment?: string }>(
    patch,
    { environmentKey: nonEmptyString, instructions: instructionsOfAnySize, comment: optional(text) },
    name,
  );
  const pieces = instructions.map((instruction, i) => splitInstruction(instruction, maxKeys, name, `instructions[${i}]`));
  noKeyBothIncludedAndExcluded(instructions as SegmentInstruction[], name, "instructions");

  const groups: SegmentInstruction[][] = [];
  let current: SegmentInstruction[] = [];
  let keys = 0;
  for (const piece of pieces.flat()) {
    const count = targetKeyCount(piece);
    if (current.length > 0 && keys + count > maxKeys) {
      groups.push(current);
      current = [];
      keys = 0;
    }
    current.push(piece);
    keys += count;
  }
  groups.push(current);

  return groups.map((group, i) =>
    validateSegmentPatch({
      environmentKey,
      instructions: group,
      ...(comment === undefined ? {} : { comment: groups.length > 1 ? `${comment} (part ${i + 1} of ${groups.length})` : comment }),
    }),
  );
}
