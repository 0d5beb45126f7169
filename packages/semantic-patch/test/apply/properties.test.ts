import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SegmentInstruction } from "../../src/index.js";
import { applySegmentPatch, applySegmentPatchWithEffects, PatchApplyError, type Segment } from "../../src/apply/index.js";
import { anyInstruction, fittingInstruction, segmentArb } from "./arbitraries.js";
import { deterministic } from "./support.js";

const apply = (s: Segment, instructions: SegmentInstruction[]) => applySegmentPatch(s, { instructions }, deterministic());
const failure = (run: () => unknown): PatchApplyError | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    if (error instanceof PatchApplyError) return error;
    throw error;
  }
};

describe("applySegmentPatch properties", () => {
  it("never mutates its input, and the result shares nothing mutable with it", () => {
    fc.assert(
      fc.property(fc.oneof(segmentArb(), segmentArb(true)), fc.array(anyInstruction, { minLength: 1, maxLength: 6 }), (s, instructions) => {
        const snapshot = structuredClone(s);
        const error = failure(() => {
          const out = apply(s, instructions);
          out.tags.push("mutated");
          for (const rule of out.rules) rule.clauses.push({ attribute: "x", op: "in", values: [1], negate: false });
          out.included?.push("mutated");
          for (const t of out.includedContexts ?? []) t.values?.push("mutated");
        });
        if (error !== undefined) expect(error.index).toBeTypeOf("number");
        expect(s).toStrictEqual(snapshot);
      }),
      { numRuns: 400 },
    );
  });

  it("a failing patch leaves no trace: the instructions before the failing one apply, and that one fails alone with the same error", () => {
    fc.assert(
      fc.property(fc.oneof(segmentArb(), segmentArb(true)), fc.array(anyInstruction, { minLength: 1, maxLength: 6 }), (s, instructions) => {
        const error = failure(() => apply(s, instructions));
        if (error === undefined) return;
        const index = error.index as number;
        expect(error.field.startsWith(`instructions[${index}]`)).toBe(true);
        expect(error.kind).toBe(instructions[index]?.kind);
        // Everything before it applies (big segment lists live outside the segment: carry them over from the effects)...
        const { segment: before, effects } =
          index === 0
            ? { segment: s, effects: [] }
            : applySegmentPatchWithEffects(s, { instructions: instructions.slice(0, index) }, deterministic());
        const stored = { included: new Set<string>(), excluded: new Set<string>() };
        for (const effect of effects) {
          if (effect.type === "processBigSegmentImport") continue;
          for (const key of effect.keys) stored[effect.list][effect.type === "addBigSegmentTargets" ? "add" : "delete"](key);
        }
        const bigSegmentTargets = { has: (list: "included" | "excluded", key: string) => stored[list].has(key) };
        // ... and the failing instruction fails on that state with the same reason.
        const again = failure(() =>
          applySegmentPatch(
            before,
            { instructions: [instructions[index] as SegmentInstruction] },
            { ...deterministic(), bigSegmentTargets },
          ),
        );
        expect(again?.rule).toBe(error.rule);
      }),
      { numRuns: 400 },
    );
  });

  it("every builder's output applies to a segment it fits, with the documented result", () => {
    const big = fc.constantFrom(false, true);
    fc.assert(
      fc.property(
        big.chain((isBig) => segmentArb(isBig)).chain((s) => fc.tuple(fc.constant(s), fittingInstruction(s))),
        ([s, instruction]) => {
          const out = apply(s, [instruction]);
          expect(out.version).toBe(s.version + 1);
          const keysIn = (list: "included" | "excluded", kind: string) =>
            kind === "user"
              ? (out[list] ?? [])
              : (out[list === "included" ? "includedContexts" : "excludedContexts"] ?? [])
                  .filter((t) => t.contextKind === kind)
                  .flatMap((t) => t.values);
          switch (instruction.kind) {
            case "addIncludedTargets":
            case "addExcludedTargets": {
              const list = instruction.kind === "addIncludedTargets" ? "included" : "excluded";
              expect(keysIn(list, instruction.contextKind)).toEqual(expect.arrayContaining(instruction.values));
              expect(new Set(keysIn(list, instruction.contextKind)).size).toBe(keysIn(list, instruction.contextKind).length);
              break;
            }
            case "removeIncludedTargets":
            case "removeExcludedTargets": {
              const list = instruction.kind === "removeIncludedTargets" ? "included" : "excluded";
              for (const key of instruction.values) expect(keysIn(list, instruction.contextKind)).not.toContain(key);
              break;
            }
            case "addIncludedUsers":
              expect(out.included).toEqual(expect.arrayContaining(instruction.values));
              break;
            case "removeExcludedUsers":
              for (const key of instruction.values) expect(out.excluded ?? []).not.toContain(key);
              break;
            case "addRule":
              expect(out.rules).toHaveLength(s.rules.length + 1);
              break;
            case "removeRule":
              expect(out.rules.map((r) => r._id)).not.toContain(instruction.ruleId);
              break;
            case "reorderRules":
              expect(out.rules.map((r) => r._id)).toStrictEqual(instruction.ruleIds);
              break;
            case "removeClauses":
              expect(out.rules.flatMap((r) => r.clauses.map((c) => c._id))).not.toContain(instruction.clauseIds[0]);
              break;
            case "updateRuleRolloutAndContextKind":
              expect(out.rules.find((r) => r._id === instruction.ruleId)).toMatchObject({
                weight: instruction.weight,
                rolloutContextKind: instruction.contextKind,
              });
              break;
            default:
              break;
          }
        },
      ),
      { numRuns: 600 },
    );
  });
});
