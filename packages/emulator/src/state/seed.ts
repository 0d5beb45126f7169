import type { FlagSeed, ProjectSeed, SegmentSeed } from "../options.js";
import type { Random } from "../runtime/random.js";
import type { EmulatorState, FlagState, ProjectState, SegmentEntry, StoredSegment } from "./types.js";

/**
 * The flags of the `default` project: what `getUserFlagSettings` shows out of the box.
 * @example
 * DEFAULT_FLAGS.map((f) => f.key); // ["sort.order", "alternate.page", "checkout.theme"]
 */
export const DEFAULT_FLAGS: readonly FlagSeed[] = [
  { key: "sort.order", name: "Sort order", variations: [true, false], fallthrough: 0 },
  { key: "alternate.page", name: "Alternate page", variations: [true, false], fallthrough: 1 },
  { key: "checkout.theme", name: "Checkout theme", variations: ["light", "dark", "system"], fallthrough: 2 },
];

/**
 * The `default` project: environments `production` and `test`.
 * @example
 * seedState({ projects: [] }, Date.now(), createRandom()); // holds DEFAULT_PROJECT
 */
export const DEFAULT_PROJECT: ProjectSeed = {
  key: "default",
  name: "Default",
  environments: ["production", "test"],
  flags: [...DEFAULT_FLAGS],
};

/**
 * A new segment as `postSegment` (or a seed) creates it.
 * @example
 * const segment = newSegment({ key: "beta", name: "Beta" }, Date.now(), createRandom(1));
 */
export function newSegment(
  body: { key: string; name: string; description?: string; tags?: string[]; unbounded?: boolean; unboundedContextKind?: string },
  now: number,
  random: Random,
): StoredSegment {
  return {
    key: body.key,
    name: body.name,
    ...(body.description !== undefined ? { description: body.description } : {}),
    tags: [...new Set(body.tags ?? [])],
    creationDate: now,
    lastModifiedDate: now,
    included: [],
    excluded: [],
    includedContexts: [],
    excludedContexts: [],
    rules: [],
    version: 1,
    deleted: false,
    generation: 1,
    unbounded: body.unbounded === true,
    ...(body.unbounded ? { unboundedContextKind: body.unboundedContextKind ?? "user" } : {}),
    _id: random.hex(24),
    salt: random.hex(32),
  };
}

/**
 * An empty entry around a segment.
 * @example
 * environment.segments.beta = newEntry(newSegment({ key: "beta", name: "Beta" }, Date.now(), random));
 */
export function newEntry(segment: StoredSegment): SegmentEntry {
  return { segment, expiring: [], imports: [], exports: [] };
}

function flagState(seed: FlagSeed, environments: string[], random: Random): FlagState {
  const values = seed.variations ?? [true, false];
  if (!Array.isArray(values) || values.length < 2) throw new TypeError(`flag ${seed.key}: variations needs at least two values`);
  const fallthrough = seed.fallthrough ?? 0;
  if (!Number.isInteger(fallthrough) || fallthrough < 0 || fallthrough >= values.length)
    throw new TypeError(`flag ${seed.key}: fallthrough must index a variation`);
  return {
    key: seed.key,
    name: seed.name ?? seed.key,
    variations: values.map((value) => ({ _id: random.uuid(), value })),
    environments: Object.fromEntries(environments.map((env) => [env, { fallthrough, targets: {}, expiring: [] }])),
  };
}

function projectState(seed: ProjectSeed, random: Random): ProjectState {
  if (!seed || typeof seed.key !== "string" || seed.key === "") throw new TypeError("every project needs a key");
  const envs = (seed.environments ?? ["production", "test"]).map((e) => (typeof e === "string" ? { key: e } : e));
  return {
    key: seed.key,
    name: seed.name ?? seed.key,
    environments: Object.fromEntries(envs.map((e) => [e.key, { key: e.key, name: e.name ?? e.key, _id: random.hex(24), segments: {} }])),
    flags: Object.fromEntries(
      (seed.flags ?? []).map((f) => [
        f.key,
        flagState(
          f,
          envs.map((e) => e.key),
          random,
        ),
      ]),
    ),
  };
}

function seedSegment(state: EmulatorState, seed: SegmentSeed, now: number, random: Random): void {
  const projectKey = seed.projectKey ?? "default";
  const environmentKey = seed.environmentKey ?? "production";
  const environment = state.projects[projectKey]?.environments[environmentKey];
  if (!environment) throw new TypeError(`segment ${seed.key}: no environment ${projectKey}/${environmentKey}`);
  if (environment.segments[seed.key]) throw new TypeError(`segment ${seed.key} is seeded twice in ${projectKey}/${environmentKey}`);
  const segment = newSegment(
    {
      key: seed.key,
      name: seed.name ?? seed.key,
      description: seed.description,
      tags: seed.tags,
      unbounded: seed.unbounded,
      unboundedContextKind: seed.unboundedContextKind,
    },
    now,
    random,
  );
  segment.included = [...(seed.included ?? [])];
  segment.excluded = [...(seed.excluded ?? [])];
  segment.includedContexts = structuredClone(seed.includedContexts ?? []);
  segment.excludedContexts = structuredClone(seed.excludedContexts ?? []);
  segment.rules = (seed.rules ?? []).map((rule) => ({
    ...rule,
    _id: rule._id ?? random.uuid(),
    clauses: rule.clauses.map((c) => ({
      ...c,
      _id: c._id ?? random.uuid(),
      negate: c.negate ?? false,
      contextKind: c.contextKind ?? "user",
    })),
  }));
  const entry = newEntry(segment);
  if (seed.bigTargets) {
    if (!segment.unbounded) throw new TypeError(`segment ${seed.key}: bigTargets needs unbounded: true`);
    entry.big = {
      included: [...(seed.bigTargets.included ?? [])],
      excluded: [...(seed.bigTargets.excluded ?? [])],
      version: 1,
      lastModified: now,
    };
  }
  environment.segments[seed.key] = entry;
}

/**
 * The state a new emulator starts with: the `default` project (unless turned off), the given
 * projects and segments. Throws a `TypeError` on an inconsistent seed.
 * @example
 * const state = seedState({ segments: [{ key: "beta" }] }, Date.now(), createRandom(1));
 */
export function seedState(
  options: { projects?: ProjectSeed[]; defaultProject?: boolean; segments?: SegmentSeed[] },
  now: number,
  random: Random,
): EmulatorState {
  const state: EmulatorState = { format: 1, projects: {} };
  const projects = [...(options.defaultProject === false ? [] : [DEFAULT_PROJECT]), ...(options.projects ?? [])];
  for (const seed of projects) {
    if (state.projects[seed.key]) throw new TypeError(`project ${seed.key} is seeded twice`);
    state.projects[seed.key] = projectState(seed, random);
  }
  for (const seed of options.segments ?? []) seedSegment(state, seed, now, random);
  return state;
}
