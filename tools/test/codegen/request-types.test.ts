import ts from "typescript";
import { describe, expect, it } from "vitest";
import { asTsdoc, generateRequestTypesModule, requestSchemaClosure, semanticPatchOperations } from "../../src/codegen/request-types.js";
import { specPath } from "../../src/codegen/repo.js";
import { loadSpec, type OpenApiDocument } from "../../src/codegen/spec.js";

const doc = await loadSpec(specPath);

/** A document with one request body (A → B → C, B ↔ A cyclic) and one response (R → S, and R → B). */
const synthetic: OpenApiDocument = {
  paths: {
    "/things": {
      patch: {
        operationId: "patchThing",
        requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/A" } } } },
        responses: { "200": { content: { "application/json": { schema: { $ref: "#/components/schemas/R" } } } } },
      },
      get: { operationId: "getThing", responses: { "200": { description: "ok" } } },
    },
  },
  components: {
    schemas: {
      A: {
        type: "object",
        description: "The body.",
        required: ["b"],
        properties: { b: { $ref: "#/components/schemas/B" }, c: { type: "array", items: { $ref: "#/components/schemas/C" } } },
        example: { b: { a: null } },
      },
      B: { type: "object", properties: { a: { $ref: "#/components/schemas/A" } } },
      C: { type: "string", enum: ["x", "y"], description: "A choice." },
      R: { type: "object", properties: { b: { $ref: "#/components/schemas/B" }, s: { $ref: "#/components/schemas/S" } } },
      S: { type: "string", format: "binary" },
    },
  },
};

/** Type-checks a module on its own (no lib beyond ES2022, no other file) and returns the diagnostics. */
function compileAlone(source: string): string[] {
  const file = "/virtual/request-types.gen.ts";
  const options: ts.CompilerOptions = { strict: true, noEmit: true, lib: ["lib.es2022.d.ts"], types: [], target: ts.ScriptTarget.ES2022 };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) => (name === file ? ts.createSourceFile(name, source, version) : read(name, version));
  const program = ts.createProgram([file], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("requestSchemaClosure", () => {
  it("follows request bodies through every reference, cycles included, and never into responses", () => {
    expect(requestSchemaClosure(synthetic, ["patchThing"])).toEqual(["A", "B", "C"]);
  });

  it.each([
    ["an operation the spec does not have", ["nope"], "Operation nope is not in the spec"],
    ["an operation without a request body", ["getThing"], "Operation getThing has no request body"],
  ])("rejects %s", (_name, ids, message) => {
    expect(() => requestSchemaClosure(synthetic, ids)).toThrow(message);
  });

  it("on the real spec: the bodies, the 35 instruction kinds, JSON Patch and merge patch; no response schema", () => {
    const names = requestSchemaClosure(doc, semanticPatchOperations);
    expect(names).toEqual(
      expect.arrayContaining([
        "SegmentSemanticPatch",
        "SegmentExpiringTargetsSemanticPatch",
        "SegmentExpiringUserTargetsSemanticPatch",
        "UserExpiringFlagsSemanticPatch",
        "JSONPatch",
        "PatchWithComment",
        "SegmentMergePatch",
        "ClauseInput",
        "ClauseOperator",
        "TargetType",
      ]),
    );
    expect(names.filter((n) => n.endsWith("Instruction"))).toHaveLength(35 + 4);
    for (const response of [
      "UserSegment",
      "UserSegments",
      "Import",
      "Export",
      "BigSegmentImportForm",
      "ExpiringTargetGetResponse",
      "UserFlagSettings",
      "InvalidRequestErrorRep",
      "Links",
    ]) {
      expect(names).not.toContain(response);
    }
  });
});

describe("generateRequestTypesModule", () => {
  it("emits one self-contained alias per schema, references by name, TSDoc from the spec", async () => {
    const source = await generateRequestTypesModule(synthetic, ["patchThing"]);
    expect([...source.matchAll(/^export type (\w+)/gm)].map((m) => m[1])).toEqual(["A", "B", "C"]);
    expect(source).not.toMatch(/components|paths|operations|Blob|\bR\b|\bS\b/);
    expect(source).toMatch(/b: B;/);
    expect(source).toMatch(/c\?: C\[\];/);
    expect(source).toMatch(/a\?: A;/);
    expect(source).toContain('export type C = "x" | "y";');
    expect(source).toContain("/** A choice. */\nexport type C");
    expect(source).toContain('/**\n * The body.\n * @example {\n *   "b": {\n *     "a": null\n *   }\n * }\n */\nexport type A = {');
    expect(compileAlone(source)).toEqual([]);
  });

  it("rejects a request schema with a file field (it would need Blob)", async () => {
    const withFile = structuredClone(synthetic);
    (withFile.components!.schemas!.B as { properties: Record<string, unknown> }).properties.file = { type: "string", format: "binary" };
    await expect(generateRequestTypesModule(withFile, ["patchThing"])).rejects.toThrow("request schemas B hold a binary (file) field");
  });

  it("on the real spec: compiles alone, and holds exactly the closure", async () => {
    const source = await generateRequestTypesModule(doc, semanticPatchOperations);
    expect([...source.matchAll(/^export type (\w+)/gm)].map((m) => m[1])).toEqual(requestSchemaClosure(doc, semanticPatchOperations));
    expect(source).not.toMatch(/components\[|Blob|@description|@enum|openapi-typescript/);
    expect(compileAlone(source)).toEqual([]);
  });
});

describe("asTsdoc", () => {
  it.each([
    ["a one-line description", "/** @description Tags. */\n", "/** Tags. */\n"],
    [
      "a block description and a default",
      "/**\n * @description The kind.\n * @default user\n */\n",
      "/**\n * The kind.\n * @defaultValue user\n */\n",
    ],
    ["an @enum line, leaving a one-line comment", "/**\n * @description Op.\n * @enum {string}\n */\n", "/** Op. */\n"],
    [
      "the discriminator note, leaving an empty comment that goes too",
      '    /**\n     * @description discriminator enum property added by openapi-typescript\n     * @enum {string}\n     */\n    kind: "a";\n',
      '    kind: "a";\n',
    ],
    [
      "the indentation of a JSON example",
      '/**\n * @example {\n *       "a": [\n *         1\n *       ]\n *     }\n */\n',
      '/**\n * @example {\n *   "a": [\n *     1\n *   ]\n * }\n */\n',
    ],
  ])("rewrites %s", (_name, given, want) => {
    expect(asTsdoc(given)).toBe(want);
  });
});
