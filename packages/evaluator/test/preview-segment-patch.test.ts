import { segment as instruction } from "@ldkit/semantic-patch";
import { applySegmentPatch, PatchApplyError, type Segment, type SegmentPatchBody } from "@ldkit/semantic-patch/apply";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateSegment } from "../src/evaluate-segment.js";
import { previewSegmentPatch } from "../src/preview-segment-patch.js";
import { isError, isUndetermined } from "../src/reason.js";
import { CONTEXT_KEYS, context, KINDS, segment as segmentArbitrary } from "./support/arbitraries.js";

const base: Segment & { salt?: string } = {
  key: "beta",
  name: "Beta",
  tags: [],
  creationDate: 1_700_000_000_000,
  version: 4,
  included: ["u-listed"],
  rules: [
    { _id: "r-edu", clauses: [{ _id: "c1", contextKind: "user", attribute: "email", op: "endsWith", values: [".edu"], negate: false }] },
  ],
};

const people = [
  { kind: "user", key: "u-listed" },
  { kind: "user", key: "u-student", email: "a@uni.edu" },
  { kind: "org", key: "org-acme" },
  { kind: "multi", user: { key: "u-other" }, org: { key: "org-other" } },
] as const;

const fixed = { now: () => 1_800_000_000_000, generateId: () => "new-id" };

