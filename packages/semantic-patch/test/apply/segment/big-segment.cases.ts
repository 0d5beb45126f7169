import { bigFixture } from "../support.js";
import type { AppliesCase, RejectsCase } from "./table.js";

const notBig = (kind: string) => ({
  kind,
  field: "instructions[0]",
  rule: 'applies only to big segments (unbounded: true); segment "beta" is not one',
  index: 0,
});

export const applies: AppliesCase[] = [
  [
    "addBigSegmentIncludedTargets leaves the REST segment as it is",
    {
      given: { segment: bigFixture(), instructions: [{ kind: "addBigSegmentIncludedTargets", values: ["k1"] }] },
      want: { rules: bigFixture().rules, included: undefined },
    },
  ],
  [
    "addBigSegmentExcludedTargets leaves the REST segment as it is",
    {
      given: { segment: bigFixture(), instructions: [{ kind: "addBigSegmentExcludedTargets", values: ["k1"] }] },
      want: { tags: ["beta"] },
    },
  ],
  [
    "removeBigSegmentIncludedTargets leaves the REST segment as it is",
    {
      given: { segment: bigFixture(), instructions: [{ kind: "removeBigSegmentIncludedTargets", values: ["k1"] }] },
      want: { name: "Beta users" },
    },
  ],
  [
    "removeBigSegmentExcludedTargets leaves the REST segment as it is",
    {
      given: { segment: bigFixture(), instructions: [{ kind: "removeBigSegmentExcludedTargets", values: ["k1"] }] },
      want: { name: "Beta users" },
    },
  ],
  [
    "processBigSegmentImport leaves the REST segment as it is",
    { given: { segment: bigFixture(), instructions: [{ kind: "processBigSegmentImport", importId: "imp-1" }] }, want: { unbounded: true } },
  ],
];

export const rejects: RejectsCase[] = [
  [
    "addBigSegmentIncludedTargets on a segment that is not big",
    { given: { instructions: [{ kind: "addBigSegmentIncludedTargets", values: ["k"] }] }, want: notBig("addBigSegmentIncludedTargets") },
  ],
  [
    "addBigSegmentExcludedTargets on a segment that is not big",
    { given: { instructions: [{ kind: "addBigSegmentExcludedTargets", values: ["k"] }] }, want: notBig("addBigSegmentExcludedTargets") },
  ],
  [
    "removeBigSegmentIncludedTargets on a segment that is not big",
    {
      given: { instructions: [{ kind: "removeBigSegmentIncludedTargets", values: ["k"] }] },
      want: notBig("removeBigSegmentIncludedTargets"),
    },
  ],
  [
    "removeBigSegmentExcludedTargets on a segment that is not big",
    {
      given: { instructions: [{ kind: "removeBigSegmentExcludedTargets", values: ["k"] }] },
      want: notBig("removeBigSegmentExcludedTargets"),
    },
  ],
  [
    "processBigSegmentImport on a segment that is not big",
    { given: { instructions: [{ kind: "processBigSegmentImport", importId: "imp" }] }, want: notBig("processBigSegmentImport") },
  ],
  [
    "addBigSegmentExcludedTargets of a key included earlier in the patch",
    {
      given: {
        segment: bigFixture(),
        instructions: [
          { kind: "addBigSegmentIncludedTargets", values: ["k1", "k2"] },
          { kind: "addBigSegmentExcludedTargets", values: ["k2"] },
        ],
      },
      want: {
        kind: "addBigSegmentExcludedTargets",
        field: "instructions[1].values[0]",
        rule: 'must not be both included and excluded: "k2" is already included (big segment "big")',
        index: 1,
      },
    },
  ],
];
