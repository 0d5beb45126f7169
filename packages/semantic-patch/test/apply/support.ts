import { expect } from "vitest";
import { SemanticPatchError } from "../../src/index.js";
import { PatchApplyError, type ApplySegmentPatchOptions, type Segment } from "../../src/apply/index.js";

/** A small REST segment (not big): user keys, org keys, one rule with two clauses. */
export function fixture(overrides: Partial<Segment> & Record<string, unknown> = {}): Segment {
  return {
    key: "beta",
    name: "Beta users",
    description: "Early access",
    tags: ["beta"],
    creationDate: 1_700_000_000_000,
    lastModifiedDate: 1_700_000_000_000,
    version: 7,
    included: ["u1", "u2"],
    excluded: ["u9"],
    includedContexts: [{ contextKind: "org", values: ["o1"] }],
    excludedContexts: [{ contextKind: "org", values: ["o9"] }],
    rules: [
      {
        _id: "r1",
        description: "Students",
        clauses: [
          { _id: "c1", contextKind: "user", attribute: "email", op: "endsWith", values: [".edu"], negate: false },
          { _id: "c2", contextKind: "user", attribute: "country", op: "in", values: ["fr", "de"], negate: false },
        ],
      },
      { _id: "r2", clauses: [], weight: 50_000, rolloutContextKind: "user" },
    ],
    _links: { self: { href: "/api/v2/segments/default/production/beta", type: "application/json" } },
    deleted: false,
    generation: 1,
    ...overrides,
  };
}

/** A big segment (`unbounded: true`): no individual targets in the REST representation. */
export function bigFixture(): Segment {
  const {
    included: _i,
    excluded: _e,
    includedContexts: _ic,
    excludedContexts: _ec,
    ...rest
  } = fixture({ key: "big", unbounded: true, unboundedContextKind: "user" });
  return rest;
}

/** Deterministic options: a fixed clock and ids id-1, id-2, … */
export function deterministic(): Required<Pick<ApplySegmentPatchOptions, "now" | "generateId">> {
  let n = 0;
  return { now: () => 1_800_000_000_000, generateId: () => `id-${++n}` };
}

/** What a failed application must report. */
export interface ApplyRejection {
  kind: string;
  field: string;
  rule: string;
  index?: number | undefined;
}

/** Asserts that `run` throws a PatchApplyError with exactly this kind, field and index, and a rule containing `rule`. */
export function expectApplyError(run: () => unknown, want: ApplyRejection): PatchApplyError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(PatchApplyError);
  expect(caught).toBeInstanceOf(SemanticPatchError);
  const error = caught as PatchApplyError;
  expect({ kind: error.kind, field: error.field, index: error.index }).toEqual({ kind: want.kind, field: want.field, index: want.index });
  expect(error.rule).toContain(want.rule);
  expect(error.message).toBe(`${want.kind}: ${want.field} ${error.rule}`);
  return error;
}

/** Asserts that `run` throws a validation error (a SemanticPatchError that is not a PatchApplyError). */
export function expectValidationError(run: () => unknown, want: { kind: string; field: string; rule: string }): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(SemanticPatchError);
  expect(caught).not.toBeInstanceOf(PatchApplyError);
  const error = caught as SemanticPatchError;
  expect({ kind: error.kind, field: error.field }).toEqual({ kind: want.kind, field: want.field });
  expect(error.rule).toContain(want.rule);
}
