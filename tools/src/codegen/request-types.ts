import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { deref, listOperations, type OpenApiDocument, type RequestBodyObject } from "./spec.js";

/** The operations whose request bodies `@ldkit/semantic-patch` builds; its types are their bodies' schemas. */
export const semanticPatchOperations = [
  "patchSegment",
  "patchExpiringTargetsForSegment",
  "patchExpiringUserTargetsForSegment",
  "patchExpiringFlagsForUser",
] as const;

const SCHEMA_REF = "#/components/schemas/";

/**
 * The component schemas the request bodies of `operationIds` use, directly or through other schemas,
 * in the order they are first reached. Response schemas are not followed, so none appears unless a
 * request body uses it too. Throws when an operation is missing or has no request body.
 */
export function requestSchemaClosure(doc: OpenApiDocument, operationIds: readonly string[]): string[] {
  const schemas = doc.components?.schemas ?? {};
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (node === null || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string" && value.startsWith(SCHEMA_REF)) {
        const name = value.slice(SCHEMA_REF.length);
        if (!Object.hasOwn(schemas, name)) throw new Error(`Unresolvable reference ${value}`);
        if (found.has(name)) continue;
        found.add(name);
        visit(schemas[name]);
      } else {
        visit(value);
      }
    }
  };
  const operations = new Map(listOperations(doc).map(({ operation }) => [operation.operationId, operation]));
  for (const id of operationIds) {
    const operation = operations.get(id);
    if (operation === undefined) throw new Error(`Operation ${id} is not in the spec`);
    if (operation.requestBody === undefined) throw new Error(`Operation ${id} has no request body`);
    visit(deref<RequestBodyObject>(doc, operation.requestBody).content);
  }
  return [...found];
}

/** `components["schemas"]["Name"]` → `"Name"`; anything else → undefined. */
function schemaRefName(node: ts.Node): string | undefined {
  if (!ts.isIndexedAccessTypeNode(node) || !ts.isIndexedAccessTypeNode(node.objectType)) return undefined;
  const { objectType: root, indexType: group } = node.objectType;
  const isLiteral = (n: ts.TypeNode, text?: string): n is ts.LiteralTypeNode & { literal: ts.StringLiteral } =>
    ts.isLiteralTypeNode(n) && ts.isStringLiteral(n.literal) && (text === undefined || n.literal.text === text);
  if (
    !ts.isTypeReferenceNode(root) ||
    !ts.isIdentifier(root.typeName) ||
    root.typeName.text !== "components" ||
    !isLiteral(group, "schemas")
  )
    return undefined;
  return isLiteral(node.indexType) ? node.indexType.literal.text : undefined;
}

/** Replaces every `components["schemas"]["Name"]` in a type with a reference to the alias `Name`. */
function withNamedReferences(type: ts.TypeNode): ts.TypeNode {
  const transformer: ts.TransformerFactory<ts.TypeNode> = (context) => {
    const visit = (node: ts.Node): ts.Node => {
      const name = schemaRefName(node);
      if (name !== undefined) return ts.factory.createTypeReferenceNode(name);
      return ts.visitEachChild(node, visit, context);
    };
    return (root) => visit(root) as ts.TypeNode;
  };
  const result = ts.transform(type, [transformer]);
  const [out] = result.transformed;
  result.dispose();
  return out!;
}

/**
 * Emits one self-contained module with an exported type alias per schema the request bodies of
 * `operationIds` use (see {@link requestSchemaClosure}): openapi-typescript's types for exactly those
 * schemas, with `components["schemas"]["X"]` replaced by `X` and each schema's description and example
 * as the alias's TSDoc. No `components`/`paths` interfaces, no response model, no `Blob` (a schema
 * with a binary field is rejected).
 */
