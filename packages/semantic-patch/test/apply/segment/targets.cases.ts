import { bigFixture, fixture } from "../support.js";
import type { AppliesCase, RejectsCase } from "./table.js";

export const applies: AppliesCase[] = [
  [
    "addIncludedTargets adds org keys to the org entry, once",
    {
      given: { instructions: [{ kind: "addIncludedTargets", contextKind: "org", values: ["o2", "o1", "o3"] }] },
      want: { includedContexts: [{ contextKind: "org", values: ["o1", "o2", "o3"] }] },
    },
  ],
  [
    "addIncludedTargets of a new context kind adds an entry",
    {
      given: { instructions: [{ kind: "addIncludedTargets", contextKind: "device", values: ["d1"] }] },
      want: {
        includedContexts: [
          { contextKind: "org", values: ["o1"] },
          { contextKind: "device", values: ["d1"] },
        ],
      },
    },
  ],
  [
    "addIncludedTargets of context kind user writes the user list",
    {
      given: { instructions: [{ kind: "addIncludedTargets", contextKind: "user", values: ["u3", "u1"] }] },
      want: { included: ["u1", "u2", "u3"], includedContexts: [{ contextKind: "org", values: ["o1"] }] },
    },
  ],
  [
    "addIncludedTargets creates the lists a segment lacks",
    {
      given: {
        segment: fixture({ included: undefined, includedContexts: undefined }),
        instructions: [
          { kind: "addIncludedTargets", contextKind: "org", values: ["o2"] },
          { kind: "addIncludedTargets", contextKind: "user", values: ["u3"] },
        ],
      },
      want: { included: ["u3"], includedContexts: [{ contextKind: "org", values: ["o2"] }] },
    },
  ],
  [
    "addExcludedTargets adds org keys to the excluded entry",
    {
      given: { instructions: [{ kind: "addExcludedTargets", contextKind: "org", values: ["o8"] }] },
      want: { excludedContexts: [{ contextKind: "org", values: ["o9", "o8"] }] },
    },
  ],
  [
    "the same key may be included for one context kind and excluded for another",
    {
      given: { instructions: [{ kind: "addExcludedTargets", contextKind: "device", values: ["o1"] }] },
      want: {
        excludedContexts: [
          { contextKind: "org", values: ["o9"] },
          { contextKind: "device", values: ["o1"] },
        ],
      },
    },
  ],
  [
    "removeIncludedTargets removes keys and drops an entry left empty",
    {
      given: { instructions: [{ kind: "removeIncludedTargets", contextKind: "org", values: ["o1", "missing"] }] },
      want: { includedContexts: [] },
    },
  ],
  [
    "removeIncludedTargets of a key that is not there changes nothing",
    {
      given: { instructions: [{ kind: "removeIncludedTargets", contextKind: "org", values: ["missing"] }] },
      want: { includedContexts: [{ contextKind: "org", values: ["o1"] }], included: ["u1", "u2"] },
    },
  ],
  [
    "removeExcludedTargets of context kind user removes from the user list",
    { given: { instructions: [{ kind: "removeExcludedTargets", contextKind: "user", values: ["u9"] }] }, want: { excluded: [] } },
  ],
  [
    "moving a key: remove from excluded, then add to included",
    {
      given: {
        instructions: [
          { kind: "removeExcludedTargets", contextKind: "org", values: ["o9"] },
          { kind: "addIncludedTargets", contextKind: "org", values: ["o9"] },
        ],
      },
      want: { includedContexts: [{ contextKind: "org", values: ["o1", "o9"] }], excludedContexts: [] },
    },
  ],
  [
    "addIncludedUsers adds user keys",
    { given: { instructions: [{ kind: "addIncludedUsers", values: ["u3", "u2"] }] }, want: { included: ["u1", "u2", "u3"] } },
  ],
  [
    "addExcludedUsers adds user keys",
    { given: { instructions: [{ kind: "addExcludedUsers", values: ["u8"] }] }, want: { excluded: ["u9", "u8"] } },
  ],
  [
    "removeIncludedUsers removes user keys, ignoring missing ones",
    { given: { instructions: [{ kind: "removeIncludedUsers", values: ["u1", "zz"] }] }, want: { included: ["u2"] } },
  ],
  [
    "removeExcludedUsers removes user keys",
    { given: { instructions: [{ kind: "removeExcludedUsers", values: ["u9"] }] }, want: { excluded: [] } },
  ],
  [
    "user keys kept in a user entry of includedContexts count as included",
    {
      given: {
        segment: fixture({ included: [], includedContexts: [{ contextKind: "user", values: ["u5"] }] }),
        instructions: [{ kind: "removeIncludedUsers", values: ["u5"] }],
      },
      want: { included: [], includedContexts: [] },
    },
  ],
  [
    "a user key already in a user entry of includedContexts is not added again",
    {
      given: {
        segment: fixture({ included: ["u1"], includedContexts: [{ contextKind: "user", values: ["u5"] }] }),
        instructions: [{ kind: "addIncludedUsers", values: ["u5", "u6"] }],
      },
      want: { included: ["u1", "u6"], includedContexts: [{ contextKind: "user", values: ["u5"] }] },
    },
  ],
  [
    "an entry without contextKind counts as kind user",
    {
      given: {
        segment: fixture({ included: [], includedContexts: [{ values: ["u5"] }] }),
        instructions: [{ kind: "removeIncludedTargets", contextKind: "user", values: ["u5"] }],
      },
      want: { included: [], includedContexts: [] },
    },
  ],
  [
    "addIncludedTargets fills an entry without values",
    {
      given: {
        segment: fixture({ includedContexts: [{ contextKind: "org" }] }),
        instructions: [{ kind: "addIncludedTargets", contextKind: "org", values: ["o2"] }],
      },
      want: { includedContexts: [{ contextKind: "org", values: ["o2"] }] },
    },
  ],
  [
    "removeIncludedTargets removes only the keys of its context kind and keeps the rest of the entry",
    {
      given: {
        segment: fixture({
          includedContexts: [
            { contextKind: "org", values: ["o1", "o2", "k"] },
            { contextKind: "device", values: ["k"] },
            { contextKind: "app", values: [] },
          ],
        }),
        instructions: [{ kind: "removeIncludedTargets", contextKind: "org", values: ["o1", "k"] }],
      },
      want: {
        includedContexts: [
          { contextKind: "org", values: ["o2"] },
          { contextKind: "device", values: ["k"] },
          { contextKind: "app", values: [] },
        ],
      },
    },
  ],
  [
    "removeIncludedTargets of a key held only by another context kind changes nothing",
    {
      given: {
        segment: fixture({
          includedContexts: [
            { contextKind: "org", values: [] },
            { contextKind: "device", values: ["k"] },
          ],
        }),
        instructions: [{ kind: "removeIncludedTargets", contextKind: "org", values: ["k"] }],
      },
      want: {
        includedContexts: [
          { contextKind: "org", values: [] },
          { contextKind: "device", values: ["k"] },
        ],
      },
    },
  ],
  [
    "removeIncludedTargets of another context kind leaves the user list alone",
    {
      given: { instructions: [{ kind: "removeIncludedTargets", contextKind: "org", values: ["u1"] }] },
      want: { included: ["u1", "u2"], includedContexts: [{ contextKind: "org", values: ["o1"] }] },
    },
  ],
  [
    "removing targets from a segment without target lists changes nothing",
    {
      given: {
        segment: fixture({ included: undefined, includedContexts: undefined }),
        instructions: [
          { kind: "removeIncludedTargets", contextKind: "user", values: ["u1"] },
          { kind: "removeIncludedTargets", contextKind: "org", values: ["o1"] },
        ],
      },
      want: { included: undefined, includedContexts: undefined },
    },
  ],
];

