import { apiErrors } from "../http/api-error.js";
import type { OperationRequest, RouteTable } from "../http/operation-request.js";
import { empty, json } from "../http/responses.js";
import type { Runtime } from "../runtime/runtime.js";
import type { FlagEnvironmentState, FlagState } from "../state/types.js";

const enc = encodeURIComponent;

function flagsOf(rt: Runtime, req: OperationRequest): { flags: Record<string, FlagState>; environmentKey: string } {
  const { projectKey, environmentKey } = req.params as { projectKey: string; environmentKey: string };
  rt.store.environment(projectKey, environmentKey);
  return { flags: rt.store.project(projectKey).flags, environmentKey };
}

/**
 * A flag's targeting in one environment, or a 404 for an unknown flag.
 * @example
 * const { flag, env } = flagIn(rt, "default", "production", "sort.order");
 */
export function flagIn(
  rt: Runtime,
  projectKey: string,
  environmentKey: string,
  flagKey: string,
): { flag: FlagState; env: FlagEnvironmentState } {
  rt.store.environment(projectKey, environmentKey);
  const flags = rt.store.project(projectKey).flags;
  const flag = Object.hasOwn(flags, flagKey) ? flags[flagKey] : undefined;
  const env = flag?.environments[environmentKey];
  if (!flag || !env) throw apiErrors.notFound(`Unknown flag "${flagKey}" in project "${projectKey}"`);
  return { flag, env };
}

function setting(req: OperationRequest, flag: FlagState, env: FlagEnvironmentState, userKey: string) {
  const { projectKey, environmentKey } = req.params as { projectKey: string; environmentKey: string };
  const targeted = Object.hasOwn(env.targets, userKey) ? env.targets[userKey] : undefined;
  return {
    _links: {
      self: {
        href: `/api/v2/users/${enc(projectKey)}/${enc(environmentKey)}/${enc(userKey)}/flags/${enc(flag.key)}`,
        type: "application/json",
      },
    },
    _value: flag.variations[targeted ?? env.fallthrough]!.value,
    setting: targeted === undefined ? null : flag.variations[targeted]!.value,
  };
}

function getUserFlagSettings(req: OperationRequest, rt: Runtime): Response {
  const { flags, environmentKey } = flagsOf(rt, req);
  const userKey = req.params.userKey!;
  const items: Record<string, unknown> = {};
  for (const flag of Object.values(flags)) {
    const env = flag.environments[environmentKey];
    if (env) items[flag.key] = setting(req, flag, env, userKey);
  }
  const { projectKey } = req.params as { projectKey: string };
  return json(200, {
    items,
    _links: { self: { href: `/api/v2/users/${enc(projectKey)}/${enc(environmentKey)}/${enc(userKey)}/flags`, type: "application/json" } },
  });
}

function getUserFlagSetting(req: OperationRequest, rt: Runtime): Response {
  const { flag, env } = flagIn(rt, req.params.projectKey!, req.params.environmentKey!, req.params.featureFlagKey!);
  return json(200, setting(req, flag, env, req.params.userKey!));
}

function putFlagSetting(req: OperationRequest, rt: Runtime): Response {
  const { flag, env } = flagIn(rt, req.params.projectKey!, req.params.environmentKey!, req.params.featureFlagKey!);
  const userKey = req.params.userKey!;
  const body = req.body as { setting?: unknown };
  if (body.setting === undefined || body.setting === null) {
    delete env.targets[userKey];
    env.expiring = env.expiring.filter((e) => e.userKey !== userKey);
    return empty(204);
  }
  const wanted = JSON.stringify(body.setting);
  const index = flag.variations.findIndex((v) => JSON.stringify(v.value) === wanted);
  if (index === -1) {
    throw apiErrors.badRequest(
      `setting ${wanted} is not a variation of flag "${flag.key}" (variations: ${flag.variations.map((v) => JSON.stringify(v.value)).join(", ")})`,
    );
  }
  const previous = env.targets[userKey];
  env.targets[userKey] = index;
  if (previous !== undefined && previous !== index) env.expiring = env.expiring.filter((e) => e.userKey !== userKey);
  return empty(204);
}

/**
 * User settings: the variation each seeded flag serves a user, and individual targeting by `putFlagSetting`.
 * @example
 * const app = createApp(runtime, { ...userSettingsRoutes });
 */
export const userSettingsRoutes: RouteTable = { getUserFlagSettings, getUserFlagSetting, putFlagSetting };
