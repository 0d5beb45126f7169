/**
 * Running instructions one after the other against a state, the machinery shared by the four
 * semantic-patch appliers: an applier rejects an instruction with {@link reject}, and the runner
 * turns that into one {@link PatchApplyError} naming the instruction's index, kind and field.
 */
import { PatchApplyError } from "./error.js";

/** Thrown by an applier (internal): `field` is relative to the instruction, `""` for the instruction itself. */
export class Rejection extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field} ${reason}`);
  }
}

/** Rejects the instruction being applied: `field` is relative to the instruction (`""` for the whole instruction). */
export function reject(field: string, reason: string): never {
  throw new Rejection(field, reason);
}

/** One applier per instruction kind: a pure function from the state and the instruction to the new state. */
export type Appliers<T, I extends { kind: string }, C> = {
  readonly [K in I["kind"]]: (state: T, instruction: Extract<I, { kind: K }>, context: C) => T;
};

/** The error for instruction `index` of kind `kind`, from an applier's rejection. */
export function applyError(kind: string, index: number, rejection: Rejection, at = "instructions"): PatchApplyError {
  const base = `${at}[${index}]`;
  const field = rejection.field === "" ? base : `${base}.${rejection.field}`;
  return new PatchApplyError(kind, field, rejection.reason, index);
}

function applyOne<T, I extends { kind: string }, C>(state: T, instruction: I, index: number, appliers: Appliers<T, I, C>, context: C): T {
  // Validated bodies hold only kinds of the builders, and `Appliers` has one applier per kind.
  type Applier = (state: T, instruction: I, context: C) => T;
  const applier = (appliers as unknown as Record<string, Applier>)[instruction.kind] as Applier;
  try {
    return applier(state, instruction, context);
  } catch (error) {
    if (error instanceof Rejection) throw applyError(instruction.kind, index, error);
    throw error;
  }
}

/** Applies every instruction in order; the first rejection throws (nothing of the patch is kept: states are never mutated). */
export function runAll<T, I extends { kind: string }, C>(
  state: T,
  instructions: readonly I[],
  appliers: Appliers<T, I, C>,
  context: C,
  beforeEach?: (index: number) => void,
): T {
  let current = state;
  instructions.forEach((instruction, index) => {
    beforeEach?.(index);
    current = applyOne(current, instruction, index, appliers, context);
  });
  return current;
}

/**
 * One instruction that failed in a partial run: LaunchDarkly's `errors` item (`instructionIndex`,
 * `message`) plus the typed error.
 *
 * @example
 * const failure: FailedInstruction = { instructionIndex: 0, message: "removeExpiringTarget: instructions[0] …", error };
 */
export interface FailedInstruction {
  readonly instructionIndex: number;
  readonly message: string;
  readonly error: PatchApplyError;
}

/** Applies every instruction in order, skipping (and reporting) the ones that fail, as LaunchDarkly's expiring-target endpoints do. */
export function runPartial<T, I extends { kind: string }, C>(
  state: T,
  instructions: readonly I[],
  appliers: Appliers<T, I, C>,
  context: C,
): { state: T; errors: FailedInstruction[] } {
  let current = state;
  const errors: FailedInstruction[] = [];
  instructions.forEach((instruction, index) => {
    try {
      current = applyOne(current, instruction, index, appliers, context);
    } catch (error) {
      if (!(error instanceof PatchApplyError)) throw error;
      errors.push({ instructionIndex: index, message: error.message, error });
    }
  });
  return { state: current, errors };
}