export const rejects: RejectsCase[] = [
  [
    "addIncludedUsers of a user held by a user entry of excludedContexts",
    {
      given: {
        segment: fixture({ excludedContexts: [{ contextKind: "user", values: ["u7"] }] }),
        instructions: [{ kind: "addIncludedUsers", values: ["u7"] }],
      },
      want: {
        kind: "addIncludedUsers",
        field: "instructions[0].values[0]",
        rule: '"u7" is already excluded (contextKind "user")',
        index: 0,
      },
    },
  ],
  [
    "addIncludedTargets of an excluded key",
    {
      given: { instructions: [{ kind: "addIncludedTargets", contextKind: "org", values: ["o2", "o9"] }] },
      want: {
        kind: "addIncludedTargets",
        field: "instructions[0].values[1]",
        rule: 'must not be both included and excluded: "o9" is already excluded (contextKind "org")',
        index: 0,
      },
    },
  ],
  [
    "addExcludedTargets of an included key",
    {
      given: { instructions: [{ kind: "addExcludedTargets", contextKind: "org", values: ["o1"] }] },
      want: { kind: "addExcludedTargets", field: "instructions[0].values[0]", rule: '"o1" is already included', index: 0 },
    },
  ],
  [
    "addIncludedUsers of an excluded user",
    {
      given: {
        instructions: [
          { kind: "addTags", values: ["x"] },
          { kind: "addIncludedUsers", values: ["u9"] },
        ],
      },
      want: {
        kind: "addIncludedUsers",
        field: "instructions[1].values[0]",
        rule: '"u9" is already excluded (contextKind "user")',
        index: 1,
      },
    },
  ],
  [
    "addExcludedUsers of a user included through addIncludedTargets (contextKind user) earlier in the patch",
    {
      given: {
        instructions: [
          { kind: "addIncludedTargets", contextKind: "user", values: ["u7"] },
          { kind: "addExcludedUsers", values: ["u7"] },
        ],
      },
      want: { kind: "addExcludedUsers", field: "instructions[1].values[0]", rule: "already included", index: 1 },
    },
  ],
  [
    "addIncludedTargets on a big segment",
    {
      given: { segment: bigFixture(), instructions: [{ kind: "addIncludedTargets", contextKind: "user", values: ["u1"] }] },
      want: { kind: "addIncludedTargets", field: "instructions[0]", rule: "use addBigSegmentIncludedTargets", index: 0 },
    },
  ],
  [
    "addExcludedTargets on a big segment",
    {
      given: { segment: bigFixture(), instructions: [{ kind: "addExcludedTargets", contextKind: "user", values: ["u1"] }] },
      want: { kind: "addExcludedTargets", field: "instructions[0]", rule: "use addBigSegmentExcludedTargets", index: 0 },
    },
  ],
  [
    "removeIncludedTargets on a big segment",
    {
      given: { segment: bigFixture(), instructions: [{ kind: "removeIncludedTargets", contextKind: "user", values: ["u1"] }] },
      want: {
        kind: "removeIncludedTargets",
        field: "instructions[0]",
        rule: "is unbounded); use removeBigSegmentIncludedTargets",
        index: 0,
      },
    },
  ],
  [
    "removeExcludedTargets on a big segment",
    {
      given: { segment: bigFixture(), instructions: [{ kind: "removeExcludedTargets", contextKind: "user", values: ["u1"] }] },
      want: {
        kind: "removeExcludedTargets",
        field: "instructions[0]",
        rule: "is unbounded); use removeBigSegmentExcludedTargets",
        index: 0,
      },
    },
  ],
  [
    "addIncludedUsers on a big segment",
    {
      given: { segment: bigFixture(), instructions: [{ kind: "addIncludedUsers", values: ["u1"] }] },
      want: { kind: "addIncludedUsers", field: "instructions[0]", rule: "is unbounded); use addBigSegmentIncludedTargets", index: 0 },
    },
  ],
  [
    "addExcludedUsers on a big segment",
    {
      given: { segment: bigFixture(), instructions: [{ kind: "addExcludedUsers", values: ["u1"] }] },
      want: { kind: "addExcludedUsers", field: "instructions[0]", rule: "is unbounded); use addBigSegmentExcludedTargets", index: 0 },
    },
  ],
  [
    "removeIncludedUsers on a big segment",
    {
      given: { segment: bigFixture(), instructions: [{ kind: "removeIncludedUsers", values: ["u1"] }] },
      want: { kind: "removeIncludedUsers", field: "instructions[0]", rule: "is unbounded); use removeBigSegmentIncludedTargets", index: 0 },
    },
  ],
  [
    "removeExcludedUsers on a big segment",
    {
      given: { segment: bigFixture(), instructions: [{ kind: "removeExcludedUsers", values: ["u1"] }] },
      want: { kind: "removeExcludedUsers", field: "instructions[0]", rule: "is unbounded); use removeBigSegmentExcludedTargets", index: 0 },
    },
  ],
];
