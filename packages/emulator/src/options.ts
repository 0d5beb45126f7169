import type { SegmentClause, SegmentRule } from "@ldkit/semantic-patch/apply";
import type { StoredTargets } from "./state/types.js";
import type { TimeSource } from "./runtime/clock.js";
import type { EmulatorState } from "./state/types.js";
import type { FaultRule } from "./http/faults.js";
import type { RateLimitOptions } from "./http/rate-limit.js";

/**
 * A flag to seed, for the user-settings endpoints.
 * @example
 * const flag: FlagSeed = { key: "checkout.theme", variations: ["light", "dark"], fallthrough: 0 };
 */
export interface FlagSeed {
  key: string;
  name?: string;
  /** Variation values (default `[true, false]`). */
  variations?: unknown[];
  /** Index of the variation served when a user is not individually targeted (default 0). */
  fallthrough?: number;
}

/**
 * A project to seed, with its environments and flags.
 * @example
 * const project: ProjectSeed = { key: "mobile", environments: ["production", "staging"], flags: [{ key: "dark-mode" }] };
 */
export interface ProjectSeed {
  key: string;
  name?: string;
  /** Environment keys or `{ key, name }` (default `production` and `test`). */
  environments?: Array<string | { key: string; name?: string }>;
  /** Flags in every environment of the project (default none; the `default` project has three). */
  flags?: FlagSeed[];
}

/**
 * A segment to seed. Rules may omit `_id`s (the emulator assigns them).
 * @example
 * const segment: SegmentSeed = { key: "beta", name: "Beta", included: ["user-1"], tags: ["beta"] };
 */
export interface SegmentSeed {
  /** Default `default`. */
  projectKey?: string;
  /** Default `production`. */
  environmentKey?: string;
  key: string;
  name?: string;
  description?: string;
  tags?: string[];
  included?: string[];
  excluded?: string[];
  includedContexts?: StoredTargets[];
  excludedContexts?: StoredTargets[];
  rules?: Array<Omit<SegmentRule, "clauses"> & { clauses: Array<Omit<SegmentClause, "negate"> & { negate?: boolean }> }>;
  unbounded?: boolean;
  unboundedContextKind?: string;
  /** A big segment's stored targets. */
  bigTargets?: { included?: string[]; excluded?: string[] };
}

/**
 * An access token the emulator accepts. `reader` tokens get `403` on every write.
 * @example
 * const tokens: TokenSeed[] = ["api-writer", { token: "api-reader", role: "reader" }];
 */
export type TokenSeed = string | { token: string; role?: "reader" | "writer" };

/**
 * Size limits; a larger body is answered `413`.
 * @example
 * const limits: EmulatorLimits = { maxJsonBodyBytes: 1024 * 1024 };
 */
export interface EmulatorLimits {
  /** Largest JSON body (default 5 MiB). */
  maxJsonBodyBytes?: number;
  /** Largest multipart import upload (default 100 MiB). */
  maxImportBodyBytes?: number;
}

/**
 * How long each step of an import or export takes on the emulator's clock.
 * @example
 * const timing: JobTiming = { stepMs: 50 }; // preparing → in_progress → complete in 100 ms
 */
export interface JobTiming {
  /** Duration of each status before the next (default 300 ms: a job completes in about 0.6 s). */
  stepMs?: number;
}

/**
 * Options of {@link createEmulator}. Everything is optional: by default the emulator holds project
 * `default` with environments `production` and `test` and three flags, accepts any token and has no
 * rate limits or faults.
 * @example
 * const emulator = createEmulator({ seed: 1, now: Date.parse("2026-01-01T00:00:00Z"), segments: [{ key: "beta", included: ["u-1"] }] });
 */
export interface EmulatorOptions {
  /** More projects (added to `default` unless `defaultProject: false`). */
  projects?: ProjectSeed[];
  /** Seed the `default` project (default `true`). */
  defaultProject?: boolean;
  /** Segments to create at start. */
  segments?: SegmentSeed[];
  /** Accepted tokens; when absent any non-empty `Authorization` is accepted. */
  tokens?: TokenSeed[];
  /** Start from a snapshot instead of the seeds (`projects`, `segments` are ignored). */
  state?: EmulatorState;
  /** Seed of every random choice (ids, faults): the same seed gives the same run. */
  seed?: number;
  /** Start a manual clock at this time (Unix ms): it moves only with `emulator.clock.advance`/`set`. */
  now?: number;
  /** Read wall time from here instead of `Date.now()` (ignored when `now` is given). */
  clock?: TimeSource;
  /** Rate limits answering `429` with LaunchDarkly's headers. */
  rateLimit?: RateLimitOptions;
  /** Injected faults by route and rate. */
  faults?: FaultRule[];
  /** Body size limits. */
  limits?: EmulatorLimits;
  /** Import/export progression. */
  jobs?: JobTiming;
}
