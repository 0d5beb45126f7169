import { afterEach, beforeEach, vi } from "vitest";
import { timing } from "../../src/internal/timing.js";

/**
 * Replaces the client's clock, randomness and sleep for every test of the calling file: `now` is
 * fixed, `random` fixed when given, and sleeps return at once, recording their durations in the
 * returned array (emptied before each test). Mocks are restored after each test.
 * @example
 * const waits = fakeTiming({ now: 0 });
 * // … expect(waits).toEqual([250, 500]);
 */
export function fakeTiming(options: { now: number; random?: number }): number[] {
  const waits: number[] = [];
  beforeEach(() => {
    waits.length = 0;
    vi.spyOn(timing, "now").mockReturnValue(options.now);
    if (options.random !== undefined) vi.spyOn(timing, "random").mockReturnValue(options.random);
    vi.spyOn(timing, "sleep").mockImplementation(async (ms) => {
      waits.push(ms);
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  return waits;
}
