import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "@ldkit/client";
import { afterAll, describe, expect, it, vi } from "vitest";
import { main } from "../src/bin.js";

const dir = mkdtempSync(path.join(tmpdir(), "ldkit-emulator-bin-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("ldkit-emulator bin", () => {
  it("prints its URL, saves the state on stop and loads it on the next start", async () => {
    const file = path.join(dir, "state.json");
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const first = await main(["--port", "0", "--state", file]);
    expect(log).toHaveBeenCalledWith(expect.stringContaining(first.url));
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const where = { projectKey: "default", environmentKey: "production" };
    await createClient({ apiKey: "t", baseUrl: first.url }).postSegment({ ...where, body: { key: "kept", name: "Kept" } });
    await first.stop();
    expect(JSON.parse(readFileSync(file, "utf8")).projects.default.environments.production.segments).toHaveProperty("kept");
    const second = await main(["--port", "0", "--state", file]);
    expect((await createClient({ apiKey: "t", baseUrl: second.url }).getSegment({ ...where, segmentKey: "kept" })).name).toBe("Kept");
    await second.stop();
    log.mockRestore();
  });

  it("refuses a bad port", async () => {
    await expect(main(["--port", "99999"])).rejects.toThrow(/--port/);
  });
});
