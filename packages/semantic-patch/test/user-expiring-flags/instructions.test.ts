import { describe } from "vitest";
import { userExpiringFlags, type UserExpiringFlagInstruction } from "../../src/index.js";
import { builderTables, caller, type InvalidCase, type ValidCase } from "../helpers.js";

const call = caller(userExpiringFlags);
const flag = { flagKey: "sample-flag-key", variationId: "ce12d345-a1b2-4fb5-a123-ab123d4d5f5d" } as const;

// patch_expiring_flags_for_user (seed 003): the Python example's instruction, including the `version`
// it passes to an add (LaunchDarkly's instruction model takes an optional version on every kind).
const documented: ValidCase<UserExpiringFlagInstruction>[] = [
  [
    "addExpireUserTargetDate",
    { given: { ...flag, value: 1653469200000 }, want: { kind: "addExpireUserTargetDate", ...flag, value: 1653469200000 } },
  ],
  [
    "updateExpireUserTargetDate with version",
    {
      given: { ...flag, value: 1653469200000, version: 1 },
      want: { kind: "updateExpireUserTargetDate", ...flag, value: 1653469200000, version: 1 },
    },
  ],
  [
    "updateExpireUserTargetDate without version",
    { given: { ...flag, value: 1653555600000 }, want: { kind: "updateExpireUserTargetDate", ...flag, value: 1653555600000 } },
  ],
  ["removeExpireUserTargetDate", { given: flag, want: { kind: "removeExpireUserTargetDate", ...flag } }],
  [
    "addExpireUserTargetDate with version (the Python example)",
    {
      given: { ...flag, value: 1653469200000, version: 1 },
      want: { kind: "addExpireUserTargetDate", ...flag, value: 1653469200000, version: 1 },
    },
  ],
  [
    "removeExpireUserTargetDate with version",
    { given: { ...flag, version: 2 }, want: { kind: "removeExpireUserTargetDate", ...flag, version: 2 } },
  ],
];

const invalid: InvalidCase[] = [
  [
    "a missing flagKey",
    {
      given: call("addExpireUserTargetDate", { variationId: flag.variationId, value: 1653469200000 }),
      want: { kind: "addExpireUserTargetDate", field: "flagKey", rule: "is required" },
    },
  ],
  [
    "a missing variationId",
    {
      given: call("removeExpireUserTargetDate", { flagKey: flag.flagKey }),
      want: { kind: "removeExpireUserTargetDate", field: "variationId", rule: "is required" },
    },
  ],
  [
    "an empty variationId",
    {
      given: call("updateExpireUserTargetDate", { ...flag, variationId: "", value: 1653469200000 }),
      want: { kind: "updateExpireUserTargetDate", field: "variationId", rule: "must not be empty" },
    },
  ],
  [
    "a flagKey that is not a string",
    {
      given: call("removeExpireUserTargetDate", { ...flag, flagKey: 5 }),
      want: { kind: "removeExpireUserTargetDate", field: "flagKey", rule: "must be a string (got 5)" },
    },
  ],
  [
    "a version string",
    {
      given: call("updateExpireUserTargetDate", { ...flag, value: 1653469200000, version: "1" }),
      want: { kind: "updateExpireUserTargetDate", field: "version", rule: "must be a number, not a string" },
    },
  ],
  [
    "a timestamp in seconds",
    {
      given: call("addExpireUserTargetDate", { ...flag, value: 1653469200 }),
      want: { kind: "addExpireUserTargetDate", field: "value", rule: "not seconds" },
    },
  ],
  [
    "a NaN timestamp",
    {
      given: call("addExpireUserTargetDate", { ...flag, value: Number.NaN }),
      want: { kind: "addExpireUserTargetDate", field: "value", rule: "must be an integer (got NaN)" },
    },
  ],
  [
    "snake_case fields from the Python client",
    {
      given: call("addExpireUserTargetDate", { flag_key: "f", variation_id: "v", value: 1653469200000 }),
      want: {
        kind: "addExpireUserTargetDate",
        field: "flag_key",
        rule: "is not a known field (expected flagKey, variationId, value, version)",
      },
    },
  ],
];

describe("userExpiringFlags builders", () => {
  builderTables(userExpiringFlags, documented, invalid);
});
