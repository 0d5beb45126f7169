/**
 * What the segment appliers get besides the segment and the instruction: id generation, and for
 * big segments the host's member lists (read) and the effects the patch asks the host to carry out.
 */
import type { TargetType } from "../types.js";

/**
 * Read access to a big segment's stored member lists (they are not part of the REST segment).
 *
 * @example
 * const store = { included: new Set(["user-1"]), excluded: new Set<string>() };
 * const lookup: BigSegmentTargetLookup = { has: (list, key) => store[list].has(key) };
 */
export interface BigSegmentTargetLookup {
  /** Whether `key` is in the big segment's `included` or `excluded` list. */
  has(list: TargetType, key: string): boolean;
}

/**
 * Something a patch asks the host to do outside the REST segment, in instruction order: add or
 * remove big segment targets of one list, or process a big segment import.
 *
 * @example
 * const effect: SegmentPatchEffect = { type: "addBigSegmentTargets", list: "included", keys: ["user-1"], instructionIndex: 0 };
 */
export type SegmentPatchEffect =
  | {
      readonly type: "addBigSegmentTargets" | "removeBigSegmentTargets";
      readonly list: TargetType;
      readonly keys: readonly string[];
      readonly instructionIndex: number;
    }
  | { readonly type: "processBigSegmentImport"; readonly importId: string; readonly instructionIndex: number };

/**
 * Options of `applySegmentPatch` and `applySegmentPatchWithEffects`.
 *
 * @example
 * applySegmentPatch(segment, body, { now: () => 1700000000000, generateId: () => "id-1" });
 */
export interface ApplySegmentPatchOptions {
  /** The clock for `lastModifiedDate`, in Unix milliseconds (default `Date.now`). */
  readonly now?: () => number;
  /** Ids for rules and clauses that `addRule`, `addClauses` and JSON/merge patches create (default `crypto.randomUUID()`). */
  readonly generateId?: () => string;
  /**
   * A big segment's stored targets, so that adding a key to one list while it is in the other is
   * rejected (without it, only conflicts inside the patch are found).
   */
  readonly bigSegmentTargets?: BigSegmentTargetLookup;
}

/** The context every segment applier receives (internal). */
export interface SegmentApplyContext {
  readonly generateId: () => string;
  /** The index of the instruction being applied. */
  index: number;
  /** Effects so far (discarded with the result when a later instruction fails). */
  readonly effects: SegmentPatchEffect[];
  /** Whether a big segment key is in a list: the host's lists overlaid with this patch's effects so far. */
  readonly bigSegmentHas: (list: TargetType, key: string) => boolean;
  /** Records a big segment target change (updates what {@link bigSegmentHas} answers). */
  readonly changeBigSegmentTargets: (list: TargetType, add: boolean, keys: readonly string[]) => void;
}

/** A fresh context for one application of a patch. */
export function segmentApplyContext(options: ApplySegmentPatchOptions): SegmentApplyContext {
  const generateId = options.generateId ?? (() => globalThis.crypto.randomUUID());
  const pending: Record<TargetType, Map<string, boolean>> = { included: new Map(), excluded: new Map() };
  const lookup = options.bigSegmentTargets;
  const context: SegmentApplyContext = {
    generateId,
    index: 0,
    effects: [],
    bigSegmentHas: (list, key) => pending[list].get(key) ?? lookup?.has(list, key) ?? false,
    changeBigSegmentTargets: (list, add, keys) => {
      for (const key of keys) pending[list].set(key, add);
      context.effects.push({
        type: add ? "addBigSegmentTargets" : "removeBigSegmentTargets",
        list,
        keys: [...keys],
        instructionIndex: context.index,
      });
    },
  };
  return context;
}
