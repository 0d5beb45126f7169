/**
 * @ldkit/emulator — a stateful local LaunchDarkly for the Segments and User settings REST API:
 * an in-process `fetch` handler, an HTTP server on a port, and a bin (`ldkit-emulator`).
 * @packageDocumentation
 */
export {
  createEmulator,
  DEFAULT_JOB_STEP_MS,
  DEFAULT_MAX_IMPORT_BODY_BYTES,
  DEFAULT_MAX_JSON_BODY_BYTES,
  type Emulator,
} from "./create-emulator.js";
export type { EmulatorOptions, EmulatorLimits, FlagSeed, JobTiming, ProjectSeed, SegmentSeed, TokenSeed } from "./options.js";
export type { EmulatorClock, TimeSource } from "./runtime/clock.js";
export type { EmulatorServer, ListenOptions } from "./listen.js";
export type { FaultRule } from "./http/faults.js";
export type { RateLimitOptions } from "./http/rate-limit.js";
export type {
  BigTargetsState,
  EmulatorState,
  EnvironmentState,
  ExpiringTargetRecord,
  ExportJobStatus,
  ExportRecord,
  FlagEnvironmentState,
  FlagExpiringUserTarget,
  FlagState,
  FlagVariation,
  ImportJobStatus,
  ImportRecord,
  ProjectState,
  SegmentEntry,
  StoredSegment,
  StoredTargets,
} from "./state/types.js";
export { DEFAULT_FLAGS } from "./state/seed.js";
