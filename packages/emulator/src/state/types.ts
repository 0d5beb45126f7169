import type { SegmentRule } from "@ldkit/semantic-patch/apply";

/**
 * Individually targeted keys of one context kind, as stored.
 * @example
 * const t: StoredTargets = { contextKind: "org", values: ["org-1"] };
 */
export interface StoredTargets {
  contextKind: string;
  values: string[];
}

/**
 * A segment as the emulator stores it: LaunchDarkly's REST representation without the fields it
 * computes on every response (`_links`, `_unboundedMetadata`, `_importInProgress`).
 * @example
 * const stored: StoredSegment = { key: "beta", name: "Beta", tags: [], creationDate: 0, lastModifiedDate: 0, included: [], excluded: [],
 *   includedContexts: [], excludedContexts: [], rules: [], version: 1, deleted: false, generation: 1, unbounded: false };
 */
export interface StoredSegment {
  key: string;
  name: string;
  description?: string;
  tags: string[];
  creationDate: number;
  lastModifiedDate: number;
  included: string[];
  excluded: string[];
  includedContexts: StoredTargets[];
  excludedContexts: StoredTargets[];
  rules: SegmentRule[];
  version: number;
  deleted: boolean;
  generation: number;
  unbounded: boolean;
  unboundedContextKind?: string;
  /** Segment id (24 hex digits), shown in a big segment's `_unboundedMetadata`. */
  _id?: string;
  /** Bucketing salt of percentage rules: LaunchDarkly keeps it out of the REST representation, and so does the emulator. */
  salt?: string;
}

/**
 * A scheduled removal of an individual target of a segment.
 * @example
 * const e: ExpiringTargetRecord = { _id: "6627c4e8a1b2c3d4e5f60718", _version: 1, expirationDate: 1754092860000, contextKind: "user", contextKey: "u-1", targetType: "included" };
 */
export interface ExpiringTargetRecord {
  _id: string;
  _version: number;
  expirationDate: number;
  contextKind: string;
  contextKey: string;
  targetType: "included" | "excluded";
}

/**
 * Status of a big segment import in the emulator (LaunchDarkly's names).
 * @example
 * const s: ImportJobStatus = "in_progress";
 */
export type ImportJobStatus = "preparing" | "pending_approval" | "in_progress" | "complete" | "stopped";

/**
 * Status of a big segment export in the emulator (LaunchDarkly's names).
 * @example
 * const s: ExportJobStatus = "complete";
 */
export type ExportJobStatus = "preparing" | "in_progress" | "complete";

/**
 * A big segment import: the keys of its file, its mode and where it stands.
 * @example
 * emulator.snapshot().projects.default!.environments.production!.segments.big!.imports[0]!.status;
 */
export interface ImportRecord {
  id: string;
  segmentKey: string;
  creationTime: number;
  mode: "merge" | "replace";
  filename: string;
  /** The file's keys until the import completes (then they are in the segment and dropped here). */
  keys: string[];
  waitOnApprovals: boolean;
  status: ImportJobStatus;
  /** When the current status began (clock milliseconds). */
  statusSince: number;
}

/**
 * A big segment export: a snapshot of the segment's included keys taken when it completes.
 * @example
 * emulator.snapshot().projects.default!.environments.production!.segments.big!.exports[0]!.csv;
 */
export interface ExportRecord {
  id: string;
  segmentKey: string;
  creationTime: number;
  status: ExportJobStatus;
  statusSince: number;
  /** The CSV, once complete. */
  csv?: string;
}

/**
 * A big segment's stored targets, as JSON (the running emulator holds them in `Set`s).
 * @example
 * const big: BigTargetsState = { included: ["u-1"], excluded: [], version: 1, lastModified: 0 };
 */
export interface BigTargetsState {
  included: string[];
  excluded: string[];
  /** `_unboundedMetadata.version`: bumped on every change of the targets. */
  version: number;
  lastModified: number;
}

/**
 * One segment with what hangs off it.
 * @example
 * const entry: SegmentEntry = emulator.snapshot().projects.default!.environments.production!.segments.beta!;
 */
export interface SegmentEntry {
  segment: StoredSegment;
  expiring: ExpiringTargetRecord[];
  big?: BigTargetsState;
  imports: ImportRecord[];
  exports: ExportRecord[];
}

/**
 * A variation of a seeded flag.
 * @example
 * const v: FlagVariation = { _id: "ce67d625-a8b9-4fb5-a344-ab909d9d4f4d", value: true };
 */
export interface FlagVariation {
  _id: string;
  value: unknown;
  name?: string;
}

/**
 * A scheduled removal of a user from a flag's individual targets.
 * @example
 * const e: FlagExpiringUserTarget = { _id: "6627c4e8a1b2c3d4e5f6071b", _version: 1, userKey: "ann", variationId: "ce67…", expirationDate: 1754092860000 };
 */
export interface FlagExpiringUserTarget {
  _id: string;
  _version: number;
  userKey: string;
  variationId: string;
  expirationDate: number;
}

/**
 * A flag's targeting in one environment: what everyone gets, and individual user targets.
 * @example
 * const env: FlagEnvironmentState = { fallthrough: 0, targets: { ann: 1 }, expiring: [] };
 */
export interface FlagEnvironmentState {
  /** Index of the variation served to users that are not individually targeted. */
  fallthrough: number;
  /** User key → index of the variation the user is individually targeted with. */
  targets: Record<string, number>;
  expiring: FlagExpiringUserTarget[];
}

/**
 * A seeded flag, for the user-settings endpoints.
 * @example
 * emulator.snapshot().projects.default!.flags["sort.order"]!.variations;
 */
export interface FlagState {
  key: string;
  name: string;
  variations: FlagVariation[];
  environments: Record<string, FlagEnvironmentState>;
}

/**
 * An environment: its segments.
 * @example
 * Object.keys(emulator.snapshot().projects.default!.environments.production!.segments);
 */
export interface EnvironmentState {
  key: string;
  name: string;
  _id: string;
  segments: Record<string, SegmentEntry>;
}

/**
 * A project: environments and flags.
 * @example
 * Object.keys(emulator.snapshot().projects.default!.environments); // ["production", "test"]
 */
export interface ProjectState {
  key: string;
  name: string;
  environments: Record<string, EnvironmentState>;
  flags: Record<string, FlagState>;
}

/**
 * Everything the emulator holds, as plain JSON: `emulator.snapshot()` returns it and
 * `emulator.restore(state)` takes it back (it round-trips through `JSON.stringify`).
 * @example
 * const saved = JSON.stringify(emulator.snapshot());
 * emulator.restore(JSON.parse(saved));
 */
export interface EmulatorState {
  /** Format version of this document. */
  format: 1;
  projects: Record<string, ProjectState>;
}
