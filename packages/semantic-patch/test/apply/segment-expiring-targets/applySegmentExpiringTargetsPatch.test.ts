import { describe, expect, it } from "vitest";
import { segmentExpiringTargetsPatch, type SegmentExpiringTargetInstruction } from "../../../src/index.js";
import {
  applySegmentExpiringTargetsPatch,
  applySegmentExpiringTargetsPatchWithErrors,
  type ApplySegmentExpiringTargetsOptions,
  type ExpiringContextTargets,
} from "../../../src/apply/index.js";
import { bigFixture, expectApplyError, expectValidationError, fixture, type ApplyRejection } from "../support.js";

const resource = { kind: "segment", projectKey: "default", environmentKey: "production", key: "beta" };
const current = (): ExpiringContextTargets & { _links: object } => ({
  items: [
    {
      _id: "e1",
      _version: 2,
      expirationDate: 1_754_092_860_000,
      contextKind: "org",
      contextKey: "o1",
      targetType: "included",
      _resourceId: resource,
    },
  ],
  _links: { self: { href: "/api/v2/segments/default/beta/expiring-targets/production" } },
});
const options = (): ApplySegmentExpiringTargetsOptions => ({ segment: fixture(), generateId: () => "new-id" });
const DAY = 86_400_000;

type Case = [
  name: string,
  row: { given: { instructions: SegmentExpiringTargetInstruction[]; options?: ApplySegmentExpiringTargetsOptions }; want: unknown },
];

