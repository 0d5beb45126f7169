import { SemanticPatchError } from "@ldkit/semantic-patch";
import { PatchApplyError, applySegmentPatchWithEffects, type SegmentPatchBody, type SegmentPatchEffect } from "@ldkit/semantic-patch/apply";
import { ApiError, apiErrors } from "../http/api-error.js";
import type { OperationRequest } from "../http/operation-request.js";
import { json } from "../http/responses.js";
import { toRestSegment } from "../representation/segment.js";
import type { Runtime } from "../runtime/runtime.js";
import type { LiveBigTargets } from "../state/store.js";
import type { ImportRecord, SegmentEntry, StoredSegment } from "../state/types.js";
import { commitBigTargetChanges } from "./big-segment-targets.js";

/** A segment's individual target keys per list and context kind (user keys under `user`). */
function targetSet(segment: StoredSegment, list: "included" | "excluded"): Set<string> {
  const out = new Set<string>();
  for (const key of segment[list]) out.add(`user\u0000${key}`);
  for (const t of list === "included" ? segment.includedContexts : segment.excludedContexts)
    for (const key of t.values) out.add(`${t.contextKind}\u0000${key}`);
  return out;
}

/** Expiring targets whose target the patch removed go with it, as in LaunchDarkly. */
function keptExpiring(entry: SegmentEntry, next: StoredSegment) {
  if (entry.expiring.length === 0) return entry.expiring;
  const lists = { included: targetSet(next, "included"), excluded: targetSet(next, "excluded") };
  return entry.expiring.filter((e) => lists[e.targetType].has(`${e.contextKind}\u0000${e.contextKey}`));
}

function importsToProcess(entry: SegmentEntry, effects: readonly SegmentPatchEffect[]): ImportRecord[] {
  return effects.flatMap((effect) => {
    if (effect.type !== "processBigSegmentImport") return [];
    const job = entry.imports.find((i) => i.id === effect.importId);
    if (!job)
      throw apiErrors.badRequest(`instructions[${effect.instructionIndex}].importId: no import "${effect.importId}" on this segment`);
    if (job.status !== "pending_approval") {
      throw apiErrors.badRequest(
        `instructions[${effect.instructionIndex}].importId: import "${effect.importId}" is ${job.status}, not pending_approval`,
      );
    }
    return [job];
  });
}

function bodyOf(req: OperationRequest): SegmentPatchBody {
  const body = req.body as SegmentPatchBody & { environmentKey?: string };
  if (req.mediaType?.includes("semanticpatch") && body.environmentKey !== req.params.environmentKey) {
    throw apiErrors.badRequest(
      `environmentKey "${body.environmentKey}" of the semantic patch does not match the environment of the path ("${req.params.environmentKey}")`,
    );
  }
  return body;
}

/**
 * `patchSegment`: a semantic patch, JSON Patch or merge patch applied through the shared segment
 * engine (`applySegmentPatchWithEffects` of `@ldkit/semantic-patch`), all or nothing. With
 * `dryRun=true` the result is returned and nothing is stored. Big segment instructions change the
 * stored lists; `processBigSegmentImport` releases an import waiting on approval.
 * @example
 * const app = createApp(runtime, { patchSegment });
 */
export function patchSegment(req: OperationRequest, rt: Runtime): Response {
  const address = { projectKey: req.params.projectKey!, environmentKey: req.params.environmentKey!, segmentKey: req.params.segmentKey! };
  const entry = rt.store.entry(address);
  const body = bodyOf(req);
  const big: LiveBigTargets | undefined = entry.segment.unbounded ? rt.store.bigTargets(address) : undefined;
  let result: { segment: StoredSegment; effects: readonly SegmentPatchEffect[] };
  try {
    result = applySegmentPatchWithEffects<StoredSegment>(entry.segment, body, {
      now: rt.clock.now,
      generateId: rt.random.uuid,
      ...(big ? { bigSegmentTargets: { has: (list: "included" | "excluded", key: string) => big[list].has(key) } } : {}),
    });
  } catch (error) {
    // a failed JSON Patch `test` (typically of /version) is LaunchDarkly's optimistic-locking conflict
    if (error instanceof PatchApplyError && error.kind === "test") throw new ApiError(409, "optimistic_locking_error", error.message);
    if (error instanceof PatchApplyError || error instanceof SemanticPatchError) throw apiErrors.badRequest(error.message);
    throw error;
  }
  const next = result.segment;
  if (next.key !== entry.segment.key) throw apiErrors.badRequest("key is read-only");
  const jobs = importsToProcess(entry, result.effects);
  const preview: SegmentEntry = { ...entry, segment: next };
  if (req.query.dryRun === true) return json(200, toRestSegment(rt.store, address, preview));
  // commit: nothing below can fail
  entry.segment = next;
  entry.expiring = keptExpiring(entry, next);
  const now = rt.clock.now();
  if (big) {
    const changes = result.effects.flatMap((e) =>
      e.type === "processBigSegmentImport" ? [] : [{ list: e.list, add: e.type === "addBigSegmentTargets", keys: e.keys }],
    );
    commitBigTargetChanges(big, changes, now);
  }
  for (const job of jobs) {
    job.status = "in_progress";
    job.statusSince = now;
    rt.wakeAt(now + rt.jobStepMs);
  }
  return json(200, toRestSegment(rt.store, address, entry));
}
