import { describe, expect, it } from "vitest";
import { createClient } from "@ldkit/client";
import { createEmulator } from "@ldkit/emulator";
import { runScenario } from "../../src/demo/scenario.js";

const where = { projectKey: "default", environmentKey: "production" };

describe("the demo scenario against the emulator", () => {
  it("prints what really happened: every line agrees with the emulator's state", async () => {
    const emulator = createEmulator({ seed: 1, jobs: { stepMs: 20 } });
    const sent: string[] = [];
    const client = createClient({
      apiKey: "demo-token",
      fetch: async (input, init) => {
        const req = new Request(input, init);
        sent.push(`${req.method} ${req.headers.get("content-type") ?? ""}`);
        return emulator.fetch(req);
      },
    });
    const lines: string[] = [];
    await runScenario(client, { ...where, write: true, userKey: "Abbie_Braun", importTimeoutMs: 5000 }, (t, d) => lines.push(`${t}: ${d}`));
    expect(lines.map((l) => l.split(":")[0])).toEqual([
      "postSegment",
      "patchSegment",
      "getSegments",
      "getContextInstanceSegments…",
      "previewSegmentPatch",
      "patchExpiringTargetsForSegment",
      "getUserFlagSettings",
      "createBigSegmentImport",
    ]);
    expect(sent).toContain("PATCH application/json; domain-model=launchdarkly.semanticpatch");

    const state = emulator.snapshot().projects.default!.environments.production!.segments;
    const beta = state["ldkit-demo-beta-testers"]!.segment;
    const out = lines.join("\n");
    expect(out).toContain(`created segment "${beta.name}" (key ldkit-demo-beta-testers, version 1)`);
    expect(out).toContain(`2 included target(s), ${beta.rules.length} rule(s), version 2`);
    expect(out).toContain("1 segment(s) tagged ldkit-demo (total 1): ldkit-demo-beta-testers");
    expect(out).toContain(
      "members of ldkit-demo-beta-testers: org:org-acme, org:org-globex, user:ann (of org:org-acme, org:org-globex, user:ann, user:zed)",
    );
    expect(out).toMatch(/would enter user:zed; would leave org:org-globex/);
    expect(state["ldkit-demo-beta-testers"]!.expiring.map((e) => e.contextKey)).toEqual(["org-acme"]);
    expect(out).toContain("1/1 instruction(s) succeeded; 1 target(s) scheduled to expire");
    expect(out).toContain("3 flag(s) for Abbie_Braun");
    const imports = state["ldkit-demo-devices"]!.imports;
    expect(imports).toHaveLength(1);
    expect(imports[0]!.status).toBe("complete");
    expect(out).toMatch(
      new RegExp(
        `import ${imports[0]!.id} into ldkit-demo-devices: preparing( → in_progress)? → complete; 3 key\\(s\\) included; device-2 included: true`,
      ),
    );
    // the previewed patch was not sent
    expect(beta.included).toEqual([]);
    await emulator.close();
  });

  it("makes no write call in read-only mode", async () => {
    const emulator = createEmulator();
    const methods: string[] = [];
    const client = createClient({
      apiKey: "demo-token",
      fetch: async (input, init) => {
        const req = new Request(input, init);
        methods.push(req.method);
        return emulator.fetch(req);
      },
    });
    await runScenario(client, { ...where, write: false, userKey: "Abbie_Braun" }, () => {});
    expect(new Set(methods)).toEqual(new Set(["GET"]));
  });
});
