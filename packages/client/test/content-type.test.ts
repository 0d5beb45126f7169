import { describe, expect, it } from "vitest";
import { SEMANTIC_PATCH_MEDIA_TYPE, ValidationError } from "../src/index.js";
import { chooseMediaType, formatOf, JSON_MEDIA_TYPE, MULTIPART_MEDIA_TYPE } from "../src/content-type.js";

describe("formatOf", () => {
  it.each([
    [SEMANTIC_PATCH_MEDIA_TYPE, "semantic"],
    [MULTIPART_MEDIA_TYPE, "multipart"],
    [JSON_MEDIA_TYPE, "json"],
    ["application/merge-patch+json", "json"],
  ])("%s → %s", (given, want) => {
    expect(formatOf(given)).toBe(want);
  });
});

describe("the media types", () => {
  it("are the ones LaunchDarkly documents", () => {
    expect(SEMANTIC_PATCH_MEDIA_TYPE).toBe("application/json; domain-model=launchdarkly.semanticpatch");
    expect(JSON_MEDIA_TYPE).toBe("application/json");
    expect(MULTIPART_MEDIA_TYPE).toBe("multipart/form-data");
  });
});

describe("chooseMediaType", () => {
  const patchable = [SEMANTIC_PATCH_MEDIA_TYPE, JSON_MEDIA_TYPE];
  it.each<[string, { accepted: string[]; body: unknown; format?: "semantic" | "json"; want: string }]>([
    ["a semantic patch", { accepted: patchable, body: { environmentKey: "prod", instructions: [] }, want: SEMANTIC_PATCH_MEDIA_TYPE }],
    ["a JSON Patch array", { accepted: patchable, body: [{ op: "add", path: "/tags/0", value: "x" }], want: JSON_MEDIA_TYPE }],
    ["a JSON merge patch", { accepted: patchable, body: { name: "beta" }, want: JSON_MEDIA_TYPE }],
    ["instructions that are not an array (plain JSON)", { accepted: patchable, body: { instructions: "x" }, want: JSON_MEDIA_TYPE }],
    ["a null body", { accepted: [JSON_MEDIA_TYPE], body: null, want: JSON_MEDIA_TYPE }],
    ["JSON when multipart is listed first", { accepted: [MULTIPART_MEDIA_TYPE, JSON_MEDIA_TYPE], body: { a: 1 }, want: JSON_MEDIA_TYPE }],
    [
      "an explicit format that agrees",
      { accepted: patchable, body: { instructions: [] }, format: "semantic", want: SEMANTIC_PATCH_MEDIA_TYPE },
    ],
  ])("%s", (_name, { accepted, body, format, want }) => {
    expect(chooseMediaType(accepted, body, format)).toBe(want);
  });

  it.each<[string, { accepted: string[]; body: unknown; format?: "semantic" | "json" | "multipart"; rule: string }]>([
    [
      "a JSON body for an operation that takes semantic patch or multipart",
      {
        accepted: [SEMANTIC_PATCH_MEDIA_TYPE, MULTIPART_MEDIA_TYPE],
        body: { name: "x" },
        rule: "is a json body but this operation accepts semantic or multipart",
      },
    ],
    [
      "a semantic patch for a JSON-only operation",
      { accepted: [JSON_MEDIA_TYPE], body: { instructions: [] }, rule: "is a semantic body but this operation accepts json" },
    ],
    [
      "a format that disagrees with the body",
      {
        accepted: [SEMANTIC_PATCH_MEDIA_TYPE, JSON_MEDIA_TYPE],
        body: { name: "x" },
        format: "semantic",
        rule: 'is a json body, not format "semantic"',
      },
    ],
  ])("rejects %s", (_name, { accepted, body, format, rule }) => {
    const error = (() => {
      try {
        return chooseMediaType(accepted, body, format);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field: "body", rule });
  });
});
