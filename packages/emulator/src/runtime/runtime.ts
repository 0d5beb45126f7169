import type { EmulatorClock } from "./clock.js";
import type { Random } from "./random.js";
import type { Store } from "../state/store.js";
import type { RequestValidator } from "../http/request-validator.js";
import type { FaultRule } from "../http/faults.js";
import type { RateLimiter } from "../http/rate-limit.js";

/**
 * Accepted tokens and their roles (`undefined`: any token).
 * @example
 * const tokens: TokenTable = new Map([["api-reader", "reader"]]);
 */
export type TokenTable = ReadonlyMap<string, "reader" | "writer"> | undefined;

/**
 * What route handlers share: the state, the clock, the seeded random source and the settings.
 * `store` is replaced by `restore()` and `reset()`, so always read it through the runtime.
 * @example
 * const entry = runtime.store.entry({ projectKey, environmentKey, segmentKey });
 */
export interface Runtime {
  store: Store;
  readonly clock: EmulatorClock;
  readonly random: Random;
  readonly validator: RequestValidator;
  readonly tokens: TokenTable;
  readonly faults: readonly FaultRule[];
  readonly rateLimiter: RateLimiter;
  readonly limits: { maxJsonBodyBytes: number; maxImportBodyBytes: number };
  /** Duration of each import/export status step, in clock ms. */
  readonly jobStepMs: number;
  /** Applies what is due at the clock's time: expiring targets, import and export steps. */
  sweep(): void;
  /** Asks for a sweep at `time` (clock ms): a wall-time timer when the clock follows wall time. */
  wakeAt(time: number): void;
}
