import { describe, expect, it } from "vitest";
import { specPath } from "../../src/codegen/repo.js";
import { loadSpec } from "../../src/codegen/spec.js";
import { derivePrismView } from "../../src/prism/spec-view.js";

const SEMANTIC = "application/json; domain-model=launchdarkly.semanticpatch";
const doc = await loadSpec(specPath);
const view = derivePrismView(doc);
const content = (d: typeof doc, p: string, m: string) =>
  ((d.paths[p]![m] as { requestBody: { content: Record<string, { schema: unknown }> } }).requestBody.content);

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
