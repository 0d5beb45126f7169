/**
 * Segment membership throughput: `@ldkit/evaluator`'s `evaluateSegment` against LaunchDarkly's own
 * evaluator, the Node SDK's `variationDetail` (9.13.7, offline through `integrations.TestData`, a
 * wrapper flag per segment whose only rule is `segmentMatch` of it), on the same segments and
 * contexts in one run (issue #13: goal ≥ 3×). An honest note: the SDK path is a whole flag
 * evaluation — its `segmentMatch` rule, the flag's variation, the async call and its bookkeeping —
 * because the SDK has no way to evaluate a segment on its own; that is exactly what a caller who
 * wants membership from the SDK pays.
 *
 * The segments mix what real ones hold: target lists of several kinds, rules with string, numeric,
 * date and semver clauses, a 30% rule (with salt), and a `segmentMatch` of another segment. Every
 * result is checked to agree with the SDK's before anything is timed. Rounds alternate the order of
 * the two contenders; medians.
 *
 *   tsx src/main.ts --only=evaluate          # this figure only
 */
import * as ld from "@launchdarkly/node-server-sdk";
import { evaluateSegment, type EvaluationContext, type SegmentInput } from "@ldkit/evaluator";
import { fmtInt, fmtRatio, rotate, summarize, type Summary } from "./util.js";

/** The figure. */
export interface EvaluateResult {
  segments: number;
  contexts: number;
  /** Evaluations per round, per contender. */
  evaluations: number;
  /** Nanoseconds per evaluation, per round. */
  evaluatorNs: Summary;
  sdkNs: Summary;
  /** SDK time ÷ evaluateSegment time: how many times the evaluator's throughput. */
  ratio: number;
  goal: number;
  met: boolean;
}

const clause = (attribute: string, op: string, values: unknown[], contextKind = "user") => ({
  contextKind,
  attribute,
  op,
  values,
  negate: false,
});

const employees: SegmentInput = {
  key: "employees",
  salt: "employees-salt",
  includedContexts: [{ contextKind: "org", values: ["org-ldkit"] }],
  rules: [{ _id: "staff", clauses: [clause("email", "endsWith", ["@ldkit.dev"])] }],
};

const SEGMENTS: SegmentInput[] = [
  employees,
  {
    key: "beta",
    salt: "beta-salt",
    included: Array.from({ length: 200 }, (_, i) => `user-${i * 7}`),
    excluded: ["user-14"],
    includedContexts: [{ contextKind: "org", values: Array.from({ length: 50 }, (_, i) => `org-${i * 3}`) }],
    rules: [
      { _id: "edu", clauses: [clause("email", "endsWith", [".edu", ".ac.uk"])] },
      { _id: "pro", clauses: [clause("plan", "in", ["pro", "enterprise"], "org"), clause("seats", "greaterThanOrEqual", [10], "org")] },
      {
        _id: "mobile",
        clauses: [clause("/app/version", "semVerGreaterThan", ["2.4"], "device"), clause("os", "in", ["ios", "android"], "device")],
      },
      { _id: "staff", clauses: [clause("", "segmentMatch", ["employees"])] },
    ],
  },
  {
    key: "rollout-30",
    salt: "rollout-salt",
    rules: [
      { _id: "recent", clauses: [clause("signedUp", "after", ["2024-01-01T00:00:00Z"])], weight: 30_000 },
      { _id: "country", clauses: [{ ...clause("country", "in", ["fr", "de", "es"]), negate: true }] },
    ],
  },
  {
    key: "power-users",
    salt: "power-salt",
    excludedContexts: [{ contextKind: "user", values: ["user-3"] }],
    rules: [{ _id: "tags", clauses: [clause("tags", "contains", ["power"]), clause("name", "matches", ["^[A-M]"])] }],
  },
];

const PLANS = ["free", "pro", "enterprise"];
const COUNTRIES = ["fr", "us", "de", "jp"];
const NAMES = ["Ada", "Grace", "Linus", "Margaret", "Ken", "Barbara"];

function contextOf(i: number): EvaluationContext {
  const user = {
    key: `user-${i}`,
    email: i % 5 === 0 ? `u${i}@uni.edu` : i % 11 === 0 ? `u${i}@ldkit.dev` : `u${i}@example.com`,
    name: NAMES[i % NAMES.length],
    country: COUNTRIES[i % COUNTRIES.length],
    signedUp: new Date(Date.UTC(2023, i % 24, 1 + (i % 28))).toISOString(),
    tags: i % 3 === 0 ? ["power", "beta"] : ["beta"],
  };
  if (i % 4 === 0) return { kind: "user", ...user };
  const org = { key: `org-${i % 97}`, plan: PLANS[i % PLANS.length], seats: i % 40 };
  const device = { key: `device-${i}`, os: i % 2 ? "ios" : "web", app: { version: `2.${i % 7}.${i % 3}` } };
  return i % 4 === 1 ? { kind: "multi", user, org } : { kind: "multi", user, org, device };
}

function wrapperFlag(segmentKey: string): Record<string, unknown> {
  return {
    key: `wrap.${segmentKey}`,
    version: 1,
    on: true,
    variations: [true, false],
    fallthrough: { variation: 1 },
    offVariation: 1,
    rules: [{ id: "wrapper", clauses: [{ attribute: "", op: "segmentMatch", values: [segmentKey], negate: false }], variation: 0 }],
    salt: "wrapper",
  };
}

