import { getEventListeners } from "node:events";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { APIUserAbortError } from "../../src/index.js";
import { timing } from "../../src/internal/timing.js";

describe("timing.sleep", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Whether `promise` has settled once the pending microtasks ran. */
  async function settled(promise: Promise<unknown>): Promise<boolean> {
    let done = false;
    promise.then(
      () => (done = true),
      () => (done = true),
    );
    await vi.advanceTimersByTimeAsync(0);
    return done;
  }

  it("resolves after the given time, not before", async () => {
    const sleep = timing.sleep(1_000);
    await vi.advanceTimersByTimeAsync(999);
    expect(await settled(sleep)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(sleep)).toBe(true);
    await expect(sleep).resolves.toBeUndefined();
  });

  it("treats a negative time as no wait", async () => {
    expect(await settled(timing.sleep(-5))).toBe(true);
  });

  it("rejects at once with APIUserAbortError when the signal is already aborted", async () => {
    const sleep = timing.sleep(1_000, AbortSignal.abort());
    const result = expect(sleep).rejects.toBeInstanceOf(APIUserAbortError);
    expect(await settled(sleep)).toBe(true);
    await result;
  });

  it("rejects at once when the signal aborts during the wait", async () => {
    const controller = new AbortController();
    const sleep = timing.sleep(1_000, controller.signal);
    const result = expect(sleep).rejects.toThrow("Request was aborted");
    await vi.advanceTimersByTimeAsync(10);
    controller.abort();
    expect(await settled(sleep)).toBe(true);
    await result;
  });

  it("leaves no listener on a long-lived signal, however many waits it outlives or ends", async () => {
    const controller = new AbortController();
    for (let i = 0; i < 20; i++) {
      const sleep = timing.sleep(10, controller.signal);
      await vi.advanceTimersByTimeAsync(10);
      await sleep;
    }
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
    const last = timing.sleep(10, controller.signal).catch((error: unknown) => error);
    controller.abort();
    expect(await last).toBeInstanceOf(APIUserAbortError);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });
});

describe("timing.now and timing.random", () => {
  it("now is the wall clock in epoch ms", () => {
    const before = Date.now();
    const now = timing.now();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it("random draws fresh numbers in [0, 1)", () => {
    const draws = Array.from({ length: 20 }, () => timing.random());
    for (const draw of draws) {
      expect(draw).toBeGreaterThanOrEqual(0);
      expect(draw).toBeLessThan(1);
    }
    expect(new Set(draws).size).toBeGreaterThan(1);
  });
});
