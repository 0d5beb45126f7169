import { createClient } from "@ldkit/client";
import { defineEmulatorScenario } from "./scenario.js";

// The same steps over HTTP: the emulator on an ephemeral 127.0.0.1 port.
defineEmulatorScenario("emulator scenario, over a port", async (emulator) => {
  const server = await emulator.listen({ port: 0 });
  return { client: createClient({ apiKey: "scenario-token", baseUrl: server.url, retry: false }), close: () => server.close() };
});
