import { describe, expect, it } from "vitest";
import { evaluateSegment } from "../src/evaluate-segment.js";
import type { EvaluateSegmentOptions } from "../src/options.js";
import type { SegmentEvaluation } from "../src/reason.js";
import type { ClauseInput, SegmentInput } from "../src/segment.js";

const clause = (c: Partial<ClauseInput> & Pick<ClauseInput, "op" | "values">): ClauseInput => ({ negate: false, ...c });
const ruleOf = (...clauses: ClauseInput[]) => ({ _id: "r1", clauses });
const email = clause({ contextKind: "user", attribute: "email", op: "endsWith", values: ["@example.com"] });

type Case = [
  string,
  { segment: SegmentInput; context: Record<string, unknown>; options?: EvaluateSegmentOptions; want: SegmentEvaluation },
];

const targets: Case[] = [
  [
    "legacy included list (kind user)",
    {
      segment: { key: "s", included: ["u1"] },
      context: { kind: "user", key: "u1" },
      want: { match: true, reason: { kind: "included", contextKind: "user", key: "u1" } },
    },
  ],
  [
    "includedContexts of another kind, in a multi-kind context",
    {
      segment: { key: "s", includedContexts: [{ contextKind: "org", values: ["o1"] }] },
      context: { kind: "multi", user: { key: "u1" }, org: { key: "o1" } },
      want: { match: true, reason: { kind: "included", contextKind: "org", key: "o1" } },
    },
  ],
  [
    "a key of the wrong kind is not a target",
    {
      segment: { key: "s", includedContexts: [{ contextKind: "org", values: ["u1"] }] },
      context: { kind: "user", key: "u1" },
      want: { match: false, reason: { kind: "none" } },
    },
  ],
  [
    "include wins over exclude",
    {
      segment: { key: "s", included: ["u1"], excludedContexts: [{ contextKind: "user", values: ["u1"] }] },
      context: { kind: "user", key: "u1" },
      want: { match: true, reason: { kind: "included", contextKind: "user", key: "u1" } },
    },
  ],
  [
    "exclude wins over rules",
    {
      segment: { key: "s", excluded: ["u1"], rules: [ruleOf(email)] },
      context: { kind: "user", key: "u1", email: "a@example.com" },
      want: { match: false, reason: { kind: "excluded", contextKind: "user", key: "u1" } },
    },
  ],
  [
    "a legacy user (no kind) is kind user",
    {
      segment: { key: "s", included: ["7"] },
      context: { key: 7 },
      want: { match: true, reason: { kind: "included", contextKind: "user", key: "7" } },
    },
  ],
];

const rules: Case[] = [
  [
    "the first matching rule, with its _id",
    {
      segment: { key: "s", rules: [ruleOf(clause({ attribute: "plan", op: "in", values: ["free"] })), { _id: "r2", clauses: [email] }] },
      context: { kind: "user", key: "u", email: "a@example.com" },
      want: { match: true, reason: { kind: "rule", ruleIndex: 1, ruleId: "r2" } },
    },
  ],
  [
    "clauses are ANDed",
    {
      segment: { key: "s", rules: [ruleOf(email, clause({ attribute: "plan", op: "in", values: ["pro"] }))] },
      context: { kind: "user", key: "u", email: "a@example.com", plan: "free" },
      want: { match: false, reason: { kind: "none" } },
    },
  ],
  [
    "a rule without clauses matches everyone",
    {
      segment: { key: "s", rules: [{ _id: "all", clauses: [] }] },
      context: { kind: "org", key: "o" },
      want: { match: true, reason: { kind: "rule", ruleIndex: 0, ruleId: "all" } },
    },
  ],
  [
    "negate inverts a clause",
    {
      segment: { key: "s", rules: [ruleOf({ ...email, negate: true })] },
      context: { kind: "user", key: "u", email: "a@other.org" },
      want: { match: true, reason: { kind: "rule", ruleIndex: 0, ruleId: "r1" } },
    },
  ],
  [
    "negate does not apply to a missing attribute",
    {
      segment: { key: "s", rules: [ruleOf({ ...email, negate: true })] },
      context: { kind: "user", key: "u" },
      want: { match: false, reason: { kind: "none" } },
    },
  ],
  [
    "an array attribute matches when any element does",
    {
      segment: { key: "s", rules: [ruleOf(clause({ attribute: "tags", op: "in", values: ["beta"] }))] },
      context: { kind: "user", key: "u", tags: ["alpha", "beta"] },
      want: { match: true, reason: { kind: "rule", ruleIndex: 0, ruleId: "r1" } },
    },
  ],
  [
    "attribute kind is the context's kinds",
    {
      segment: { key: "s", rules: [ruleOf(clause({ contextKind: "user", attribute: "kind", op: "in", values: ["org"] }))] },
      context: { kind: "multi", user: { key: "u" }, org: { key: "o" } },
      want: { match: true, reason: { kind: "rule", ruleIndex: 0, ruleId: "r1" } },
    },
  ],
  [
    "a reference /a/b reads a nested attribute when the clause has a contextKind",
    {
      segment: { key: "s", rules: [ruleOf(clause({ contextKind: "org", attribute: "/address/city", op: "in", values: ["Lyon"] }))] },
      context: { kind: "org", key: "o", address: { city: "Lyon" } },
      want: { match: true, reason: { kind: "rule", ruleIndex: 0, ruleId: "r1" } },
    },
  ],
  [
    "without a contextKind, the attribute is a literal name",
    {
      segment: { key: "s", rules: [ruleOf(clause({ attribute: "/address/city", op: "in", values: ["Lyon"] }))] },
      context: { kind: "user", key: "u", "/address/city": "Lyon", address: { city: "Paris" } },
      want: { match: true, reason: { kind: "rule", ruleIndex: 0, ruleId: "r1" } },
    },
  ],
  [
    "a type mismatch is a non-match",
    {
      segment: { key: "s", rules: [ruleOf(clause({ attribute: "age", op: "greaterThan", values: [18] }))] },
      context: { kind: "user", key: "u", age: "30" },
      want: { match: false, reason: { kind: "none" } },
    },
  ],
  [
    "a semantic version with minor and patch missing",
    {
      segment: { key: "s", rules: [ruleOf(clause({ attribute: "version", op: "semVerEqual", values: ["2"] }))] },
      context: { kind: "user", key: "u", version: "2.0.0" },
      want: { match: true, reason: { kind: "rule", ruleIndex: 0, ruleId: "r1" } },
    },
  ],
  [
    "an invalid regular expression is a non-match",
    {
      segment: { key: "s", rules: [ruleOf(clause({ attribute: "name", op: "matches", values: ["["] }))] },
      context: { kind: "user", key: "u", name: "[" },
      want: { match: false, reason: { kind: "none" } },
    },
  ],
];

