import { describe } from "vitest";
import { segmentExpiringTargets, type SegmentExpiringTargetInstruction } from "../../src/index.js";
import { builderTables, caller, type InvalidCase, type ValidCase } from "../helpers.js";

const call = caller(segmentExpiringTargets);
const target = { targetType: "included", contextKey: "user-key-123abc", contextKind: "user" } as const;

// The examples of patch_expiring_targets_for_segment (seeds 001 and 002).
const documented: ValidCase<SegmentExpiringTargetInstruction>[] = [
  [
    "addExpiringTarget",
    { given: { ...target, value: 1754092860000 }, want: { kind: "addExpiringTarget", ...target, value: 1754092860000 } },
  ],
  [
    "updateExpiringTarget",
    { given: { ...target, value: 1754179260000 }, want: { kind: "updateExpiringTarget", ...target, value: 1754179260000 } },
  ],
  [
    "updateExpiringTarget with version 0 (the reference page's body)",
    {
      given: { contextKey: "user@email.com", contextKind: "user", targetType: "included", value: 1587582000000, version: 0 },
      want: {
        kind: "updateExpiringTarget",
        targetType: "included",
        contextKey: "user@email.com",
        contextKind: "user",
        value: 1587582000000,
        version: 0,
      },
    },
  ],
  ["removeExpiringTarget", { given: target, want: { kind: "removeExpiringTarget", ...target } }],
  // LaunchDarkly's instruction model takes an optional version on every kind (it checks it only on an update).
  [
    "addExpiringTarget with version (as the Python example sends it)",
    {
      given: { ...target, value: 1653469200000, version: 1 },
      want: { kind: "addExpiringTarget", ...target, value: 1653469200000, version: 1 },
    },
  ],
  [
    "removeExpiringTarget with version",
    { given: { ...target, version: 2 }, want: { kind: "removeExpiringTarget", ...target, version: 2 } },
  ],
  [
    "an excluded target of another context kind",
    {
      given: { targetType: "excluded", contextKey: "org-1", contextKind: "org" },
      want: { kind: "removeExpiringTarget", targetType: "excluded", contextKey: "org-1", contextKind: "org" },
    },
  ],
];

const invalid: InvalidCase[] = [
  [
    "a timestamp in seconds",
    {
      given: call("addExpiringTarget", { ...target, value: 1754092860 }),
      want: { kind: "addExpiringTarget", field: "value", rule: "must be Unix milliseconds, not seconds (got 1754092860" },
    },
  ],
  [
    "a fractional timestamp",
    {
      given: call("addExpiringTarget", { ...target, value: 1754092860000.5 }),
      want: { kind: "addExpiringTarget", field: "value", rule: "must be an integer" },
    },
  ],
  [
    "a negative timestamp",
    {
      given: call("updateExpiringTarget", { ...target, value: -1 }),
      want: { kind: "updateExpiringTarget", field: "value", rule: "must not be negative" },
    },
  ],
  [
    "a timestamp string",
    {
      given: call("addExpiringTarget", { ...target, value: "1754092860000" }),
      want: { kind: "addExpiringTarget", field: "value", rule: "must be a number, not a string" },
    },
  ],
  [
    "a timestamp in microseconds",
    {
      given: call("addExpiringTarget", { ...target, value: 1754092860000000 }),
      want: { kind: "addExpiringTarget", field: "value", rule: "must be Unix milliseconds, not microseconds" },
    },
  ],
  [
    "an ISO date",
    {
      given: call("addExpiringTarget", { ...target, value: "2025-08-02T00:00:00Z" }),
      want: { kind: "addExpiringTarget", field: "value", rule: "must be a number" },
    },
  ],
  [
    "a Date object",
    {
      given: call("addExpiringTarget", { ...target, value: new Date(1754092860000) }),
      want: { kind: "addExpiringTarget", field: "value", rule: "must be a number (got a Date)" },
    },
  ],
  [
    "a missing timestamp",
    { given: call("addExpiringTarget", target), want: { kind: "addExpiringTarget", field: "value", rule: "is required" } },
  ],
  [
    'targetType "include"',
    {
      given: call("addExpiringTarget", { ...target, targetType: "include", value: 1754092860000 }),
      want: { kind: "addExpiringTarget", field: "targetType", rule: 'must be "included" or "excluded" (got "include")' },
    },
  ],
  [
    "a missing contextKey",
    {
      given: call("removeExpiringTarget", { targetType: "included", contextKind: "user" }),
      want: { kind: "removeExpiringTarget", field: "contextKey", rule: "is required" },
    },
  ],
  [
    "a missing contextKind",
    {
      given: call("removeExpiringTarget", { targetType: "included", contextKey: "k" }),
      want: { kind: "removeExpiringTarget", field: "contextKind", rule: "is required" },
    },
  ],
  [
    "a negative version",
    {
      given: call("updateExpiringTarget", { ...target, value: 1754179260000, version: -1 }),
      want: { kind: "updateExpiringTarget", field: "version", rule: "must not be negative" },
    },
  ],
  [
    "a fractional version",
    {
      given: call("updateExpiringTarget", { ...target, value: 1754179260000, version: 1.5 }),
      want: { kind: "updateExpiringTarget", field: "version", rule: "must be an integer" },
    },
  ],
  [
    "a version string",
    {
      given: call("updateExpiringTarget", { ...target, value: 1754179260000, version: "3" }),
      want: { kind: "updateExpiringTarget", field: "version", rule: "must be a number, not a string" },
    },
  ],
  [
    "value on remove",
    {
      given: call("removeExpiringTarget", { ...target, value: 1754179260000 }),
      want: { kind: "removeExpiringTarget", field: "value", rule: "is not a known field" },
    },
  ],
];

describe("segmentExpiringTargets builders", () => {
  builderTables(segmentExpiringTargets, documented, invalid);
});