describe("applySegmentExpiringTargetsPatch", () => {
  const applies: Case[] = [
    [
      "addExpiringTarget schedules a new expiration for an individual target (version 1, the resource id of the others)",
      {
        given: {
          instructions: [
            { kind: "addExpiringTarget", targetType: "excluded", contextKind: "user", contextKey: "u9", value: 1_754_092_860_000 },
          ],
        },
        want: [
          ...current().items,
          {
            _id: "new-id",
            _version: 1,
            expirationDate: 1_754_092_860_000,
            contextKind: "user",
            contextKey: "u9",
            targetType: "excluded",
            _resourceId: resource,
          },
        ],
      },
    ],
    [
      "addExpiringTarget without segment or existing items uses a segment resource id",
      {
        given: {
          instructions: [
            { kind: "addExpiringTarget", targetType: "included", contextKind: "user", contextKey: "any", value: 1_754_092_860_000 },
          ],
          options: { generateId: () => "x" },
        },
        want: "empty-start",
      },
    ],
    [
      "updateExpiringTarget moves the date and bumps _version",
      {
        given: {
          instructions: [
            {
              kind: "updateExpiringTarget",
              targetType: "included",
              contextKind: "org",
              contextKey: "o1",
              value: 1_754_092_860_000 + DAY,
              version: 2,
            },
          ],
        },
        want: [{ ...current().items[0], expirationDate: 1_754_092_860_000 + DAY, _version: 3 }],
      },
    ],
    [
      "updateExpiringTarget without version",
      {
        given: {
          instructions: [
            { kind: "updateExpiringTarget", targetType: "included", contextKind: "org", contextKey: "o1", value: 1_754_092_860_000 + DAY },
          ],
        },
        want: [{ ...current().items[0], expirationDate: 1_754_092_860_000 + DAY, _version: 3 }],
      },
    ],
    [
      "removeExpiringTarget cancels the expiration",
      {
        given: { instructions: [{ kind: "removeExpiringTarget", targetType: "included", contextKind: "org", contextKey: "o1" }] },
        want: [],
      },
    ],
  ];
  it.each(applies)("%s", (_name, { given, want }) => {
    const empty = want === "empty-start";
    const before: ExpiringContextTargets = empty ? { items: [] } : current();
    const snapshot = structuredClone(before);
    const after = applySegmentExpiringTargetsPatch(before, { instructions: given.instructions }, given.options ?? options());
    if (empty)
      expect(after.items).toStrictEqual([
        {
          _id: "x",
          _version: 1,
          expirationDate: 1_754_092_860_000,
          contextKind: "user",
          contextKey: "any",
          targetType: "included",
          _resourceId: { kind: "segment" },
        },
      ]);
    else expect(after.items).toStrictEqual(want);
    expect(before).toStrictEqual(snapshot);
    if (!empty) expect((after as unknown as { _links: object })._links).toStrictEqual(current()._links);
  });

  const rejects: Array<
    [
      string,
      { given: { instructions: SegmentExpiringTargetInstruction[]; options?: ApplySegmentExpiringTargetsOptions }; want: ApplyRejection },
    ]
  > = [
    [
      "addExpiringTarget of a context that is not an individual target of the segment",
      {
        given: {
          instructions: [
            { kind: "addExpiringTarget", targetType: "included", contextKind: "org", contextKey: "o9", value: 1_754_092_860_000 },
          ],
        },
        want: {
          kind: "addExpiringTarget",
          field: "instructions[0].contextKey",
          rule: 'must be an individual target of the segment: "o9" is not included (contextKind "org") in segment "beta"',
          index: 0,
        },
      },
    ],
    [
      "addExpiringTarget of a user key under another context kind",
      {
        given: {
          instructions: [
            { kind: "addExpiringTarget", targetType: "included", contextKind: "org", contextKey: "u1", value: 1_754_092_860_000 },
          ],
        },
        want: {
          kind: "addExpiringTarget",
          field: "instructions[0].contextKey",
          rule: '"u1" is not included (contextKind "org")',
          index: 0,
        },
      },
    ],
    [
      "addExpiringTarget of a target that already has one",
      {
        given: {
          instructions: [
            { kind: "addExpiringTarget", targetType: "included", contextKind: "org", contextKey: "o1", value: 1_754_092_860_000 },
          ],
        },
        want: { kind: "addExpiringTarget", field: "instructions[0].contextKey", rule: "already has a scheduled expiration", index: 0 },
      },
    ],
    [
      "addExpiringTarget on a big segment of a key the store does not hold",
      {
        given: {
          instructions: [
            { kind: "addExpiringTarget", targetType: "included", contextKind: "user", contextKey: "nope", value: 1_754_092_860_000 },
          ],
          options: { segment: bigFixture(), bigSegmentTargets: { has: () => false } },
        },
        want: { kind: "addExpiringTarget", field: "instructions[0].contextKey", rule: 'is not included in big segment "big"', index: 0 },
      },
    ],
    [
      "updateExpiringTarget of a target without one",
      {
        given: {
          instructions: [
            { kind: "updateExpiringTarget", targetType: "excluded", contextKind: "org", contextKey: "o1", value: 1_754_092_860_000 },
          ],
        },
        want: {
          kind: "updateExpiringTarget",
          field: "instructions[0].contextKey",
          rule: 'must name a scheduled expiration: "o1" (contextKind "org", excluded) has none',
          index: 0,
        },
      },
    ],
    [
      "updateExpiringTarget with a stale version",
      {
        given: {
          instructions: [
            {
              kind: "updateExpiringTarget",
              targetType: "included",
              contextKind: "org",
              contextKey: "o1",
              value: 1_754_092_860_000,
              version: 1,
            },
          ],
        },
        want: {
          kind: "updateExpiringTarget",
          field: "instructions[0].version",
          rule: "must match the current version of the expiring target (2; got 1)",
          index: 0,
        },
      },
    ],
    [
      "removeExpiringTarget of a target without one",
      {
        given: { instructions: [{ kind: "removeExpiringTarget", targetType: "included", contextKind: "user", contextKey: "u1" }] },
        want: { kind: "removeExpiringTarget", field: "instructions[0].contextKey", rule: "must name a scheduled expiration", index: 0 },
      },
    ],
  ];
  it.each(rejects)("rejects %s", (_name, { given, want }) => {
    const before = current();
    expectApplyError(
      () => applySegmentExpiringTargetsPatch(before, { instructions: given.instructions }, given.options ?? options()),
      want,
    );
    expect(before).toStrictEqual(current());
  });

  it("accepts a big segment's target when no store is given (it cannot be checked)", () => {
    const empty: ExpiringContextTargets = { items: [] };
    const after = applySegmentExpiringTargetsPatch(
      empty,
      {
        instructions: [
          { kind: "addExpiringTarget", targetType: "included", contextKind: "user", contextKey: "k", value: 1_754_092_860_000 },
        ],
      },
      { segment: bigFixture(), generateId: () => "g" },
    );
    expect(after.items).toHaveLength(1);
    expect(after.items[0]?._resourceId).toStrictEqual({ kind: "segment", key: "big" });
  });

  it("updates and removes only the item of the named context kind", () => {
    const org = current().items[0];
    const device = { ...org, _id: "e2", contextKind: "device" } as NonNullable<typeof org>;
    const before: ExpiringContextTargets = { items: [org, device] as ExpiringContextTargets["items"] };
    const updated = applySegmentExpiringTargetsPatch(
      before,
      {
        instructions: [
          { kind: "updateExpiringTarget", targetType: "included", contextKind: "device", contextKey: "o1", value: 1_754_092_860_000 + DAY },
        ],
      },
      options(),
    );
    expect(updated.items).toStrictEqual([org, { ...device, expirationDate: 1_754_092_860_000 + DAY, _version: 3 }]);
    const removed = applySegmentExpiringTargetsPatch(
      before,
      { instructions: [{ kind: "removeExpiringTarget", targetType: "included", contextKind: "device", contextKey: "o1" }] },
      options(),
    );
    expect(removed.items).toStrictEqual([org]);
  });

  it("gives new items a random UUID by default", () => {
    const empty: ExpiringContextTargets = { items: [] };
    const after = applySegmentExpiringTargetsPatch(
      empty,
      {
        instructions: [
          { kind: "addExpiringTarget", targetType: "included", contextKind: "org", contextKey: "o1", value: 1_754_092_860_000 },
        ],
      },
      { segment: fixture() },
    );
    expect(after.items[0]?._id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("WithErrors lets an error thrown by a host callback through instead of reporting it", () => {
    const failure = new Error("store down");
    const has = (): boolean => {
      throw failure;
    };
    expect(() =>
      applySegmentExpiringTargetsPatchWithErrors(
        { items: [] },
        {
          instructions: [
            { kind: "addExpiringTarget", targetType: "included", contextKind: "user", contextKey: "k", value: 1_754_092_860_000 },
          ],
        },
        { segment: bigFixture(), bigSegmentTargets: { has } },
      ),
    ).toThrow(failure);
  });

  it("validates the body first", () => {
    expectValidationError(() => applySegmentExpiringTargetsPatch(current(), { instructions: [] }), {
      kind: "validateSegmentExpiringTargetsPatch",
      field: "instructions",
      rule: "must not be empty",
    });
    expectValidationError(
      () =>
        applySegmentExpiringTargetsPatch(
          {} as ExpiringContextTargets,
          segmentExpiringTargetsPatch().removeExpiringTarget({ targetType: "included", contextKind: "org", contextKey: "o1" }).build(),
        ),
      { kind: "applySegmentExpiringTargetsPatch", field: "current", rule: "must be an object with an items array" },
    );
  });

  it("WithErrors applies what it can and reports the rest, as LaunchDarkly's 200 with errors", () => {
    const { result, errors } = applySegmentExpiringTargetsPatchWithErrors(
      current(),
      {
        instructions: [
          { kind: "removeExpiringTarget", targetType: "excluded", contextKind: "org", contextKey: "o1" },
          { kind: "addExpiringTarget", targetType: "included", contextKind: "user", contextKey: "u1", value: 1_754_092_860_000 },
        ],
      },
      options(),
    );
    expect(result.items.map((item) => item.contextKey)).toStrictEqual(["o1", "u1"]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      instructionIndex: 0,
      message: expect.stringContaining("removeExpiringTarget: instructions[0].contextKey must name a scheduled expiration"),
    });
    expect(errors[0]?.error.index).toBe(0);
  });
});
