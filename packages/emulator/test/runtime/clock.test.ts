import { describe, expect, it, vi } from "vitest";
import { createClock } from "../../src/runtime/clock.js";
import { createEmulator } from "../../src/index.js";

describe("clock", () => {
  it("a manual clock stands still until advanced or set", () => {
    let changes = 0;
    const clock = createClock({ start: 1000, onChange: () => changes++ });
    expect(clock.now()).toBe(1000);
    clock.advance(500);
    clock.set(2000);
    expect(clock.now()).toBe(2000);
    expect(changes).toBe(2);
    expect(() => clock.set(1999)).toThrow(/backwards/);
    expect(() => clock.advance(-1)).toThrow();
    expect(clock.realTime).toBe(false);
  });

  it("a wall clock follows its source plus what was advanced", () => {
    let t = 5000;
    const clock = createClock({ source: { now: () => t }, onChange: () => undefined });
    clock.advance(100);
    t += 10;
    expect(clock.now()).toBe(5110);
    expect(clock.realTime).toBe(true);
  });

  it("by default an import completes within about a second of wall time, by unref'd timers", async () => {
    const emulator = createEmulator({ segments: [{ key: "big", unbounded: true }] });
    const form = new FormData();
    form.set("file", new Blob(["k1\n"]), "keys.csv");
    const created = await emulator.fetch("http://e/api/v2/segments/default/production/big/imports", {
      method: "POST",
      headers: { authorization: "t" },
      body: form,
    });
    expect(created.status).toBe(204);
    const location = created.headers.get("location")!;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    // the timers already moved it: the snapshot (no request in between) shows it complete
    const job = emulator.snapshot().projects.default!.environments.production!.segments.big!.imports[0]!;
    expect(job.status).toBe("complete");
    expect(location.endsWith(job.id)).toBe(true);
    await emulator.close();
  });
});

describe("timers", () => {
  it("a due date beyond setTimeout's range arms one capped timer, not a loop", async () => {
    const spy = vi.spyOn(globalThis, "setTimeout");
    const emulator = createEmulator({ segments: [{ key: "beta", included: ["u"] }] });
    const response = await emulator.fetch("http://e/api/v2/segments/default/beta/expiring-targets/production", {
      method: "PATCH",
      headers: { authorization: "t", "content-type": "application/json; domain-model=launchdarkly.semanticpatch" },
      body: JSON.stringify({
        instructions: [
          {
            kind: "addExpiringTarget",
            targetType: "included",
            contextKind: "user",
            contextKey: "u",
            value: Date.now() + 40 * 24 * 3600 * 1000,
          },
        ],
      }),
    });
    expect(response.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const armed = spy.mock.calls.filter(([, ms]) => typeof ms === "number" && ms > 1000);
    expect(armed.length).toBe(1);
    expect(armed[0]![1]).toBe(2 ** 31 - 1);
    expect(spy.mock.calls.length).toBeLessThan(10);
    spy.mockRestore();
    await emulator.close();
  });
});
