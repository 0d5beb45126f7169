/**
 * Differential test: evaluateSegment against LaunchDarkly's own evaluator (the Node SDK 9.13.7) on
 * generated segments and contexts. Every decided outcome (member, not member, error) must agree;
 * undetermined outcomes (a percentage rule without salt) are counted, not compared. Reproduce a
 * failure with the printed seed: `LDKIT_FC_SEED=<seed> npx vitest run test/evaluate-segment.differential.test.ts`.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateSegment } from "../src/evaluate-segment.js";
import { isError, isUndetermined } from "../src/reason.js";
import type { SegmentInput } from "../src/segment.js";
import { clauseSegment, context, memberships, segment, SEGMENT_KEYS, userContext } from "./support/arbitraries.js";
import { startSdkOracle, type SdkOracle, type SdkOutcome } from "./support/launchdarkly-sdk.js";
import { shapeWorld } from "./support/world.js";

const WORLDS = 3_000;
const CONTEXTS_PER_WORLD = 4;
const MIN_COMPARED = 10_000;

const worlds = {
  "segments with targets, rules, nested and big segments": fc.record({
    segments: fc.uniqueArray(segment, { minLength: 1, maxLength: 4, selector: (s) => s.key }).map(shapeWorld),
    contexts: fc.array(context, { minLength: CONTEXTS_PER_WORLD, maxLength: CONTEXTS_PER_WORLD }),
    memberships,
  }),
  "a segment made of others (nested, deleted, missing and circular references)": fc.record({
    segments: fc
      .tuple(
        fc.uniqueArray(segment, { minLength: 2, maxLength: 4, selector: (s) => s.key }),
        fc.subarray([...SEGMENT_KEYS, "missing"], { minLength: 1 }),
        fc.boolean(),
      )
      .map(([segments, keys, negate]) => {
        const [top, ...others] = segments as [SegmentInput, ...SegmentInput[]];
        const nest = { _id: "nest", clauses: [{ attribute: "", op: "segmentMatch", values: keys, negate }] };
        return shapeWorld([{ ...top, deleted: false, rules: [nest, ...(top.rules ?? [])] }, ...others]);
      }),
    contexts: fc.array(context, { minLength: CONTEXTS_PER_WORLD, maxLength: CONTEXTS_PER_WORLD }),
    memberships,
  }),
  "one focused clause per segment (operators, types, bucketing)": fc.record({
    segments: clauseSegment.map((s) => [s]),
    contexts: fc.array(userContext, { minLength: CONTEXTS_PER_WORLD, maxLength: CONTEXTS_PER_WORLD }),
    memberships: fc.constant({}),
  }),
};

function ours(
  segments: readonly SegmentInput[],
  target: SegmentInput,
  ctx: unknown,
  membership: Record<string, Record<string, boolean | null>>,
) {
  const result = evaluateSegment(target, ctx as Record<string, unknown>, {
    segments: Object.fromEntries(segments.map((s) => [s.key, s])),
    missingSegments: "noMatch",
    bigSegmentMembership: membership,
  });
  const outcome: SdkOutcome | "undetermined" = isUndetermined(result.reason)
    ? "undetermined"
    : isError(result.reason)
      ? "error"
      : result.match
        ? "match"
        : "noMatch";
  return { outcome, result };
}

describe("evaluateSegment agrees with LaunchDarkly's Node SDK", () => {
  let sdk: SdkOracle;
  beforeAll(async () => {
    sdk = await startSdkOracle(SEGMENT_KEYS);
  });
  afterAll(() => sdk.close());

  it.each(Object.entries(worlds))(
    `on ${WORLDS * CONTEXTS_PER_WORLD} generated (segment, context) cases: %s`,
    async (_name, world) => {
      const tally = { compared: 0, undetermined: 0, match: 0, noMatch: 0, error: 0 };
      const seed = process.env.LDKIT_FC_SEED ? Number(process.env.LDKIT_FC_SEED) : Date.now() ^ (Math.random() * 0x7fffffff);
      const details = await fc.check(
        fc.asyncProperty(world, async ({ segments, contexts, memberships: membership }) => {
          await sdk.load({ segments, memberships: membership });
          const target = segments[0] as SegmentInput;
          for (const ctx of contexts) {
            const expected = await sdk.evaluate(target.key, ctx);
            const actual = ours(segments, target, ctx, membership);
            if (actual.outcome === "undetermined") {
              tally.undetermined += 1;
              continue;
            }
            if (actual.outcome !== expected) {
              throw new Error(
                `disagreement: SDK ${expected}, evaluateSegment ${JSON.stringify(actual.result)}\ncontext ${JSON.stringify(ctx)}`,
              );
            }
            tally.compared += 1;
            tally[expected] += 1;
          }
        }),
        { numRuns: WORLDS, seed },
      );
      if (details.failed) {
        throw new Error(`${fc.defaultReportMessage(details)}\nreproduce with LDKIT_FC_SEED=${seed}`);
      }
      console.log(`differential: seed ${seed}, ${JSON.stringify(tally)}`);
      expect(tally.compared).toBeGreaterThanOrEqual(MIN_COMPARED);
      // The generators must exercise every outcome, or the agreement proves little.
      expect(tally.match).toBeGreaterThan(500);
      expect(tally.noMatch).toBeGreaterThan(500);
      if (_name.startsWith("segments")) expect(tally.error).toBeGreaterThan(100);
    },
    120_000,
  );

  describe("where evaluateSegment deliberately differs (README, Exactness)", () => {
    const user = { kind: "user", key: "k", name: "a" };
    it.each<[string, { segment: SegmentInput; sdk: SdkOutcome; ours: string }]>([
      [
        "an error in a clause that is not the last one",
        {
          segment: {
            key: "s0",
            rules: [
              {
                _id: "r",
                clauses: [
                  { contextKind: "user", attribute: "/", op: "in", values: ["x"], negate: false },
                  { attribute: "key", op: "in", values: ["k"], negate: false },
                ],
              },
            ],
          },
          sdk: "match",
          ours: "malformedSegment",
        },
      ],
      [
        "an operator named like an Object.prototype method",
        {
          segment: { key: "s0", rules: [{ _id: "r", clauses: [{ attribute: "name", op: "toString", values: ["zzz"], negate: false }] }] },
          sdk: "match",
          ours: "none",
        },
      ],
    ])("%s", async (_name, { segment: given, sdk: expected, ours: kind }) => {
      await sdk.load({ segments: [given], memberships: {} });
      expect(await sdk.evaluate("s0", user)).toBe(expected);
      expect(evaluateSegment(given, user).reason.kind).toBe(kind);
    });
  });
});
