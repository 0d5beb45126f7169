import { createClient } from "@ldkit/client";
import { expectTypeOf, test } from "vitest";
import { createEmulator, type Emulator, type EmulatorState, type EmulatorServer } from "../src/index.js";

test("the emulator's fetch is a client's fetch", () => {
  const emulator = createEmulator();
  createClient({ apiKey: "any", fetch: emulator.fetch });
  expectTypeOf(emulator.snapshot()).toEqualTypeOf<EmulatorState>();
  expectTypeOf(emulator.listen()).resolves.toEqualTypeOf<EmulatorServer>();
  expectTypeOf<Emulator["clock"]["advance"]>().parameters.toEqualTypeOf<[ms: number]>();
});

test("misuse does not compile", () => {
  // @ts-expect-error a fault needs a type
  createEmulator({ faults: [{ rate: 0.5 }] });
  // @ts-expect-error fault types are error, latency and reset
  createEmulator({ faults: [{ type: "crash" }] });
  // @ts-expect-error token roles are reader and writer
  createEmulator({ tokens: [{ token: "t", role: "admin" }] });
  // @ts-expect-error the clock starts at a number of Unix ms
  createEmulator({ now: "2026-01-01" });
  // @ts-expect-error restore takes a snapshot
  createEmulator().restore({ projects: {} });
  // @ts-expect-error segment seeds need a key
  createEmulator({ segments: [{ name: "no key" }] });
});