export async function generateRequestTypesModule(doc: OpenApiDocument, operationIds: readonly string[]): Promise<string> {
  const names = requestSchemaClosure(doc, operationIds);
  const schemas = doc.components?.schemas ?? {};
  // openapi-typescript would type a file upload as `string`; the client maps it to `Blob`. Neither is
  // right here: these types must not need the DOM lib, so a binary field is a modelling error.
  const binary = names.filter((name) => JSON.stringify(schemas[name]).includes('"format":"binary"'));
  if (binary.length > 0) throw new Error(`request schemas ${binary.join(", ")} hold a binary (file) field, which these types cannot carry`);
  const subset = {
    openapi: "3.0.3",
    info: { title: "request schemas", version: "0" },
    paths: {},
    components: { schemas: Object.fromEntries(names.map((name) => [name, schemas[name]])) },
  };
  const ast = await openapiTS(subset as unknown as Parameters<typeof openapiTS>[0], {
    defaultNonNullable: false,
    alphabetize: false,
    silent: true,
  });
  const components = ast.find(
    (node): node is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(node) && node.name.text === "components",
  );
  const schemasMember = components?.members.find(
    (member): member is ts.PropertySignature & { type: ts.TypeLiteralNode } =>
      ts.isPropertySignature(member) &&
      ts.isIdentifier(member.name) &&
      member.name.text === "schemas" &&
      member.type !== undefined &&
      ts.isTypeLiteralNode(member.type),
  );
  if (schemasMember === undefined) throw new Error("openapi-typescript produced no components.schemas");
  const aliases = schemasMember.type.members.map((member) => {
    if (
      !ts.isPropertySignature(member) ||
      member.type === undefined ||
      !(ts.isIdentifier(member.name) || ts.isStringLiteral(member.name))
    ) {
      throw new Error(`unexpected member of components.schemas: ${ts.SyntaxKind[member.kind]}`);
    }
    const alias = ts.factory.createTypeAliasDeclaration(
      [ts.factory.createModifier(ts.SyntaxKind.ExportKeyword)],
      member.name.text,
      undefined,
      withNamedReferences(member.type),
    );
    const comments = ts.getSyntheticLeadingComments(member);
    return comments === undefined ? alias : ts.setSyntheticLeadingComments(alias, comments);
  });
  return asTsdoc(astToString(aliases));
}

/**
 * Rewrites openapi-typescript's JSDoc into TSDoc: the description becomes the summary (no
 * `@description`), `@default` becomes `@defaultValue`, and the `@enum` lines and the note on
 * discriminator properties go (the type already says both); comments left empty are removed and
 * one-line ones are written on one line; the JSON of a multi-line `@example` loses the 4 columns of
 * indentation openapi-typescript adds.
 */
export function asTsdoc(source: string): string {
  return dedentExamples(source)
    .replace(/\/\*\* @description (.*) \*\//g, "/** $1 */")
    .replace(/^(\s*)\* @description /gm, "$1* ")
    .replace(/^(\s*)\* @default /gm, "$1* @defaultValue ")
    .replace(/^\s*\* (@enum \{[^}]*\}|discriminator enum property added by openapi-typescript)\s*\n/gm, "")
    .replace(/^\s*\/\*\*\s*\n(\s*\*\s*\n)*\s*\*\/\s*\n/gm, "")
    .replace(/^(\s*)\/\*\*\n\s*\* ([^@\n]*)\n\s*\*\/$/gm, "$1/** $2 */");
}

/** Removes the 4 extra columns openapi-typescript indents the lines of a multi-line JSON `@example` by. */
function dedentExamples(source: string): string {
  let inExample = false;
  return source
    .split("\n")
    .map((line) => {
      if (/\* @example [[{]$/.test(line)) {
        inExample = true;
        return line;
      }
      if (!inExample) return line;
      const dedented = line.replace(/^(\s*\* ) {4}/, "$1");
      if (/^\s*\* [\]}]$/.test(dedented)) inExample = false;
      return dedented;
    })
    .join("\n");
}
