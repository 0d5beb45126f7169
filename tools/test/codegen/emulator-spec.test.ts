import { describe, expect, it } from "vitest";
import { collectEmulatorSpec, generateEmulatorSpecModule, toJsonSchema } from "../../src/codegen/emulator-spec.js";
import { specPath } from "../../src/codegen/repo.js";
import { loadSpec } from "../../src/codegen/spec.js";

describe("toJsonSchema", () => {
  it.each([
    ["nullable scalar", { type: "string", nullable: true }, { type: ["string", "null"] }],
    ["nullable enum", { type: "string", enum: ["a"], nullable: true }, { type: ["string", "null"], enum: ["a", null] }],
    ["nullable ref", { $ref: "#/components/schemas/X", nullable: true }, { anyOf: [{ $ref: "#/definitions/X" }, { type: "null" }] }],
    ["documentation dropped", { type: "object", description: "d", example: {}, discriminator: { propertyName: "k" } }, { type: "object" }],
    [
      "property names kept",
      { properties: { description: { type: "string", description: "x" } } },
      { properties: { description: { type: "string" } } },
    ],
  ])("%s", (_name, given, want) => {
    expect(toJsonSchema(given)).toEqual(want);
  });
});

describe("the emulator's spec module", () => {
  it("holds every operation with its documented statuses and body media types", async () => {
    const doc = await loadSpec(specPath);
    const ops = collectEmulatorSpec(doc);
    expect(Object.keys(ops)).toHaveLength(23);
    expect(ops.patchSegment!.body).toHaveProperty(["application/json; domain-model=launchdarkly.semanticpatch"]);
    expect(ops.getSegments!.query).toHaveProperty("limit");
    expect(ops.getSegment!.statuses).toEqual([200, 401, 404, 429]);
    const module = generateEmulatorSpecModule(doc);
    expect(module).toContain("export const specOperations");
    expect(module).not.toContain("#/components/schemas/");
  });
});
