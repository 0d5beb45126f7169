import { createClient } from "@ldkit/client";
import { defineEmulatorScenario } from "./scenario.js";

// No network at all: the client's fetch is the emulator's.
defineEmulatorScenario("emulator scenario, in process", async (emulator) => ({
  client: createClient({ apiKey: "scenario-token", fetch: emulator.fetch, retry: false }),
  close: async () => undefined,
}));
