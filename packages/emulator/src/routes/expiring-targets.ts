import {
  SemanticPatchError,
  type SegmentExpiringTargetsSemanticPatch,
  type SegmentExpiringUserTargetsSemanticPatch,
  type UserExpiringFlagsSemanticPatch,
} from "@ldkit/semantic-patch";
import {
  applySegmentExpiringTargetsPatchWithErrors,
  applySegmentExpiringUserTargetsPatchWithErrors,
  applyUserExpiringFlagsPatchWithErrors,
} from "@ldkit/semantic-patch/apply";
import { apiErrors } from "../http/api-error.js";
import type { OperationRequest, RouteTable } from "../http/operation-request.js";
import { json } from "../http/responses.js";
import type { Runtime } from "../runtime/runtime.js";
import type { ExpiringTargetRecord, FlagExpiringUserTarget } from "../state/types.js";
import { segmentAddress } from "./address.js";

const enc = encodeURIComponent;
const USER = "user";

type Failure = { readonly instructionIndex: number; readonly message: string };

function link(href: string) {
  return { self: { href, type: "application/json" } };
}

function patchSummary(total: number, errors: readonly Failure[]) {
  return {
    totalInstructions: total,
    successfulInstructions: total - errors.length,
    failedInstructions: errors.length,
    errors: errors.map((e) => ({ instructionIndex: e.instructionIndex, message: e.message })),
  };
}

/** Runs an applier, turning a body it rejects into a 400 (ajv has checked the shape already). */
function run<T>(apply: () => T): T {
  try {
    return apply();
  } catch (error) {
    if (error instanceof SemanticPatchError) throw apiErrors.badRequest(error.message);
    throw error;
  }
}

function segmentContext(req: OperationRequest, rt: Runtime) {
  const address = segmentAddress(req);
  const entry = rt.store.entry(address);
  const resourceId = { kind: "segment", projectKey: address.projectKey, environmentKey: address.environmentKey, key: address.segmentKey };
  const big = entry.segment.unbounded ? rt.store.peekBigTargets(address) : undefined;
  const options = {
    segment: entry.segment,
    generateId: () => rt.random.hex(24),
    resourceId,
    ...(entry.segment.unbounded
      ? { bigSegmentTargets: { has: (list: "included" | "excluded", key: string) => big?.[list].has(key) ?? false } }
      : {}),
  };
  return { address, entry, resourceId, options };
}

const contextItem = (resourceId: object) => (r: ExpiringTargetRecord) => ({ ...r, _resourceId: { ...resourceId } });
const userItem = (resourceId: object) => (r: ExpiringTargetRecord) => ({
  _id: r._id,
  _version: r._version,
  expirationDate: r.expirationDate,
  userKey: r.contextKey,
  targetType: r.targetType,
  _resourceId: { ...resourceId },
});

function contextsPath(req: OperationRequest): string {
  const a = segmentAddress(req);
  return `/api/v2/segments/${enc(a.projectKey)}/${enc(a.segmentKey)}/expiring-targets/${enc(a.environmentKey)}`;
}
function usersPath(req: OperationRequest): string {
  const a = segmentAddress(req);
  return `/api/v2/segments/${enc(a.projectKey)}/${enc(a.segmentKey)}/expiring-user-targets/${enc(a.environmentKey)}`;
}

function getExpiringTargetsForSegment(req: OperationRequest, rt: Runtime): Response {
  const { entry, resourceId } = segmentContext(req, rt);
  return json(200, { items: entry.expiring.map(contextItem(resourceId)), _links: link(contextsPath(req)) });
}

function patchExpiringTargetsForSegment(req: OperationRequest, rt: Runtime): Response {
  const { entry, resourceId, options } = segmentContext(req, rt);
  const body = req.body as SegmentExpiringTargetsSemanticPatch;
  const { result, errors } = run(() =>
    applySegmentExpiringTargetsPatchWithErrors({ items: entry.expiring.map(contextItem(resourceId)) }, body, options),
  );
  entry.expiring = result.items.map((i) => ({
    _id: i._id,
    _version: i._version,
    expirationDate: i.expirationDate,
    contextKind: i.contextKind,
    contextKey: i.contextKey,
    targetType: i.targetType === "excluded" ? "excluded" : "included",
  }));
  for (const e of entry.expiring) rt.wakeAt(e.expirationDate);
  return json(200, {
    items: entry.expiring.map(contextItem(resourceId)),
    _links: link(contextsPath(req)),
    ...patchSummary(body.instructions.length, errors),
  });
}

function getExpiringUserTargetsForSegment(req: OperationRequest, rt: Runtime): Response {
  const { entry, resourceId } = segmentContext(req, rt);
  return json(200, { items: entry.expiring.filter((r) => r.contextKind === USER).map(userItem(resourceId)), _links: link(usersPath(req)) });
}

