import { describe, expect, it } from "vitest";
import type { SegmentInstruction } from "../../../src/index.js";
import { applySegmentPatch, applySegmentPatchWithEffects } from "../../../src/apply/index.js";
import { bigFixture, deterministic, expectApplyError, fixture } from "../support.js";

describe("big segment effects", () => {
  it("reports the effects in instruction order, and a removal in between allows the move", () => {
    const instructions: SegmentInstruction[] = [
      { kind: "addBigSegmentIncludedTargets", values: ["k1", "k2"] },
      { kind: "removeBigSegmentIncludedTargets", values: ["k2"] },
      { kind: "addBigSegmentExcludedTargets", values: ["k2"] },
      { kind: "processBigSegmentImport", importId: "imp-1" },
      { kind: "updateName", value: "Big" },
    ];
    const { segment, effects } = applySegmentPatchWithEffects(bigFixture(), { instructions }, deterministic());
    expect(segment.name).toBe("Big");
    expect(effects).toStrictEqual([
      { type: "addBigSegmentTargets", list: "included", keys: ["k1", "k2"], instructionIndex: 0 },
      { type: "removeBigSegmentTargets", list: "included", keys: ["k2"], instructionIndex: 1 },
      { type: "addBigSegmentTargets", list: "excluded", keys: ["k2"], instructionIndex: 2 },
      { type: "processBigSegmentImport", importId: "imp-1", instructionIndex: 3 },
    ]);
  });

  it("checks the host's stored lists through bigSegmentTargets", () => {
    const store = { included: new Set(["stored-in"]), excluded: new Set(["stored-out"]) };
    const bigSegmentTargets = { has: (list: "included" | "excluded", key: string) => store[list].has(key) };
    expectApplyError(
      () =>
        applySegmentPatch(
          bigFixture(),
          { instructions: [{ kind: "addBigSegmentIncludedTargets", values: ["new", "stored-out"] }] },
          { bigSegmentTargets },
        ),
      {
        kind: "addBigSegmentIncludedTargets",
        field: "instructions[0].values[1]",
        rule: '"stored-out" is already excluded',
        index: 0,
      },
    );
    expectApplyError(
      () =>
        applySegmentPatch(
          bigFixture(),
          { instructions: [{ kind: "addBigSegmentExcludedTargets", values: ["stored-in"] }] },
          { bigSegmentTargets },
        ),
      {
        kind: "addBigSegmentExcludedTargets",
        field: "instructions[0].values[0]",
        rule: '"stored-in" is already included',
        index: 0,
      },
    );
    // Removing the stored key first, in the same patch, allows it.
    const { effects } = applySegmentPatchWithEffects(
      bigFixture(),
      {
        instructions: [
          { kind: "removeBigSegmentExcludedTargets", values: ["stored-out"] },
          { kind: "addBigSegmentIncludedTargets", values: ["stored-out"] },
        ],
      },
      { bigSegmentTargets },
    );
    expect(effects.map((e) => e.type)).toStrictEqual(["removeBigSegmentTargets", "addBigSegmentTargets"]);
  });

  it("has no effects for a patch without big segment instructions", () => {
    expect(applySegmentPatchWithEffects(fixture(), { instructions: [{ kind: "addTags", values: ["x"] }] }).effects).toStrictEqual([]);
  });
});
