import { describe, expect, it } from "vitest";
import { userExpiringFlagsPatch, type UserExpiringFlagInstruction } from "../../../src/index.js";
import {
  applyUserExpiringFlagsPatch,
  applyUserExpiringFlagsPatchWithErrors,
  type ApplyUserExpiringFlagsOptions,
  type ExpiringUserTargets,
} from "../../../src/apply/index.js";
import { expectApplyError, expectValidationError, type ApplyRejection } from "../support.js";

const V1 = "ce67d625-a8b9-4fb5-a344-ab909d9d4f4d";
const V2 = "0b2d4e6f-1a3c-4e5f-8a9b-0c1d2e3f4a5b";
const current = (): ExpiringUserTargets => ({
  items: [
    {
      _id: "e1",
      _version: 1,
      expirationDate: 1_754_092_860_000,
      userKey: "Abbie_Braun",
      variationId: V1,
      _resourceId: { kind: "flag", projectKey: "lacuna", environmentKey: "production", flagKey: "sort.order" },
    },
  ],
});
const options: ApplyUserExpiringFlagsOptions = { generateId: () => "new-id" };

type Row = { instructions: UserExpiringFlagInstruction[]; options?: ApplyUserExpiringFlagsOptions; current?: ExpiringUserTargets };

describe("applyUserExpiringFlagsPatch", () => {
  const applies: Array<[string, { given: Row; want: ExpiringUserTargets["items"] }]> = [
    [
      "addExpireUserTargetDate schedules the user's removal from another flag, taking the user and environment from the others",
      {
        given: { instructions: [{ kind: "addExpireUserTargetDate", flagKey: "dark-mode", variationId: V2, value: 1_754_092_860_000 }] },
        want: [
          ...current().items,
          {
            _id: "new-id",
            _version: 1,
            expirationDate: 1_754_092_860_000,
            userKey: "Abbie_Braun",
            variationId: V2,
            _resourceId: { kind: "flag", projectKey: "lacuna", environmentKey: "production", flagKey: "dark-mode" },
          },
        ],
      },
    ],
    [
      "addExpireUserTargetDate to an empty list with options.userKey and resourceId",
      {
        given: {
          current: { items: [] },
          instructions: [{ kind: "addExpireUserTargetDate", flagKey: "f", variationId: V1, value: 1_754_092_860_000 }],
          options: { userKey: "u", resourceId: { projectKey: "p", environmentKey: "e" }, generateId: () => "g", isTargeted: () => true },
        },
        want: [
          {
            _id: "g",
            _version: 1,
            expirationDate: 1_754_092_860_000,
            userKey: "u",
            variationId: V1,
            _resourceId: { kind: "flag", projectKey: "p", environmentKey: "e", flagKey: "f" },
          },
        ],
      },
    ],
    [
      "addExpireUserTargetDate to an empty list with only options.userKey gives a flag resource id without environment",
      {
        given: {
          current: { items: [] },
          instructions: [{ kind: "addExpireUserTargetDate", flagKey: "f", variationId: V1, value: 1_754_092_860_000 }],
          options: { userKey: "u", generateId: () => "g" },
        },
        want: [
          {
            _id: "g",
            _version: 1,
            expirationDate: 1_754_092_860_000,
            userKey: "u",
            variationId: V1,
            _resourceId: { kind: "flag", flagKey: "f" },
          },
        ],
      },
    ],
    [
      "addExpireUserTargetDate next to an item without _resourceId",
      {
        given: {
          current: { items: [{ _id: "e0", _version: 1, expirationDate: 1_754_092_860_000, userKey: "u", variationId: V2 }] },
          instructions: [{ kind: "addExpireUserTargetDate", flagKey: "f", variationId: V1, value: 1_754_092_860_000 }],
        },
        want: [
          { _id: "e0", _version: 1, expirationDate: 1_754_092_860_000, userKey: "u", variationId: V2 },
          {
            _id: "new-id",
            _version: 1,
            expirationDate: 1_754_092_860_000,
            userKey: "u",
            variationId: V1,
            _resourceId: { kind: "flag", flagKey: "f" },
          },
        ],
      },
    ],
    [
      "updateExpireUserTargetDate moves the date and bumps _version",
      {
        given: {
          instructions: [
            { kind: "updateExpireUserTargetDate", flagKey: "sort.order", variationId: V1, value: 1_754_179_260_000, version: 1 },
          ],
        },
        want: [{ ...current().items[0]!, expirationDate: 1_754_179_260_000, _version: 2 }],
      },
    ],
    [
      "removeExpireUserTargetDate cancels it",
      { given: { instructions: [{ kind: "removeExpireUserTargetDate", flagKey: "sort.order", variationId: V1 }] }, want: [] },
    ],
  ];
  it.each(applies)("%s", (_name, { given, want }) => {
    const before = given.current ?? current();
    const snapshot = structuredClone(before);
    expect(applyUserExpiringFlagsPatch(before, { instructions: given.instructions }, given.options ?? options).items).toStrictEqual(want);
    expect(before).toStrictEqual(snapshot);
  });

  const rejects: Array<[string, { given: Row; want: ApplyRejection }]> = [
    [
      "a second scheduled removal on the same flag",
      {
        given: { instructions: [{ kind: "addExpireUserTargetDate", flagKey: "sort.order", variationId: V2, value: 1_754_092_860_000 }] },
        want: { kind: "addExpireUserTargetDate", field: "instructions[0].flagKey", rule: "one variation per flag", index: 0 },
      },
    ],
    [
      "a flag the user is not targeted on (isTargeted)",
      {
        given: {
          instructions: [{ kind: "addExpireUserTargetDate", flagKey: "f", variationId: V2, value: 1_754_092_860_000 }],
          options: { isTargeted: () => false },
        },
        want: {
          kind: "addExpireUserTargetDate",
          field: "instructions[0].variationId",
          rule: 'must be a variation the user is individually targeted with on flag "f"',
          index: 0,
        },
      },
    ],
    [
      "an add without a known user key",
      {
        given: {
          current: { items: [] },
          instructions: [{ kind: "addExpireUserTargetDate", flagKey: "f", variationId: V2, value: 1_754_092_860_000 }],
        },
        want: { kind: "addExpireUserTargetDate", field: "instructions[0]", rule: "pass options.userKey", index: 0 },
      },
    ],
    [
      "an update of a flag without one",
      {
        given: { instructions: [{ kind: "updateExpireUserTargetDate", flagKey: "f", variationId: V1, value: 1_754_092_860_000 }] },
        want: { kind: "updateExpireUserTargetDate", field: "instructions[0].flagKey", rule: 'the user has none on flag "f"', index: 0 },
      },
    ],
    [
      "an update naming another variation",
      {
        given: { instructions: [{ kind: "updateExpireUserTargetDate", flagKey: "sort.order", variationId: V2, value: 1_754_092_860_000 }] },
        want: {
          kind: "updateExpireUserTargetDate",
          field: "instructions[0].variationId",
          rule: "must be the variation of the scheduled removal",
          index: 0,
        },
      },
    ],
    [
      "an update with a stale version",
      {
        given: {
          instructions: [
            { kind: "updateExpireUserTargetDate", flagKey: "sort.order", variationId: V1, value: 1_754_092_860_000, version: 0 },
          ],
        },
        want: {
          kind: "updateExpireUserTargetDate",
          field: "instructions[0].version",
          rule: "must match the current version of the expiring user target (1; got 0)",
          index: 0,
        },
      },
    ],
    [
      "a remove of a flag without one",
      {
        given: { instructions: [{ kind: "removeExpireUserTargetDate", flagKey: "f", variationId: V1 }] },
        want: { kind: "removeExpireUserTargetDate", field: "instructions[0].flagKey", rule: "must name a scheduled removal", index: 0 },
      },
    ],
  ];
  it.each(rejects)("rejects %s", (_name, { given, want }) => {
    expectApplyError(
      () => applyUserExpiringFlagsPatch(given.current ?? current(), { instructions: given.instructions }, given.options ?? options),
      want,
    );
  });

  it("rejects a current value without items, naming the function", () => {
    expectValidationError(
      () =>
        applyUserExpiringFlagsPatch({} as ExpiringUserTargets, {
          instructions: [{ kind: "removeExpireUserTargetDate", flagKey: "f", variationId: V1 }],
        }),
      { kind: "applyUserExpiringFlagsPatch", field: "current", rule: "must be an object with an items array" },
    );
  });

  it("WithErrors reports failed instructions and applies the rest", () => {
    const body = userExpiringFlagsPatch()
      .removeExpireUserTargetDate({ flagKey: "f", variationId: V1 })
      .updateExpireUserTargetDate({ flagKey: "sort.order", variationId: V1, value: 1_754_179_260_000 })
      .build();
    const { result, errors } = applyUserExpiringFlagsPatchWithErrors(current(), body);
    expect(result.items[0]?._version).toBe(2);
    expect(errors.map((e) => [e.instructionIndex, e.error.kind])).toStrictEqual([[0, "removeExpireUserTargetDate"]]);
  });
});
