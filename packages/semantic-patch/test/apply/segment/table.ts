import { expect, it } from "vitest";
import type { SegmentInstruction } from "../../../src/index.js";
import { applySegmentPatch, type Segment } from "../../../src/apply/index.js";
import { deterministic, expectApplyError, fixture, type ApplyRejection } from "../support.js";

/** A row of documented behaviour: instructions applied to a segment (default: the fixture), and the fields they must produce. */
export type AppliesCase = [name: string, row: { given: { segment?: Segment; instructions: SegmentInstruction[] }; want: Partial<Segment> }];
/** A row of a rejected instruction: the error it must throw. */
export type RejectsCase = [name: string, row: { given: { segment?: Segment; instructions: SegmentInstruction[] }; want: ApplyRejection }];

/** Every kind a table exercises, to check that all 26 are covered. */
export const covered = new Set<string>();

/** Registers the two tables of a group of kinds. */
export function applierTables(applies: AppliesCase[], rejects: RejectsCase[]): void {
  for (const [, { given }] of [...applies, ...rejects]) for (const instruction of given.instructions) covered.add(instruction.kind);
  it.each(applies)("%s", (_name, { given, want }) => {
    const before = given.segment ?? fixture();
    const snapshot = structuredClone(before);
    const after = applySegmentPatch(before, { instructions: given.instructions }, deterministic());
    const picked = Object.fromEntries(Object.keys(want).map((key) => [key, (after as unknown as Record<string, unknown>)[key]]));
    expect(picked).toStrictEqual(want);
    expect(after.version).toBe(before.version + 1);
    expect(before).toStrictEqual(snapshot);
  });
  it.each(rejects)("rejects %s", (_name, { given, want }) => {
    const before = given.segment ?? fixture();
    const snapshot = structuredClone(before);
    expectApplyError(() => applySegmentPatch(before, { instructions: given.instructions }, deterministic()), want);
    expect(before).toStrictEqual(snapshot);
  });
}
