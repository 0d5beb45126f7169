import { describe } from "vitest";
import { segmentExpiringUserTargets, type SegmentExpiringUserTargetInstruction } from "../../src/index.js";
import { builderTables, caller, type InvalidCase, type ValidCase } from "../helpers.js";

const call = caller(segmentExpiringUserTargets);
const user = { targetType: "included", userKey: "user-key-123abc" } as const;

// patch_expiring_user_targets_for_segment documents parameters only (seed 001); the values are the
// spec's examples and the Python example's (seed 000), including its `version` on an add (LaunchDarkly's
// instruction model takes an optional version on every kind).
const documented: ValidCase<SegmentExpiringUserTargetInstruction>[] = [
  [
    "addExpireUserTargetDate",
    { given: { ...user, value: 1653469200000 }, want: { kind: "addExpireUserTargetDate", ...user, value: 1653469200000 } },
  ],
  [
    "updateExpireUserTargetDate",
    {
      given: { ...user, value: 1754179260000, version: 7 },
      want: { kind: "updateExpireUserTargetDate", ...user, value: 1754179260000, version: 7 },
    },
  ],
  ["removeExpireUserTargetDate", { given: user, want: { kind: "removeExpireUserTargetDate", ...user } }],
  [
    "addExpireUserTargetDate with version (the Python example)",
    {
      given: { ...user, value: 1653469200000, version: 1 },
      want: { kind: "addExpireUserTargetDate", ...user, value: 1653469200000, version: 1 },
    },
  ],
  [
    "removeExpireUserTargetDate with version",
    { given: { ...user, version: 2 }, want: { kind: "removeExpireUserTargetDate", ...user, version: 2 } },
  ],
];

const invalid: InvalidCase[] = [
  [
    "a missing userKey",
    {
      given: call("addExpireUserTargetDate", { targetType: "included", value: 1653469200000 }),
      want: { kind: "addExpireUserTargetDate", field: "userKey", rule: "is required" },
    },
  ],
  [
    "an empty userKey",
    {
      given: call("removeExpireUserTargetDate", { targetType: "included", userKey: "" }),
      want: { kind: "removeExpireUserTargetDate", field: "userKey", rule: "must not be empty" },
    },
  ],
  [
    "a missing version (the segment version is required here)",
    {
      given: call("updateExpireUserTargetDate", { ...user, value: 1754179260000 }),
      want: { kind: "updateExpireUserTargetDate", field: "version", rule: "is required" },
    },
  ],
  [
    'targetType "Included"',
    {
      given: call("addExpireUserTargetDate", { ...user, targetType: "Included", value: 1653469200000 }),
      want: { kind: "addExpireUserTargetDate", field: "targetType", rule: 'must be "included" or "excluded"' },
    },
  ],
  [
    "a missing targetType",
    {
      given: call("removeExpireUserTargetDate", { userKey: "u" }),
      want: { kind: "removeExpireUserTargetDate", field: "targetType", rule: "is required" },
    },
  ],
  [
    "a timestamp in seconds",
    {
      given: call("updateExpireUserTargetDate", { ...user, value: 1653469200, version: 1 }),
      want: { kind: "updateExpireUserTargetDate", field: "value", rule: "not seconds" },
    },
  ],
  [
    "contextKey instead of userKey",
    {
      given: call("addExpireUserTargetDate", { targetType: "included", contextKey: "u", value: 1653469200000 }),
      want: {
        kind: "addExpireUserTargetDate",
        field: "contextKey",
        rule: "is not a known field (expected targetType, userKey, value, version)",
      },
    },
  ],
];

describe("segmentExpiringUserTargets builders", () => {
  builderTables(segmentExpiringUserTargets, documented, invalid);
});
