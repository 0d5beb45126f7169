import { describe, expect, it } from "vitest";
import type { SegmentExpiringUserTargetInstruction } from "../../../src/index.js";
import {
  applySegmentExpiringUserTargetsPatch,
  applySegmentExpiringUserTargetsPatchWithErrors,
  type ApplySegmentExpiringTargetsOptions,
  type ExpiringUserTargets,
} from "../../../src/apply/index.js";
import { expectApplyError, expectValidationError, fixture, type ApplyRejection } from "../support.js";

const resource = { kind: "segment", projectKey: "default", environmentKey: "production", key: "beta" };
const current = (): ExpiringUserTargets => ({
  items: [{ _id: "e1", _version: 1, expirationDate: 1_653_469_200_000, userKey: "u1", targetType: "included", _resourceId: resource }],
});
const options = (): ApplySegmentExpiringTargetsOptions => ({ segment: fixture(), generateId: () => "new-id" });

type Row = { instructions: SegmentExpiringUserTargetInstruction[]; options?: ApplySegmentExpiringTargetsOptions };

describe("applySegmentExpiringUserTargetsPatch", () => {
  const applies: Array<[string, { given: Row; want: ExpiringUserTargets["items"] }]> = [
    [
      "addExpireUserTargetDate schedules a user target",
      {
        given: { instructions: [{ kind: "addExpireUserTargetDate", targetType: "included", userKey: "u2", value: 1_653_469_200_000 }] },
        want: [
          ...current().items,
          { _id: "new-id", _version: 1, expirationDate: 1_653_469_200_000, userKey: "u2", targetType: "included", _resourceId: resource },
        ],
      },
    ],
    [
      "updateExpireUserTargetDate with the segment version moves the date",
      {
        given: {
          instructions: [
            { kind: "updateExpireUserTargetDate", targetType: "included", userKey: "u1", value: 1_653_555_600_000, version: 7 },
          ],
        },
        want: [{ ...current().items[0]!, expirationDate: 1_653_555_600_000, _version: 2 }],
      },
    ],
    [
      "updateExpireUserTargetDate without the segment in the options does not check version",
      {
        given: {
          instructions: [
            { kind: "updateExpireUserTargetDate", targetType: "included", userKey: "u1", value: 1_653_555_600_000, version: 99 },
          ],
          options: {},
        },
        want: [{ ...current().items[0]!, expirationDate: 1_653_555_600_000, _version: 2 }],
      },
    ],
    [
      "removeExpireUserTargetDate cancels it",
      { given: { instructions: [{ kind: "removeExpireUserTargetDate", targetType: "included", userKey: "u1" }] }, want: [] },
    ],
  ];
  it.each(applies)("%s", (_name, { given, want }) => {
    const before = current();
    const after = applySegmentExpiringUserTargetsPatch(before, { instructions: given.instructions }, given.options ?? options());
    expect(after.items).toStrictEqual(want);
    expect(before).toStrictEqual(current());
  });

  const rejects: Array<[string, { given: Row; want: ApplyRejection }]> = [
    [
      "addExpireUserTargetDate of a user that is not targeted",
      {
        given: { instructions: [{ kind: "addExpireUserTargetDate", targetType: "excluded", userKey: "u1", value: 1_653_469_200_000 }] },
        want: {
          kind: "addExpireUserTargetDate",
          field: "instructions[0].userKey",
          rule: '"u1" is not excluded (contextKind "user")',
          index: 0,
        },
      },
    ],
    [
      "addExpireUserTargetDate of a user that already has one",
      {
        given: { instructions: [{ kind: "addExpireUserTargetDate", targetType: "included", userKey: "u1", value: 1_653_469_200_000 }] },
        want: { kind: "addExpireUserTargetDate", field: "instructions[0].userKey", rule: "already has a scheduled expiration", index: 0 },
      },
    ],
    [
      "updateExpireUserTargetDate with another segment version",
      {
        given: {
          instructions: [
            { kind: "updateExpireUserTargetDate", targetType: "included", userKey: "u1", value: 1_653_469_200_000, version: 6 },
          ],
        },
        want: {
          kind: "updateExpireUserTargetDate",
          field: "instructions[0].version",
          rule: 'must match the current version of segment "beta" (7; got 6)',
          index: 0,
        },
      },
    ],
    [
      "updateExpireUserTargetDate of a user without one",
      {
        given: {
          instructions: [
            { kind: "updateExpireUserTargetDate", targetType: "included", userKey: "u2", value: 1_653_469_200_000, version: 7 },
          ],
        },
        want: {
          kind: "updateExpireUserTargetDate",
          field: "instructions[0].userKey",
          rule: 'must name a scheduled expiration: user "u2" (included) has none',
          index: 0,
        },
      },
    ],
    [
      "removeExpireUserTargetDate of a user without one",
      {
        given: { instructions: [{ kind: "removeExpireUserTargetDate", targetType: "excluded", userKey: "u1" }] },
        want: { kind: "removeExpireUserTargetDate", field: "instructions[0].userKey", rule: "must name a scheduled expiration", index: 0 },
      },
    ],
  ];
  it.each(rejects)("rejects %s", (_name, { given, want }) => {
    expectApplyError(
      () => applySegmentExpiringUserTargetsPatch(current(), { instructions: given.instructions }, given.options ?? options()),
      want,
    );
  });

  it.each([
    ["the segment's key when the segment is given", { segment: fixture() }, { kind: "segment", key: "beta" }],
    ["no key without the segment", {}, { kind: "segment" }],
  ] as const)("gives the first item a resource id with %s", (_name, given, want) => {
    const after = applySegmentExpiringUserTargetsPatch(
      { items: [] },
      { instructions: [{ kind: "addExpireUserTargetDate", targetType: "included", userKey: "u1", value: 1_653_469_200_000 }] },
      { ...given, generateId: () => "new-id" },
    );
    expect(after.items).toStrictEqual([
      { _id: "new-id", _version: 1, expirationDate: 1_653_469_200_000, userKey: "u1", targetType: "included", _resourceId: want },
    ]);
  });

  it("rejects a current value without items, naming the function", () => {
    expectValidationError(
      () =>
        applySegmentExpiringUserTargetsPatch({} as ExpiringUserTargets, {
          instructions: [{ kind: "removeExpireUserTargetDate", targetType: "included", userKey: "u1" }],
        }),
      { kind: "applySegmentExpiringUserTargetsPatch", field: "current", rule: "must be an object with an items array" },
    );
  });

  it("validates the body first (one instruction per target)", () => {
    expectValidationError(
      () =>
        applySegmentExpiringUserTargetsPatch(current(), {
          instructions: [
            { kind: "removeExpireUserTargetDate", targetType: "included", userKey: "u1" },
            { kind: "removeExpireUserTargetDate", targetType: "included", userKey: "u1" },
          ],
        }),
      { kind: "removeExpireUserTargetDate", field: "instructions[1].userKey", rule: "must not repeat the target" },
    );
  });

  it("WithErrors keeps going past a failed instruction", () => {
    const { result, errors } = applySegmentExpiringUserTargetsPatchWithErrors(
      current(),
      {
        instructions: [
          { kind: "removeExpireUserTargetDate", targetType: "excluded", userKey: "u2" },
          { kind: "removeExpireUserTargetDate", targetType: "included", userKey: "u1" },
        ],
      },
      options(),
    );
    expect(result.items).toStrictEqual([]);
    expect(errors.map((e) => e.instructionIndex)).toStrictEqual([0]);
  });
});