function patchExpiringUserTargetsForSegment(req: OperationRequest, rt: Runtime): Response {
  const { entry, resourceId, options } = segmentContext(req, rt);
  const body = req.body as SegmentExpiringUserTargetsSemanticPatch;
  const users = entry.expiring.filter((r) => r.contextKind === USER);
  const { result, errors } = run(() =>
    applySegmentExpiringUserTargetsPatchWithErrors({ items: users.map(userItem(resourceId)) }, body, options),
  );
  const others = entry.expiring.filter((r) => r.contextKind !== USER);
  entry.expiring = [
    ...others,
    ...result.items.map((i) => ({
      _id: i._id,
      _version: i._version,
      expirationDate: i.expirationDate,
      contextKind: USER,
      contextKey: i.userKey,
      targetType: i.targetType === "excluded" ? ("excluded" as const) : ("included" as const),
    })),
  ];
  for (const e of entry.expiring) rt.wakeAt(e.expirationDate);
  return json(200, {
    items: result.items.map((i) => ({ ...i, _resourceId: { ...resourceId } })),
    _links: link(usersPath(req)),
    ...patchSummary(body.instructions.length, errors),
  });
}

function userFlagsContext(req: OperationRequest, rt: Runtime) {
  const { projectKey, environmentKey, userKey } = req.params as { projectKey: string; environmentKey: string; userKey: string };
  rt.store.environment(projectKey, environmentKey);
  const flags = rt.store.project(projectKey).flags;
  const items = Object.values(flags).flatMap((flag) =>
    (flag.environments[environmentKey]?.expiring ?? [])
      .filter((e) => e.userKey === userKey)
      .map((e) => ({ ...e, _resourceId: { kind: "flag", projectKey, environmentKey, flagKey: flag.key } })),
  );
  const path = `/api/v2/users/${enc(projectKey)}/${enc(userKey)}/expiring-user-targets/${enc(environmentKey)}`;
  return { projectKey, environmentKey, userKey, flags, items, path };
}

function getExpiringFlagsForUser(req: OperationRequest, rt: Runtime): Response {
  const { items, path } = userFlagsContext(req, rt);
  return json(200, { items, _links: link(path) });
}

function patchExpiringFlagsForUser(req: OperationRequest, rt: Runtime): Response {
  const { projectKey, environmentKey, userKey, flags, items, path } = userFlagsContext(req, rt);
  const body = req.body as UserExpiringFlagsSemanticPatch;
  const isTargeted = (flagKey: string, variationId: string) => {
    const flag = Object.hasOwn(flags, flagKey) ? flags[flagKey] : undefined;
    const env = flag?.environments[environmentKey];
    const index = env && Object.hasOwn(env.targets, userKey) ? env.targets[userKey] : undefined;
    return index !== undefined && flag!.variations[index]?._id === variationId;
  };
  const { result, errors } = run(() =>
    applyUserExpiringFlagsPatchWithErrors({ items }, body, {
      userKey,
      resourceId: { projectKey, environmentKey },
      isTargeted,
      generateId: () => rt.random.hex(24),
    }),
  );
  // write back, flag by flag: this user's items replaced, other users' kept
  for (const flag of Object.values(flags)) {
    const env = flag.environments[environmentKey];
    if (!env) continue;
    const mine: FlagExpiringUserTarget[] = result.items
      .filter((i) => i._resourceId?.flagKey === flag.key)
      .map((i) => ({ _id: i._id, _version: i._version, userKey, variationId: i.variationId ?? "", expirationDate: i.expirationDate }));
    env.expiring = [...env.expiring.filter((e) => e.userKey !== userKey), ...mine];
    for (const e of mine) rt.wakeAt(e.expirationDate);
  }
  const now = result.items.map((i) => ({
    ...i,
    _resourceId: { kind: "flag", projectKey, environmentKey, flagKey: i._resourceId?.flagKey },
  }));
  return json(200, { items: now, _links: link(path), ...patchSummary(body.instructions.length, errors) });
}

/**
 * Expiring targets: of segments (contexts, and the legacy user view of the same schedule) and of
 * flags for a user. Patches go through `@ldkit/semantic-patch`'s appliers; as in LaunchDarkly, the
 * instructions that can apply are applied and the others listed in `errors` (still a 200). Targets
 * are removed when their time passes on the emulator's clock.
 * @example
 * const app = createApp(runtime, { ...expiringTargetRoutes });
 */
export const expiringTargetRoutes: RouteTable = {
  getExpiringTargetsForSegment,
  patchExpiringTargetsForSegment,
  getExpiringUserTargetsForSegment,
  patchExpiringUserTargetsForSegment,
  getExpiringFlagsForUser,
  patchExpiringFlagsForUser,
};
