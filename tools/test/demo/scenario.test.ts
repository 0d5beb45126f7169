import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "@ldkit/client";
import { startPrism, type PrismServer } from "../../src/prism/index.js";
import { runScenario } from "../../src/demo/scenario.js";

let prism: PrismServer;
beforeAll(async () => {
  prism = await startPrism();
});
afterAll(() => prism?.stop());

describe("the demo scenario against Prism", () => {
  it("runs every step with no request violation", async () => {
    const violations: string[] = [];
    const sent: string[] = [];
    const client = createClient({
      apiKey: "demo-token",
      baseUrl: prism.baseUrl,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        const req = input as Request;
        sent.push(`${req.method} ${req.headers.get("content-type") ?? ""}`);
        const v = response.headers.get("sl-violations");
        if (v) violations.push(v);
        return response;
      },
    });
    const lines: string[] = [];
    await runScenario(client, { projectKey: "default", environmentKey: "production", write: true, userKey: "Abbie_Braun" }, (t, d) =>
      lines.push(`${t}: ${d}`),
    );
    expect(violations).toEqual([]);
    expect(lines.map((l) => l.split(":")[0])).toEqual([
      "postSegment",
      "patchSegment",
      "getSegments",
      "patchExpiringTargetsForSegment",
      "getUserFlagSettings",
      "createBigSegmentImport",
    ]);
    expect(sent).toContain("PATCH application/json; domain-model=launchdarkly.semanticpatch");
    expect(lines.join("\n")).toMatch(/import \S+ started; status \w+/);
  });

  it("makes no write call in read-only mode", async () => {
    const methods: string[] = [];
    const client = createClient({
      apiKey: "demo-token",
      baseUrl: prism.baseUrl,
      fetch: async (input, init) => {
        methods.push((input as Request).method);
        return fetch(input, init);
      },
    });
    await runScenario(client, { projectKey: "default", environmentKey: "production", write: false, userKey: "Abbie_Braun" }, () => {});
    expect(new Set(methods)).toEqual(new Set(["GET"]));
  });
});
