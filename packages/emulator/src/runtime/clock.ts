/**
 * The emulator's clock: it decides when expiring targets expire and how far imports and exports have
 * progressed. By default it follows wall time; with a start time (`createEmulator({ now })`) it stands
 * still until a test moves it.
 * @example
 * const emulator = createEmulator({ now: Date.parse("2026-01-01T00:00:00Z") });
 * emulator.clock.advance(24 * 3600 * 1000); // a day later: due targets have expired
 */
export interface EmulatorClock {
  /** The current time, Unix milliseconds. */
  now(): number;
  /** Moves the clock forward by `ms` milliseconds (then due expiries and job steps are applied). */
  advance(ms: number): void;
  /** Sets the clock to `time` (Unix milliseconds; it may not go backwards). */
  set(time: number): void;
  /** `true` when the clock follows wall time (plus any advance), `false` when it only moves on request. */
  readonly realTime: boolean;
}

/**
 * A source of time the emulator can use instead of its own: only `now()` is needed.
 * @example
 * const clock: TimeSource = { now: () => fakeTimers.now() };
 */
export interface TimeSource {
  /** The current time, Unix milliseconds. */
  now(): number;
}

/**
 * Creates the clock: manual from `start` when given, else wall time (or `source`) plus an offset
 * that `advance` grows. `onChange` runs after every move.
 * @example
 * const clock = createClock({ start: 0, onChange: () => {} });
 * clock.advance(1000);
 * clock.now(); // 1000
 */
export function createClock(options: { start?: number; source?: TimeSource; onChange: () => void }): EmulatorClock {
  const { start, source, onChange } = options;
  if (start !== undefined && (!Number.isFinite(start) || start < 0))
    throw new TypeError("now must be a non-negative number of Unix milliseconds");
  let manual = start;
  let offset = 0;
  const base = (): number => source?.now() ?? Date.now();
  const now = (): number => (manual !== undefined ? manual : base() + offset);
  return {
    realTime: manual === undefined,
    now,
    advance(ms: number) {
      if (!Number.isFinite(ms) || ms < 0) throw new TypeError("advance(ms) needs a non-negative number");
      if (manual !== undefined) manual += ms;
      else offset += ms;
      onChange();
    },
    set(time: number) {
      if (!Number.isFinite(time)) throw new TypeError("set(time) needs Unix milliseconds");
      const current = now();
      if (time < current) throw new RangeError(`the clock cannot go backwards (now ${current}, asked ${time})`);
      if (manual !== undefined) manual = time;
      else offset += time - current;
      onChange();
    },
  };
}
