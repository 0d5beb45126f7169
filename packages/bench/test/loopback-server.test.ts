import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLoopbackServer, type LoopbackServer } from "../src/server/client.js";

const targets = (keys: string[]) => JSON.stringify({ included: { add: keys } });

describe("rate-limited loopback server", () => {
  let server: LoopbackServer;
  beforeAll(async () => {
    // a long window, so every request of the test falls into the first one
    server = await startLoopbackServer(["--mode=ratelimit", "--limit=3", "--window=60000"]);
  });
  afterAll(() => server?.stop());

  it("listens on 127.0.0.1 only", () => {
    expect(server.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("accepts `limit` requests per window, then answers 429 with X-Ratelimit-Reset and keeps no keys of it", async () => {
    await server.reset();
    const url = `${server.baseUrl}/api/v2/segments/p/e/big/contexts`;
    const statuses: number[] = [];
    let reset: string | null = null;
    for (const keys of [["k0", "k1"], ["k2"], ["k2"], ["k3"]]) {
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: targets(keys) });
      statuses.push(res.status);
      if (res.status === 429) reset = res.headers.get("x-ratelimit-reset");
      await res.arrayBuffer();
    }
    expect(statuses).toEqual([204, 204, 204, 429]);
    expect(Number(reset)).toBeGreaterThan(Date.now());
    const stats = await server.stats<Record<string, number>>({ prefix: "k", count: 4 });
    expect(stats).toMatchObject({ accepted: 3, rejected: 1, lost: 1, doubled: 1, unexpected: 0, distinctKeys: 3 });
  });
});

describe("echo loopback server", () => {
  it("records the Content-Type of each PATCH by segment key", async () => {
    const server = await startLoopbackServer(["--mode=echo"]);
    try {
      const url = `${server.baseUrl}/api/v2/segments/p/e/c-test`;
      const res = await fetch(url, { method: "PATCH", headers: { "content-type": "application/json" }, body: "{}" });
      expect(((await res.json()) as { key: string }).key).toBe("beta");
      const { contentTypes } = await server.stats<{ contentTypes: Record<string, Record<string, number>> }>();
      expect(contentTypes["c-test"]).toEqual({ "application/json": 1 });
    } finally {
      await server.stop();
    }
  });
});