/** The SDK data model: rule `id` where the REST representation has `_id`. */
function sdkSegment(segment: SegmentInput): Record<string, unknown> {
  return { ...segment, version: 1, rules: (segment.rules ?? []).map(({ _id, ...rule }) => ({ ...rule, id: _id })) };
}

/** Measures the figure: `rounds` rounds after `warmup`, each evaluating every (segment, context) pair with each contender. */
export async function measureEvaluate(contextCount: number, rounds: number, warmup = 3): Promise<EvaluateResult> {
  const td = new ld.integrations.TestData();
  for (const segment of SEGMENTS) {
    await td.usePreconfiguredSegment(sdkSegment(segment));
    await td.usePreconfiguredFlag(wrapperFlag(segment.key));
  }
  const silent = { error() {}, warn() {}, info() {}, debug() {} };
  const client = ld.init("sdk-key", { updateProcessor: td.getFactory(), sendEvents: false, logger: silent });
  try {
    await client.waitForInitialization({ timeout: 5 });
    const contexts = Array.from({ length: contextCount }, (_, i) => contextOf(i));
    const options = { segments: Object.fromEntries(SEGMENTS.map((s) => [s.key, s])) };
    const pairs = SEGMENTS.flatMap((segment) => contexts.map((context) => ({ segment, context, flag: `wrap.${segment.key}` })));

    // Both must say the same thing, or the comparison is meaningless.
    let members = 0;
    for (const { segment, context, flag } of pairs) {
      const ours = evaluateSegment(segment, context, options);
      const theirs = await client.variationDetail(flag, context as ld.LDContext, null);
      if (theirs.reason.kind === "ERROR" || ours.match !== theirs.value) {
        throw new Error(
          `evaluateSegment and the SDK disagree on ${segment.key} for ${JSON.stringify(context)}: ${JSON.stringify(ours)} vs ${JSON.stringify(theirs)}`,
        );
      }
      if (ours.match) members += 1;
    }
    if (members === 0 || members === pairs.length) throw new Error("the bench's segments must have members and non-members");

    const contenders = {
      evaluator: async () => {
        let n = 0;
        for (const { segment, context } of pairs) if (evaluateSegment(segment, context, options).match) n += 1;
        return n;
      },
      sdk: async () => {
        let n = 0;
        for (const { context, flag } of pairs)
          if ((await client.variationDetail(flag, context as ld.LDContext, null)).value === true) n += 1;
        return n;
      },
    };
    const ns: Record<keyof typeof contenders, number[]> = { evaluator: [], sdk: [] };
    for (let round = 0; round < warmup + rounds; round++) {
      for (const name of rotate(Object.keys(contenders) as (keyof typeof contenders)[], round)) {
        const t0 = performance.now();
        const n = await contenders[name]();
        const elapsed = performance.now() - t0;
        if (n !== members) throw new Error(`${name} counted ${n} members, expected ${members}`);
        if (round >= warmup) ns[name].push((elapsed * 1e6) / pairs.length);
      }
    }
    const evaluatorNs = summarize(ns.evaluator);
    const sdkNs = summarize(ns.sdk);
    const ratio = sdkNs.median / evaluatorNs.median;
    return {
      segments: SEGMENTS.length,
      contexts: contextCount,
      evaluations: pairs.length,
      evaluatorNs,
      sdkNs,
      ratio,
      goal: 3,
      met: ratio >= 3,
    };
  } finally {
    client.close();
  }
}

/** The figure's table for `results.md`. */
export function renderEvaluate(r: EvaluateResult): string {
  const us = (ns: number) => `${(ns / 1000).toFixed(2)} µs`;
  const perSecond = (ns: number) => fmtInt(Math.round(1e9 / ns));
  return [
    `### Segment membership — \`evaluateSegment\` vs the Node SDK's \`variationDetail\` (${r.segments} segments × ${fmtInt(r.contexts)} contexts, ${r.evaluatorNs.n} rounds)`,
    "",
    "| contender | per evaluation (median, IQR) | evaluations/s |",
    "|---|---:|---:|",
    `| \`evaluateSegment\` (@ldkit/evaluator) | **${us(r.evaluatorNs.median)}** (${us(r.evaluatorNs.p25)}–${us(r.evaluatorNs.p75)}) | ${perSecond(r.evaluatorNs.median)} |`,
    `| \`variationDetail\` of a \`segmentMatch\` wrapper flag (@launchdarkly/node-server-sdk) | ${us(r.sdkNs.median)} (${us(r.sdkNs.p25)}–${us(r.sdkNs.p75)}) | ${perSecond(r.sdkNs.median)} |`,
    "",
    `\`evaluateSegment\` has ${fmtRatio(r.ratio)} the SDK's throughput (goal ≥ ${r.goal}×: ${r.met ? "met" : "**missed**"}); both agreed on all ${fmtInt(r.evaluations)} pairs before timing. ` +
      "Note: the SDK path is a whole flag evaluation (the wrapper flag's rule and variation, an async call) — the SDK cannot evaluate a segment on its own, so that is what membership costs through it.",
  ].join("\n");
}
