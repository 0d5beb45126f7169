import { describe, expect, it } from "vitest";
import { specPath } from "../../src/codegen/repo.js";
import { loadSpec } from "../../src/codegen/spec.js";
import { existsSync } from "node:fs";
import path from "node:path";
import { derivePlainJsonView, derivePrismView } from "../../src/prism/spec-view.js";
import { startPrism } from "../../src/prism/server.js";

const SEMANTIC = "application/json; domain-model=launchdarkly.semanticpatch";
const doc = await loadSpec(specPath);
const view = derivePrismView(doc);
const content = (d: typeof doc, p: string, m: string) =>
  (d.paths[p]![m] as { requestBody: { content: Record<string, { schema: unknown }> } }).requestBody.content;

describe("derivePrismView", () => {
  it("folds patchSegment's three formats into one application/json oneOf", () => {
    const c = content(view, "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}", "patch");
    expect(Object.keys(c)).toEqual(["application/json"]);
    expect(c["application/json"]!.schema).toEqual({
      oneOf: [
        { $ref: "#/components/schemas/SegmentSemanticPatch" },
        { $ref: "#/components/schemas/JSONPatch" },
        { $ref: "#/components/schemas/PatchWithComment" },
        { $ref: "#/components/schemas/SegmentMergePatch" },
      ],
    });
  });

  it("turns a semantic-only body into application/json with the same schema", () => {
    const p = "/api/v2/segments/{projectKey}/{segmentKey}/expiring-targets/{environmentKey}";
    const before = content(doc, p, "patch");
    const after = content(view, p, "patch");
    expect(Object.keys(after)).toEqual(["application/json"]);
    expect(after["application/json"]!.schema).toEqual(before[SEMANTIC]!.schema);
  });

  it("leaves other bodies and the source document untouched", () => {
    const p = "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/imports";
    expect(content(view, p, "post")).toEqual(content(doc, p, "post"));
    expect(Object.keys(content(doc, "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}", "patch"))).toContain(SEMANTIC);
  });
});

describe("derivePlainJsonView", () => {
  it("drops the semantic media type and keeps plain JSON", () => {
    const plain = derivePlainJsonView(doc);
    const seg = content(plain, "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}", "patch");
    expect(Object.keys(seg)).toEqual(["application/json"]);
    const expiring = content(plain, "/api/v2/segments/{projectKey}/{segmentKey}/expiring-targets/{environmentKey}", "patch");
    expect(Object.keys(expiring)).toEqual([]);
  });
});

describe("startPrism", () => {
  it("serves the spec on 127.0.0.1 and removes its temporary spec view when stopped", async () => {
    const prism = await startPrism();
    expect(prism.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${prism.baseUrl}/api/v2/segments/default/production/beta-users`, { headers: { Authorization: "t" } });
    expect(response.status).toBe(200);
    const cmdline = await import("node:fs/promises").then((fs) => fs.readFile(`/proc/${prism.pid}/cmdline`, "utf8"));
    const specFile = cmdline.split("\0").find((a) => a.endsWith("ldkit.prism.json"))!;
    expect(existsSync(specFile)).toBe(true);
    await prism.stop();
    expect(existsSync(path.dirname(specFile))).toBe(false);
    await expect(fetch(`${prism.baseUrl}/`)).rejects.toThrow();
  });
});