const salted = (weight: number, extra: Partial<SegmentInput> = {}): SegmentInput => ({
  key: "hashKey",
  salt: "saltyA",
  rules: [{ _id: "w", clauses: [], weight }],
  ...extra,
});

const bucketing: Case[] = [
  // LaunchDarkly's published bucket of "userKeyA" for key "hashKey" and salt "saltyA" is 0.42157587.
  [
    "in the bucket: 0.4216 < 0.43",
    {
      segment: salted(43_000),
      context: { kind: "user", key: "userKeyA" },
      want: { match: true, reason: { kind: "rule", ruleIndex: 0, ruleId: "w" } },
    },
  ],
  [
    "out of the bucket: 0.4216 ≥ 0.42",
    { segment: salted(42_000), context: { kind: "user", key: "userKeyA" }, want: { match: false, reason: { kind: "none" } } },
  ],
  [
    "no context of the rollout kind: bucket 0, included when weight > 0",
    {
      segment: salted(1, { rules: [{ _id: "w", clauses: [], weight: 1, rolloutContextKind: "org" }] }),
      context: { kind: "user", key: "userKeyA" },
      want: { match: true, reason: { kind: "rule", ruleIndex: 0, ruleId: "w" } },
    },
  ],
  [
    "bucketBy a non-integer number: bucket 0",
    {
      segment: salted(1, { rules: [{ _id: "w", clauses: [], weight: 1, bucketBy: "score" }] }),
      context: { kind: "user", key: "u", score: 1.5 },
      want: { match: true, reason: { kind: "rule", ruleIndex: 0, ruleId: "w" } },
    },
  ],
  [
    "without salt: undetermined, never a guess",
    {
      segment: { key: "s", rules: [{ _id: "w", clauses: [], weight: 50_000 }] },
      context: { kind: "user", key: "u" },
      want: {
        match: false,
        reason: { kind: "missingSalt", segmentKey: "s", ruleIndex: 0, message: expect.stringContaining("salt") as unknown as string },
      },
    },
  ],
  [
    "without salt, a weight of exactly 100% is undetermined (the bucket can be 1.0 in the SDK's arithmetic)",
    {
      segment: { key: "s", rules: [{ _id: "w", clauses: [], weight: 100_000 }] },
      context: { kind: "user", key: "u" },
      want: {
        match: false,
        reason: { kind: "missingSalt", segmentKey: "s", ruleIndex: 0, message: expect.stringContaining("100%") as unknown as string },
      },
    },
  ],
  [
    "without salt, a weight of 0 is decided",
    {
      segment: { key: "s", rules: [{ _id: "w", clauses: [], weight: 0 }] },
      context: { kind: "user", key: "u" },
      want: { match: false, reason: { kind: "none" } },
    },
  ],
  [
    "without salt, a weight above 100% is decided",
    {
      segment: { key: "s", rules: [{ _id: "w", clauses: [], weight: 100_001 }] },
      context: { kind: "user", key: "u" },
      want: { match: true, reason: { kind: "rule", ruleIndex: 0, ruleId: "w" } },
    },
  ],
  [
    "without salt, a later rule that matches decides",
    {
      segment: {
        key: "s",
        rules: [
          { _id: "w", clauses: [], weight: 50_000 },
          { _id: "all", clauses: [] },
        ],
      },
      context: { kind: "user", key: "u" },
      want: { match: true, reason: { kind: "rule", ruleIndex: 1, ruleId: "all" } },
    },
  ],
  [
    "an invalid bucketBy reference is an error",
    {
      segment: salted(50_000, { rules: [{ _id: "w", clauses: [], weight: 50_000, bucketBy: "/", rolloutContextKind: "user" }] }),
      context: { kind: "user", key: "u" },
      want: {
        match: false,
        reason: {
          kind: "malformedSegment",
          segmentKey: "hashKey",
          field: "rules[0].bucketBy",
          message: "rules[0].bucketBy is not a valid attribute reference",
        },
      },
    },
  ],
];

