/**
 * Applying a patch offline: `applySegmentPatch` of one `addIncludedTargets` instruction of 1,500 new
 * keys (LaunchDarkly's per-instruction limit) to segments holding 15,000 and 150,000 included keys.
 * The cost must grow linearly with the segment's size or better (issue #13): the applier copies the
 * segment once and checks keys through Sets, so 10× the keys should cost about 10× the time, not
 * more. For contrast, the same additions done the naive way (`Array.prototype.includes` per key
 * against both lists, O(keys × segment)) are timed on the same segments.
 *
 * Each size is measured `samples` times after warm-up, interleaved (15k, 150k, 15k, …); medians.
 *
 *   tsx src/main.ts --only=apply          # this figure only
 */
import { segmentPatch } from "@ldkit/semantic-patch";
import { applySegmentPatch, type Segment } from "@ldkit/semantic-patch/apply";
import { fmtInt, fmtRatio, summarize, type Summary } from "./util.js";

/** One segment size: the applier's time and the naive contrast's. */
export interface ApplyRow {
  segmentKeys: number;
  addedKeys: number;
  applyMs: Summary;
  naiveMs: Summary;
}

/** The figure: both sizes and the growth of the time from the small to the large one. */
export interface ApplyResult {
  rows: ApplyRow[];
  /** applyMs(large) ÷ applyMs(small). */
  growth: number;
  /** large ÷ small segment size (10). */
  sizeRatio: number;
  /** Linear or better: growth ≤ sizeRatio × 1.25 (a quarter of slack for timer noise and GC). */
  linear: boolean;
}

const ADDED = 1500;

function segmentOf(keys: number): Segment {
  return {
    key: `big-list-${keys}`,
    name: "List segment",
    tags: [],
    creationDate: 1_700_000_000_000,
    version: 1,
    rules: [],
    included: Array.from({ length: keys }, (_, i) => `user-${i}`),
    excluded: Array.from({ length: 100 }, (_, i) => `excluded-${i}`),
  };
}

/** The additions done the naive way, O(added × segment): for contrast only. */
function naiveAdd(segment: Segment, values: readonly string[]): Segment {
  const included = [...(segment.included ?? [])];
  for (const key of values) {
    if ((segment.excluded ?? []).includes(key)) throw new Error(`${key} is excluded`);
    if (!included.includes(key)) included.push(key);
  }
  return { ...segment, included, version: segment.version + 1 };
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Measures the figure: `samples` interleaved runs per size after `warmup` runs. */
export function measureApply(samples: number, warmup = 5): ApplyResult {
  const sizes = [15_000, 150_000];
  const values = Array.from({ length: ADDED }, (_, i) => `new-${i}`);
  const body = segmentPatch("production").addIncludedTargets({ contextKind: "user", values }).build();
  const segments = sizes.map(segmentOf);
  const apply = sizes.map(() => [] as number[]);
  const naive = sizes.map(() => [] as number[]);
  for (let round = 0; round < warmup + samples; round++) {
    segments.forEach((segment, i) => {
      const ms = time(() => {
        const next = applySegmentPatch(segment, body, { now: () => 0 });
        if (next.included?.length !== segment.included!.length + ADDED) throw new Error("applySegmentPatch lost keys");
      });
      if (round >= warmup) apply[i]!.push(ms);
      // The naive contrast is slow on the large segment: a third of the samples suffice.
      if (round >= warmup && round % 3 === 0) naive[i]!.push(time(() => naiveAdd(segment, values)));
    });
  }
  const rows = sizes.map((segmentKeys, i) => ({
    segmentKeys,
    addedKeys: ADDED,
    applyMs: summarize(apply[i]!),
    naiveMs: summarize(naive[i]!),
  }));
  const growth = rows[1]!.applyMs.median / rows[0]!.applyMs.median;
  const sizeRatio = sizes[1]! / sizes[0]!;
  return { rows, growth, sizeRatio, linear: growth <= sizeRatio * 1.25 };
}

const ms = (x: number) => `${x.toFixed(2)} ms`;

/** The figure's table for `results.md`. */
export function applyTable(r: ApplyResult): string[] {
  const out = [
    `#### Applying a patch offline — \`applySegmentPatch\` of \`addIncludedTargets\` (${fmtInt(ADDED)} keys) to list segments`,
    "",
    "| segment included keys | applySegmentPatch (median, IQR) | naive `includes` loop, for contrast | samples |",
    "|---:|---:|---:|---:|",
  ];
  for (const row of r.rows) {
    out.push(
      `| ${fmtInt(row.segmentKeys)} | **${ms(row.applyMs.median)}** (${ms(row.applyMs.p25)}–${ms(row.applyMs.p75)}) | ${ms(row.naiveMs.median)} | ${row.applyMs.n} |`,
    );
  }
  out.push(
    "",
    `Growth from ${fmtInt(r.rows[0]!.segmentKeys)} to ${fmtInt(r.rows[1]!.segmentKeys)} keys (${r.sizeRatio}× the keys): ${fmtRatio(r.growth)} the time — ${r.linear ? "linear or better: met" : "**missed** (worse than linear)"}.`,
  );
  return out;
}

/** The figure's row in the summary table. */
export function applySummaryRow(r: ApplyResult): string[] {
  const [small, large] = r.rows;
  return [
    `offline apply: addIncludedTargets of ${fmtInt(ADDED)} keys to ${fmtInt(small!.segmentKeys)} / ${fmtInt(large!.segmentKeys)} keys`,
    `${ms(small!.applyMs.median)} / ${ms(large!.applyMs.median)} (${fmtRatio(r.growth)} for ${r.sizeRatio}× the keys)`,
    "no offline applier",
    "—",
    `≤ ${r.sizeRatio}× (linear)`,
    r.linear ? "met" : "**missed**",
  ];
}
