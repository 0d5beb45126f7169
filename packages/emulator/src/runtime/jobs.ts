import type { LiveBigTargets } from "../state/store.js";
import type { ExportRecord, ImportRecord } from "../state/types.js";

/**
 * Applies a completed import's keys to a big segment's lists: `merge` adds them to `included`,
 * `replace` makes them the whole `included` list; either way they leave `excluded`.
 * @example
 * applyImport(targets, { mode: "merge", keys: ["u-1"] } as ImportRecord, Date.now());
 */
export function applyImport(targets: LiveBigTargets, job: Pick<ImportRecord, "mode" | "keys">, now: number): void {
  if (job.mode === "replace") targets.included = new Set(job.keys);
  else for (const key of job.keys) targets.included.add(key);
  for (const key of job.keys) targets.excluded.delete(key);
  targets.version++;
  targets.lastModified = now;
}

/**
 * Moves an import forward as far as the clock allows: `preparing` → (`pending_approval` when it
 * waits on approvals, until `processBigSegmentImport`) → `in_progress` → `complete`, each step
 * `stepMs` long. `onComplete` runs once, when it reaches `complete`. Returns when the next step is
 * due (`Infinity` when none is).
 * @example
 * const next = advanceImport(job, clock.now(), 300, () => applyImport(targets, job, clock.now()));
 */
export function advanceImport(job: ImportRecord, now: number, stepMs: number, onComplete: () => void): number {
  for (;;) {
    if (job.status === "preparing") {
      if (now < job.statusSince + stepMs) return job.statusSince + stepMs;
      job.status = job.waitOnApprovals ? "pending_approval" : "in_progress";
      job.statusSince += stepMs;
    } else if (job.status === "in_progress") {
      if (now < job.statusSince + stepMs) return job.statusSince + stepMs;
      job.status = "complete";
      job.statusSince += stepMs;
      onComplete();
    } else {
      return Infinity;
    }
  }
}

/**
 * Moves an export forward: `preparing` → `in_progress` → `complete` (then `makeCsv` is taken as the
 * file). Returns when the next step is due.
 * @example
 * const next = advanceExport(job, clock.now(), 300, () => "key\nu-1\n");
 */
export function advanceExport(job: ExportRecord, now: number, stepMs: number, makeCsv: () => string): number {
  for (;;) {
    if (job.status === "complete") return Infinity;
    if (now < job.statusSince + stepMs) return job.statusSince + stepMs;
    job.statusSince += stepMs;
    if (job.status === "preparing") job.status = "in_progress";
    else {
      job.status = "complete";
      job.csv = makeCsv();
    }
  }
}
