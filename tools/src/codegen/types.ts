import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { pathToFileURL } from "node:url";

const BLOB = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier("Blob"));
const NULL = ts.factory.createLiteralTypeNode(ts.factory.createNull());

/**
 * Runs openapi-typescript over the spec and returns the `paths`/`components`/`operations`
 * declarations as source text. `format: binary` becomes `Blob` (a file upload), and schema
 * defaults do not make properties required (they are request defaults the server applies).
 */
export async function generateSchemaTypes(specFile: string): Promise<string> {
  const ast = await openapiTS(pathToFileURL(specFile), {
    defaultNonNullable: false,
    alphabetize: false,
    silent: true,
    transform(schemaObject) {
      if ("format" in schemaObject && schemaObject.format === "binary") {
        return schemaObject.nullable ? ts.factory.createUnionTypeNode([BLOB, NULL]) : BLOB;
      }
      return undefined;
    },
  });
  return astToString(ast);
}

/** Emits `export type Name = components["schemas"]["Name"]` for every component schema. */
export function generateModelAliases(schemaNames: string[]): string {
  const lines = [
    'import type { components } from "./schema.gen.js";',
    "",
    ...schemaNames.flatMap((name) => [
      `/** The \`${name}\` schema of the LaunchDarkly API spec. */`,
      `export type ${name} = components["schemas"]["${name}"];`,
    ]),
    "",
  ];
  return lines.join("\n");
}
