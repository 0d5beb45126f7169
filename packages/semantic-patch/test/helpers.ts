import { expect, it } from "vitest";
import { SemanticPatchError } from "../src/index.js";

/** What a rejected input must report: the error's kind and field exactly, and a fragment of its rule. */
export interface Rejection {
  kind: string;
  field: string;
  rule: string;
}

/** A row of an invalid-input table. */
export type InvalidCase = [name: string, row: { given: () => unknown; want: Rejection }];

/** Asserts that `run` throws a SemanticPatchError naming the kind, field and rule. */
export function expectRejection(run: () => unknown, want: Rejection): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(SemanticPatchError);
  const error = caught as SemanticPatchError;
  expect({ kind: error.kind, field: error.field }).toEqual({ kind: want.kind, field: want.field });
  expect(error.rule).toContain(want.rule);
  expect(error.message).toBe(`${want.kind}: ${want.field} ${error.rule}`);
}

/** Asserts the value is exactly the wire JSON: plain data, same keys, numbers as numbers. */
export function expectWire(got: unknown, want: unknown): void {
  expect(got).toStrictEqual(want);
  expect(JSON.parse(JSON.stringify(got))).toStrictEqual(want);
}

/** `n` distinct keys `prefix-0`, `prefix-1`, … */
export function keys(n: number, prefix = "key"): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
}

type Builders = Record<string, (params: unknown) => unknown>;

/** `call(kind, params)` makes a thunk calling the namespace's builder for `kind`, past the types (as JavaScript would). */
export function caller(ns: object): (kind: string, params: unknown) => () => unknown {
  return (kind, params) => () => (ns as Builders)[kind]!(params);
}

/** A row of a valid-input table: the builder's parameters and the wire instruction they must produce. */
export type ValidCase<I extends { kind: string }> = [name: string, row: { given: unknown; want: I }];

/** Registers the two table-driven tests of a namespace: valid rows (builder picked by `want.kind`) and invalid rows. */
export function builderTables<I extends { kind: string }>(ns: object, valid: ValidCase<I>[], invalid: InvalidCase[]): void {
  it.each(valid)("%s produces the wire JSON", (_name, { given, want }) => {
    expectWire((ns as Builders)[want.kind]!(given), want);
  });
  it.each(invalid)("rejects %s", (_name, { given, want }) => {
    expectRejection(given, want);
  });
}
