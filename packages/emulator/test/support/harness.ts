/**
 * Test harness: an emulator whose every response is checked against the spec (see conformance.ts),
 * and a client on it. `violations` collects problems; `afterEach` in each suite asserts it is empty.
 */
import { createClient, type LdkitClient } from "@ldkit/client";
import { createEmulator, type Emulator, type EmulatorOptions } from "../../src/index.js";
import { checkExchange, type Exchange } from "./conformance.js";

/** Where the default project's production environment lives. */
export const prod = { projectKey: "default", environmentKey: "production" } as const;

/** A fixed start time for manual clocks. */
export const T0 = Date.parse("2026-01-01T00:00:00Z");

export interface Harness {
  emulator: Emulator;
  client: LdkitClient;
  /** fetch through the emulator, checked; for raw requests. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  violations: string[];
  exchanges: Exchange[];
}

/** An emulator with a manual clock at {@link T0}, seed 1, and a checked client on it. */
export function harness(options: EmulatorOptions = {}): Harness {
  const emulator = createEmulator({ seed: 1, now: T0, ...options });
  const violations: string[] = [];
  const exchanges: Exchange[] = [];
  const checked = async (request: Request): Promise<Response> => {
    const response = await emulator.fetch(request.clone());
    const { exchange, problems } = await checkExchange(request, response);
    if (exchange) exchanges.push(exchange);
    violations.push(...problems);
    return response;
  };
  const client = createClient({ apiKey: "test-token", fetch: (input, init) => checked(new Request(input, init)), retry: false });
  return {
    emulator,
    client,
    fetch: (path, init = {}) => {
      const headers = new Headers(init.headers);
      if (!headers.has("authorization") && !headers.has("x-no-auth")) headers.set("authorization", "test-token");
      headers.delete("x-no-auth");
      return checked(new Request(`http://emulator.test${path}`, { ...init, headers }));
    },
    violations,
    exchanges,
  };
}
