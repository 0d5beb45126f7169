import { applySegmentPatch } from "@ldkit/semantic-patch/apply";
import type { Store } from "../state/store.js";
import type { EnvironmentState, ExpiringTargetRecord, SegmentEntry } from "../state/types.js";
import { advanceExport, advanceImport, applyImport } from "./jobs.js";
import type { Random } from "./random.js";

/**
 * The CSV of an export: one key per line, the big segment's included keys.
 * @example
 * exportCsv(new Set(["u-1", "u-2"])); // "u-1\nu-2\n"
 */
export function exportCsv(keys: Iterable<string>): string {
  let out = "";
  for (const key of keys) out += /[",\r\n]/.test(key) ? `"${key.replaceAll('"', '""')}"\n` : `${key}\n`;
  return out;
}

/** Removes due expiring targets from a segment through the segment engine (one semantic patch, version + 1). */
function expireSegmentTargets(entry: SegmentEntry, environmentKey: string, now: number, random: Random): number {
  const due = entry.expiring.filter((e) => e.expirationDate <= now);
  let next = Infinity;
  for (const e of entry.expiring) if (e.expirationDate > now) next = Math.min(next, e.expirationDate);
  if (due.length === 0) return next;
  const instructions = due.map((e: ExpiringTargetRecord) => ({
    kind: e.targetType === "included" ? ("removeIncludedTargets" as const) : ("removeExcludedTargets" as const),
    contextKind: e.contextKind,
    values: [e.contextKey],
  }));
  // the time of the expiry, not of the request that noticed it
  const at = Math.max(...due.map((e) => e.expirationDate));
  entry.segment = applySegmentPatch(
    entry.segment,
    { environmentKey, instructions, comment: "expiring targets" },
    { now: () => at, generateId: random.uuid },
  );
  entry.expiring = entry.expiring.filter((e) => e.expirationDate > now);
  return next;
}

function sweepEnvironment(
  store: Store,
  projectKey: string,
  environment: EnvironmentState,
  now: number,
  stepMs: number,
  random: Random,
): number {
  let next = Infinity;
  for (const [segmentKey, entry] of Object.entries(environment.segments)) {
    const address = { projectKey, environmentKey: environment.key, segmentKey };
    if (entry.expiring.length > 0) next = Math.min(next, expireSegmentTargets(entry, environment.key, now, random));
    for (const job of entry.imports) {
      next = Math.min(
        next,
        advanceImport(job, now, stepMs, () => {
          applyImport(store.bigTargets(address), job, job.statusSince);
          job.keys = []; // applied: the segment's lists hold them now
        }),
      );
    }
    for (const job of entry.exports) {
      next = Math.min(
        next,
        advanceExport(job, now, stepMs, () => exportCsv(store.peekBigTargets(address)?.included ?? [])),
      );
    }
  }
  return next;
}

/**
 * Applies everything due at `now`: expiring segment targets and flag user targets are removed,
 * imports and exports step forward. Returns the time of the next due event (`Infinity` if none).
 * @example
 * const nextDue = sweep(store, clock.now(), 300, random);
 */
export function sweep(store: Store, now: number, stepMs: number, random: Random): number {
  let next = Infinity;
  for (const [projectKey, project] of Object.entries(store.state.projects)) {
    for (const environment of Object.values(project.environments)) {
      next = Math.min(next, sweepEnvironment(store, projectKey, environment, now, stepMs, random));
    }
    for (const flag of Object.values(project.flags)) {
      for (const env of Object.values(flag.environments)) {
        if (env.expiring.length === 0) continue;
        for (const e of env.expiring) {
          if (e.expirationDate <= now) {
            if (flag.variations[env.targets[e.userKey] ?? -1]?._id === e.variationId) delete env.targets[e.userKey];
          } else next = Math.min(next, e.expirationDate);
        }
        env.expiring = env.expiring.filter((e) => e.expirationDate > now);
      }
    }
  }
  return next;
}