const inner: SegmentInput = { key: "inner", included: ["u"] };
const matchOf = (...keys: string[]) => ({ key: "outer", rules: [ruleOf(clause({ attribute: "", op: "segmentMatch", values: keys }))] });

const nested: Case[] = [
  [
    "segmentMatch of a given segment",
    {
      segment: matchOf("inner"),
      context: { kind: "user", key: "u" },
      options: { segments: { inner } },
      want: { match: true, reason: { kind: "rule", ruleIndex: 0, ruleId: "r1" } },
    },
  ],
  [
    "segmentMatch through a lookup function",
    {
      segment: matchOf("inner"),
      context: { kind: "user", key: "u" },
      options: { segments: (key) => (key === "inner" ? inner : undefined) },
      want: { match: true, reason: { kind: "rule", ruleIndex: 0, ruleId: "r1" } },
    },
  ],
  [
    "a segment not given is undetermined",
    {
      segment: matchOf("inner"),
      context: { kind: "user", key: "u" },
      want: {
        match: false,
        reason: {
          kind: "segmentNotFound",
          segmentKey: "inner",
          referencedBy: "outer",
          message: expect.stringContaining("options.segments") as unknown as string,
        },
      },
    },
  ],
  [
    "a segment not given matches nobody with missingSegments: noMatch",
    {
      segment: matchOf("inner"),
      context: { kind: "user", key: "u" },
      options: { missingSegments: "noMatch" },
      want: { match: false, reason: { kind: "none" } },
    },
  ],
  [
    "a missing segment after one that matches does not matter",
    {
      segment: matchOf("inner", "gone"),
      context: { kind: "user", key: "u" },
      options: { segments: { inner } },
      want: { match: true, reason: { kind: "rule", ruleIndex: 0, ruleId: "r1" } },
    },
  ],
  [
    "a circular reference is an error, never a match",
    {
      segment: { ...matchOf("b"), key: "a" },
      context: { kind: "user", key: "u" },
      options: { segments: { b: { ...matchOf("a"), key: "b" } } },
      want: {
        match: false,
        reason: {
          kind: "circularReference",
          segmentKey: "a",
          path: ["a", "b", "a"],
          message: "circular segmentMatch reference: a → b → a",
        },
      },
    },
  ],
  [
    "a deleted segment has no members",
    {
      segment: matchOf("inner"),
      context: { kind: "user", key: "u" },
      options: { segments: { inner: { ...inner, deleted: true } } },
      want: { match: false, reason: { kind: "none" } },
    },
  ],
];

const big = (extra: Partial<SegmentInput> = {}): SegmentInput => ({
  key: "big",
  unbounded: true,
  generation: 3,
  included: ["u"],
  rules: [],
  ...extra,
});