describe("previewSegmentPatch", () => {
  it.each<[string, { body: Parameters<typeof previewSegmentPatch>[1]; entering: string[]; leaving: string[] }]>([
    [
      "a semantic patch that adds a target",
      {
        body: { instructions: [instruction.addIncludedTargets({ contextKind: "org", values: ["org-acme"] })] },
        entering: ["org-acme"],
        leaving: [],
      },
    ],
    [
      "a semantic patch that removes a rule",
      { body: { instructions: [instruction.removeRule({ ruleId: "r-edu" })] }, entering: [], leaving: ["u-student"] },
    ],
    [
      "a semantic patch that excludes a listed user and adds a rule",
      {
        body: {
          instructions: [
            instruction.removeIncludedUsers({ values: ["u-listed"] }),
            instruction.addRule({ clauses: [{ contextKind: "org", attribute: "key", op: "in", values: ["org-other"], negate: false }] }),
          ],
        },
        entering: ["u-other"],
        leaving: ["u-listed"],
      },
    ],
    ["a JSON Patch", { body: [{ op: "replace", path: "/included", value: ["u-other"] }], entering: ["u-other"], leaving: ["u-listed"] }],
    [
      "a JSON Patch with a comment",
      { body: { patch: [{ op: "remove", path: "/rules/0" }], comment: "no more students" }, entering: [], leaving: ["u-student"] },
    ],
    ["a JSON merge patch", { body: { excluded: ["u-student"] }, entering: [], leaving: ["u-student"] }],
  ])("%s", (_name, { body, entering, leaving }) => {
    const preview = previewSegmentPatch(base, body, people, fixed);
    const keyOf = (c: (typeof people)[number]) => ("key" in c ? c.key : c.user.key);
    expect(preview.entering.map(keyOf)).toEqual(entering);
    expect(preview.leaving.map(keyOf)).toEqual(leaving);
    expect(preview.undetermined).toEqual([]);
    expect(preview.segment.version).toBe(5);
    expect(preview.contexts).toHaveLength(people.length);
  });

  it("reports each context before and after, with reasons", () => {
    const preview = previewSegmentPatch(
      base,
      { instructions: [instruction.addIncludedTargets({ contextKind: "org", values: ["org-acme"] })] },
      [people[2]],
      fixed,
    );
    expect(preview.contexts).toEqual([
      {
        context: people[2],
        before: { match: false, reason: { kind: "none" } },
        after: { match: true, reason: { kind: "included", contextKind: "org", key: "org-acme" } },
      },
    ]);
  });

  it("puts contexts it cannot decide in undetermined, never in entering or leaving", () => {
    // A 50% rule without clauses, and no salt: only a context without a user part is decided (bucket 0).
    const body = [{ op: "add" as const, path: "/rules/-", value: { clauses: [], weight: 50_000 } }];
    const preview = previewSegmentPatch(base, body, people, fixed);
    expect(preview.entering).toEqual([people[2]]);
    expect(preview.undetermined).toEqual([people[3]]);
    expect(preview.contexts[3]?.after.reason).toMatchObject({ kind: "missingSalt", segmentKey: "beta", ruleIndex: 1 });
    const salted = previewSegmentPatch({ ...base, salt: "s" }, body, people, fixed);
    expect(salted.undetermined).toEqual([]);
  });

  it("updates a big segment's memberships with the patch's target changes", () => {
    const big = { ...base, unbounded: true, generation: 2, included: [], rules: [] };
    const memberships = { "u-listed": { "beta.g2": true } };
    const preview = previewSegmentPatch(
      big,
      {
        instructions: [
          instruction.addBigSegmentIncludedTargets({ values: ["u-student"] }),
          instruction.removeBigSegmentIncludedTargets({ values: ["u-listed"] }),
        ],
      },
      [people[0], people[1]],
      { ...fixed, bigSegmentMembership: memberships },
    );
    expect(preview.entering).toEqual([people[1]]);
    expect(preview.leaving).toEqual([people[0]]);
    expect(preview.effects.map((e) => e.type)).toEqual(["addBigSegmentTargets", "removeBigSegmentTargets"]);
  });

  it("throws the applier's typed error for a patch that cannot apply, and changes nothing", () => {
    const before = JSON.stringify(base);
    expect(() =>
      previewSegmentPatch(base, { instructions: [instruction.removeClauses({ ruleId: "nope", clauseIds: ["c1"] })] }, people, fixed),
    ).toThrow(PatchApplyError);
    expect(JSON.stringify(base)).toBe(before);
  });

  it("agrees with evaluateSegment before and after applySegmentPatch, and partitions the contexts (property)", () => {
    const restSegment: fc.Arbitrary<Segment> = segmentArbitrary.map(
      (s) =>
        ({
          ...s,
          unbounded: false,
          name: s.key,
          tags: [],
          creationDate: 0,
          version: 1,
          rules: (s.rules ?? []).map((rule, i) => ({ ...rule, _id: `r${i}` })),
        }) as unknown as Segment,
    );
    const targets = fc.record({
      contextKind: fc.constantFrom(...KINDS),
      values: fc.uniqueArray(fc.constantFrom(...CONTEXT_KEYS), { minLength: 1, maxLength: 2 }),
    });
    const body: fc.Arbitrary<SegmentPatchBody> = fc.oneof(
      targets.map((t): SegmentPatchBody => ({ instructions: [instruction.addIncludedTargets(t)] })),
      targets.map((t): SegmentPatchBody => ({ instructions: [instruction.removeExcludedTargets(t)] })),
      fc.constant<SegmentPatchBody>([{ op: "replace", path: "/rules", value: [] }]),
      fc.constant<SegmentPatchBody>({ excluded: [...CONTEXT_KEYS] }),
    );
    const contexts = fc.array(
      context.map((c) => c as Record<string, unknown>),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(restSegment, body, contexts, (current, patch, given) => {
        const before = JSON.stringify(current);
        let next: Segment;
        try {
          next = applySegmentPatch(current, patch, fixed);
        } catch (error) {
          // A patch that cannot apply: the preview throws the same typed error.
          expect(() => previewSegmentPatch(current, patch, given, fixed)).toThrow((error as Error).constructor as new () => Error);
          return;
        }
        const preview = previewSegmentPatch(current, patch, given, fixed);
        expect(JSON.stringify(current)).toBe(before);
        expect(preview.segment).toEqual(next);
        const rows = preview.contexts;
        rows.forEach((row, i) => {
          expect(row.context).toBe(given[i]);
          expect(row.before).toEqual(evaluateSegment(current, row.context));
          expect(row.after).toEqual(evaluateSegment(next, row.context));
        });
        const decided = (row: (typeof rows)[number]) => ![row.before, row.after].some((e) => isError(e.reason) || isUndetermined(e.reason));
        expect(preview.entering).toEqual(rows.filter((r) => decided(r) && !r.before.match && r.after.match).map((r) => r.context));
        expect(preview.leaving).toEqual(rows.filter((r) => decided(r) && r.before.match && !r.after.match).map((r) => r.context));
        expect(preview.undetermined).toEqual(rows.filter((r) => !decided(r)).map((r) => r.context));
      }),
      { numRuns: 300 },
    );
  });
});
