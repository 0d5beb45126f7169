import { generatedHeader, specPath } from "./repo.js";
import { loadSpec } from "./spec.js";
import { generateModelAliases, generateSchemaTypes } from "./types.js";
import { generateRequestTypesModule, semanticPatchOperations } from "./request-types.js";
import { generateEmulatorSpecModule } from "./emulator-spec.js";
import { collectOperations, generateMetadataModule, generateMethodsModule, generateRuntimeTableModule } from "./operations.js";

/**
 * Produces every generated file from the spec, keyed by path relative to the repo root.
 * Pure with respect to the file system: `generate` writes the result, `check-drift` compares it.
 */
export async function generateAll(spec: string = specPath): Promise<Map<string, string>> {
  const doc = await loadSpec(spec);
  const schemaTypes = `${generatedHeader}\n${await generateSchemaTypes(spec)}`;
  const models = `${generatedHeader}\n${generateModelAliases(Object.keys(doc.components?.schemas ?? {}))}`;
  const metas = collectOperations(doc);
  const files = new Map<string, string>();
  files.set("packages/client/src/generated/schema.gen.ts", schemaTypes);
  files.set("packages/client/src/generated/models.gen.ts", models);
  // @ldkit/semantic-patch carries only the schemas of the request bodies it builds (no response model, no Blob).
  files.set(
    "packages/semantic-patch/src/generated/request-types.gen.ts",
    `${generatedHeader}\n${await generateRequestTypesModule(doc, semanticPatchOperations)}`,
  );
  files.set("packages/client/src/generated/operation-metadata.gen.ts", `${generatedHeader}\n${generateMetadataModule(metas)}`);
  files.set("packages/client/src/generated/operations.gen.ts", `${generatedHeader}\n${generateRuntimeTableModule(metas)}`);
  files.set("packages/client/src/generated/operation-methods.gen.ts", `${generatedHeader}\n${generateMethodsModule(metas)}`);
  files.set("packages/emulator/src/generated/spec.gen.ts", `${generatedHeader}\n${generateEmulatorSpecModule(doc)}`);
  return files;
}