const bigSegments: Case[] = [
  [
    "included by its membership record",
    {
      segment: big(),
      context: { kind: "user", key: "u" },
      options: { bigSegmentMembership: { u: { "big.g3": true } } },
      want: { match: true, reason: { kind: "bigSegment", segmentRef: "big.g3", contextKind: "user", key: "u", included: true } },
    },
  ],
  [
    "excluded by its membership record (a function source)",
    {
      segment: big({ rules: [{ _id: "all", clauses: [] }] }),
      context: { kind: "user", key: "u" },
      options: { bigSegmentMembership: () => ({ "big.g3": false }) },
      want: { match: false, reason: { kind: "bigSegment", segmentRef: "big.g3", contextKind: "user", key: "u", included: false } },
    },
  ],
  [
    "not listed: the rules decide, the target lists are ignored",
    {
      segment: big(),
      context: { kind: "user", key: "u" },
      options: { bigSegmentMembership: { u: { "big.g2": true } } },
      want: { match: false, reason: { kind: "none" } },
    },
  ],
  [
    "of another context kind",
    {
      segment: big({ unboundedContextKind: "org" }),
      context: { kind: "multi", user: { key: "u" }, org: { key: "o" } },
      options: { bigSegmentMembership: { o: { "big.g3": true } } },
      want: { match: true, reason: { kind: "bigSegment", segmentRef: "big.g3", contextKind: "org", key: "o", included: true } },
    },
  ],
  [
    "without memberships: undetermined",
    {
      segment: big(),
      context: { kind: "user", key: "u" },
      want: {
        match: false,
        reason: {
          kind: "bigSegmentMembershipUnknown",
          segmentKey: "big",
          segmentRef: "big.g3",
          message: expect.stringContaining("bigSegmentMembership") as unknown as string,
        },
      },
    },
  ],
  [
    "without a generation: not configured",
    {
      segment: big({ generation: 0 }),
      context: { kind: "user", key: "u" },
      options: { bigSegmentMembership: {} },
      want: { match: false, reason: { kind: "bigSegmentNotConfigured", segmentKey: "big" } },
    },
  ],
  [
    "a context without the segment's kind",
    {
      segment: big({ unboundedContextKind: "org" }),
      context: { kind: "user", key: "u" },
      want: { match: false, reason: { kind: "none" } },
    },
  ],
];

const errors: Case[] = [
  [
    "an invalid attribute reference is an error",
    {
      segment: { key: "s", rules: [ruleOf(clause({ contextKind: "user", attribute: "//x", op: "in", values: ["a"] }))] },
      context: { kind: "user", key: "u" },
      want: {
        match: false,
        reason: {
          kind: "malformedSegment",
          segmentKey: "s",
          field: "rules[0].clauses[0].attribute",
          message: 'rules[0].clauses[0].attribute is not a valid attribute reference: "//x"',
        },
      },
    },
  ],
  [
    "an invalid context",
    {
      segment: { key: "s" },
      context: { kind: "user", key: "" },
      want: { match: false, reason: { kind: "invalidContext", message: "The key for the context was not valid" } },
    },
  ],
  [
    "a malformed segment, before anything is evaluated",
    {
      segment: { key: "s", rules: [{ _id: "r", clauses: "email" as never }] },
      context: { kind: "user", key: "u" },
      want: {
        match: false,
        reason: {
          kind: "malformedSegment",
          segmentKey: "s",
          field: "rules[0].clauses",
          message: 'segment "s": rules[0].clauses must be an array',
        },
      },
    },
  ],
  [
    "a deleted segment",
    {
      segment: { key: "s", included: ["u"], deleted: true },
      context: { kind: "user", key: "u" },
      want: { match: false, reason: { kind: "deleted", segmentKey: "s" } },
    },
  ],
];

describe("evaluateSegment", () => {
  for (const [group, cases] of Object.entries({ targets, rules, bucketing, nested, bigSegments, errors })) {
    describe(group, () => {
      it.each(cases)("%s", (_name, { segment, context, options, want }) => {
        expect(evaluateSegment(segment, context, options)).toEqual(want);
      });
    });
  }

  it("an error in a clause before others is an error (the Node SDK lets the next clause overwrite it)", () => {
    const segment = {
      key: "s",
      rules: [
        ruleOf(
          clause({ contextKind: "user", attribute: "/", op: "in", values: ["a"] }),
          clause({ attribute: "key", op: "in", values: ["u"] }),
        ),
      ],
    };
    expect(evaluateSegment(segment, { kind: "user", key: "u" }).reason.kind).toBe("malformedSegment");
  });

  it("a cycle through a big segment is an error (the Node SDK recurses forever)", () => {
    const loop: SegmentInput = {
      key: "loop",
      unbounded: true,
      generation: 1,
      rules: [ruleOf(clause({ attribute: "", op: "segmentMatch", values: ["loop"] }))],
    };
    expect(
      evaluateSegment(loop, { kind: "user", key: "u" }, { segments: { loop }, bigSegmentMembership: () => undefined }).reason,
    ).toMatchObject({ kind: "circularReference", path: ["loop", "loop"] });
  });

  it("never mutates its inputs and returns the same result for the same (cached) segment", () => {
    const segment = { key: "s", included: ["u"], rules: [ruleOf(email)] };
    const context = { kind: "user", key: "v", email: "a@example.com" };
    const before = JSON.stringify([segment, context]);
    const first = evaluateSegment(segment, context);
    expect(evaluateSegment(segment, context)).toEqual(first);
    expect(JSON.stringify([segment, context])).toBe(before);
  });
});
