import { createClient, APIConnectionError } from "@ldkit/client";
import { describe, expect, it } from "vitest";
import { createEmulator } from "../src/index.js";

describe("listen", () => {
  it("serves on an ephemeral 127.0.0.1 port; close() closes it", async () => {
    const emulator = createEmulator();
    const server = await emulator.listen({ port: 0 });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const client = createClient({ apiKey: "t", baseUrl: server.url, retry: false });
    await client.postSegment({ projectKey: "default", environmentKey: "production", body: { key: "beta", name: "Beta" } });
    expect((await client.getSegment({ projectKey: "default", environmentKey: "production", segmentKey: "beta" })).version).toBe(1);
    // keep-alive connection open, then close: close() must still resolve
    await server.close();
    await expect(fetch(`${server.url}/api/v2/segments/default/production`)).rejects.toThrow();
  });

  it("a reset fault drops the connection over the port", async () => {
    const emulator = createEmulator({ faults: [{ operation: "getSegments", type: "reset" }] });
    const server = await emulator.listen();
    const client = createClient({ apiKey: "t", baseUrl: server.url, retry: false });
    await expect(client.getSegments({ projectKey: "default", environmentKey: "production" })).rejects.toBeInstanceOf(APIConnectionError);
    await client.getUserFlagSettings({ projectKey: "default", environmentKey: "production", userKey: "u" });
    await emulator.close();
  });

  it("emulator.close() stops every server it started", async () => {
    const emulator = createEmulator();
    const a = await emulator.listen();
    const b = await emulator.listen();
    await emulator.close();
    for (const s of [a, b]) await expect(fetch(s.url)).rejects.toThrow();
  });
});

describe("in-process fetch", () => {
  it("takes a Request, a URL on any host, or a bare path", async () => {
    const emulator = createEmulator();
    const headers = { authorization: "t" };
    for (const input of [
      "/api/v2/users/default/production/u/flags",
      "https://app.launchdarkly.com/api/v2/users/default/production/u/flags",
      new URL("http://x/api/v2/users/default/production/u/flags"),
    ]) {
      expect((await emulator.fetch(input, { headers })).status).toBe(200);
    }
    expect((await emulator.fetch(new Request("http://x/api/v2/users/default/production/u/flags", { headers }))).status).toBe(200);
  });

  it("rejects (never throws synchronously) on an unusable URL", async () => {
    const emulator = createEmulator();
    const pending = emulator.fetch("not a url");
    await expect(pending).rejects.toThrow(TypeError);
  });
});
