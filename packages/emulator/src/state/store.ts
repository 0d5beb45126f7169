import { apiErrors } from "../http/api-error.js";
import { validateState } from "./validate-state.js";
import type { EnvironmentState, EmulatorState, ProjectState, SegmentEntry } from "./types.js";

/**
 * A big segment's targets while the emulator runs: `Set`s, so a lookup is O(1) at any size.
 * @example
 * store.bigTargets(address).included.has("user-1");
 */
export interface LiveBigTargets {
  included: Set<string>;
  excluded: Set<string>;
  version: number;
  lastModified: number;
}

/**
 * Where a segment lives.
 * @example
 * const address: SegmentAddress = { projectKey: "default", environmentKey: "production", segmentKey: "beta" };
 */
export interface SegmentAddress {
  projectKey: string;
  environmentKey: string;
  segmentKey: string;
}

const bigKey = (a: SegmentAddress) => `${a.projectKey}\u0000${a.environmentKey}\u0000${a.segmentKey}`;

/**
 * The emulator's state while it runs: the JSON document of {@link EmulatorState} plus big segment
 * targets held in `Set`s. Lookups throw LaunchDarkly's `404` for an unknown project, environment or
 * segment. Handlers build new values and commit them with plain assignments only once a request
 * has fully succeeded, so a failed request leaves no trace.
 * @example
 * const store = Store.fromState(defaultState());
 * store.environment("default", "production").segments;
 */
export class Store {
  private constructor(
    readonly state: EmulatorState,
    private readonly big: Map<string, LiveBigTargets>,
  ) {}

  /** A store holding a copy of `state` (validated for shape). */
  static fromState(state: EmulatorState): Store {
    validateState(state);
    const copy = structuredClone(state);
    const big = new Map<string, LiveBigTargets>();
    for (const [projectKey, project] of Object.entries(copy.projects)) {
      for (const [environmentKey, environment] of Object.entries(project.environments)) {
        for (const [segmentKey, entry] of Object.entries(environment.segments)) {
          // every big segment has its lists from the start, so no later read creates them
          if (entry.segment.unbounded && !entry.big)
            entry.big = { included: [], excluded: [], version: 0, lastModified: entry.segment.creationDate };
          if (entry.big) {
            big.set(bigKey({ projectKey, environmentKey, segmentKey }), {
              included: new Set(entry.big.included),
              excluded: new Set(entry.big.excluded),
              version: entry.big.version,
              lastModified: entry.big.lastModified,
            });
            delete entry.big;
          }
        }
      }
    }
    return new Store(copy, big);
  }

  /** A plain-JSON copy of everything (big segment targets as arrays). */
  snapshot(): EmulatorState {
    const copy = structuredClone(this.state);
    for (const [key, targets] of this.big) {
      const [projectKey, environmentKey, segmentKey] = key.split("\u0000") as [string, string, string];
      const entry = copy.projects[projectKey]?.environments[environmentKey]?.segments[segmentKey];
      if (entry) {
        entry.big = {
          included: [...targets.included],
          excluded: [...targets.excluded],
          version: targets.version,
          lastModified: targets.lastModified,
        };
      }
    }
    return copy;
  }

  /** The project, or a 404. */
  project(projectKey: string): ProjectState {
    const project = Object.hasOwn(this.state.projects, projectKey) ? this.state.projects[projectKey] : undefined;
    if (!project) throw apiErrors.notFound(`Unknown project "${projectKey}"`);
    return project;
  }

  /** The environment, or a 404 naming what is unknown. */
  environment(projectKey: string, environmentKey: string): EnvironmentState {
    const project = this.project(projectKey);
    const environment = Object.hasOwn(project.environments, environmentKey) ? project.environments[environmentKey] : undefined;
    if (!environment) throw apiErrors.notFound(`Unknown environment "${environmentKey}" in project "${projectKey}"`);
    return environment;
  }

  /** The segment's entry, or a 404. */
  entry(address: SegmentAddress): SegmentEntry {
    const environment = this.environment(address.projectKey, address.environmentKey);
    const entry = Object.hasOwn(environment.segments, address.segmentKey) ? environment.segments[address.segmentKey] : undefined;
    if (!entry) throw apiErrors.notFound(`Unknown segment "${address.segmentKey}" in ${address.projectKey}/${address.environmentKey}`);
    return entry;
  }

  /** A big segment's live targets (created empty on first use). */
  bigTargets(address: SegmentAddress): LiveBigTargets {
    const key = bigKey(address);
    let targets = this.big.get(key);
    if (!targets) this.big.set(key, (targets = { included: new Set(), excluded: new Set(), version: 0, lastModified: 0 }));
    return targets;
  }

  /** A big segment's live targets if any were ever stored. */
  peekBigTargets(address: SegmentAddress): LiveBigTargets | undefined {
    return this.big.get(bigKey(address));
  }

  /** Forgets a deleted segment's big targets. */
  dropBigTargets(address: SegmentAddress): void {
    this.big.delete(bigKey(address));
  }
}
