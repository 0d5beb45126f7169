import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import ts from "typescript";

/**
 * A property type as LaunchDarkly's official client declares it (`dist/api.d.ts`), reduced to what
 * the contract gate compares.
 */
export type OfficialType =
  | { kind: "model"; name: string }
  | { kind: "enum"; name: string; values: string[] }
  | { kind: "array"; items: OfficialType }
  | { kind: "map"; values: OfficialType }
  | { kind: "primitive"; type: "string" | "number" | "boolean" }
  | { kind: "any" }
  | { kind: "void" };

/** One property of an official model. */
export interface OfficialProperty {
  required: boolean;
  type: OfficialType;
}

/** One interface (model) of LaunchDarkly's spec, as the official client declares it. */
export interface OfficialModel {
  name: string;
  properties: Map<string, OfficialProperty>;
}

/** The wire facts and body types of one operation of the official client. */
export interface OfficialOperation {
  operationId: string;
  method: string;
  /** The path template, e.g. `/api/v2/segments/{projectKey}/{environmentKey}`. */
  path: string;
  /** The JSON request body, if the operation takes one. */
  body?: OfficialType;
  /** The `multipart/form-data` fields, if the operation takes a form. */
  form?: OfficialModel;
  /** The type of the success response body (`void` when it has none). */
  response: OfficialType;
}

/** Everything the gate reads from `launchdarkly-api-typescript`. */
export interface OfficialContract {
  /** The installed version of `launchdarkly-api-typescript`. */
  version: string;
  models: Map<string, OfficialModel>;
  operations: Map<string, OfficialOperation>;
}

/** The API classes of the official client that hold ldkit's 23 operations. */
export const OFFICIAL_API_CLASSES = ["SegmentsApi", "UserSettingsApi"] as const;

/**
 * Directory of the installed `launchdarkly-api-typescript` (a devDependency of @ldkit/tools).
 * @example
 * const dir = officialClientDir(); // …/node_modules/launchdarkly-api-typescript
 */
export function officialClientDir(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve("launchdarkly-api-typescript/package.json"));
}

/**
 * Reads the official client's models (from `dist/api.d.ts`, with the TypeScript compiler API) and
 * its operations (method signatures from the `.d.ts`; method, path and form fields from `api.ts`).
 * @example
 * const official = await loadOfficialContract();
 * official.models.get("Import")?.properties.get("status"); // { required: true, type: { kind: "enum", … } }
 */
export async function loadOfficialContract(dir: string = officialClientDir()): Promise<OfficialContract> {
  const [dts, source, pkg] = await Promise.all([
    readFile(path.join(dir, "dist", "api.d.ts"), "utf8"),
    readFile(path.join(dir, "api.ts"), "utf8"),
    readFile(path.join(dir, "package.json"), "utf8"),
  ]);
  return parseOfficialContract(dts, source, (JSON.parse(pkg) as { version: string }).version);
}

/**
 * Parses the official client's `api.d.ts` (models, enums, API classes) and `api.ts` (wire facts of
 * each operation). Pure: the texts are passed in.
 * @example
 * const official = parseOfficialContract(dtsText, apiTsText, "17.2.0");
 */
export function parseOfficialContract(dts: string, apiSource: string, version: string): OfficialContract {
  const file = ts.createSourceFile("api.d.ts", dts, ts.ScriptTarget.Latest, true);
  const enums = new Map<string, string[]>();
  const interfaces = new Map<string, ts.InterfaceDeclaration>();
  const aliases = new Map<string, ts.TypeNode>();
  const classes = new Map<string, ts.ClassDeclaration>();
  for (const stmt of file.statements) {
    if (ts.isInterfaceDeclaration(stmt)) interfaces.set(stmt.name.text, stmt);
    else if (ts.isClassDeclaration(stmt) && stmt.name) classes.set(stmt.name.text, stmt);
    else if (ts.isTypeAliasDeclaration(stmt)) aliases.set(stmt.name.text, stmt.type);
    else if (ts.isVariableStatement(stmt)) {
      for (const decl of stmt.declarationList.declarations) {
        if (ts.isIdentifier(decl.name) && decl.type && ts.isTypeLiteralNode(decl.type)) {
          const values = decl.type.members.flatMap((m) =>
            ts.isPropertySignature(m) && m.type && ts.isLiteralTypeNode(m.type) && ts.isStringLiteral(m.type.literal)
              ? [m.type.literal.text]
              : [],
          );
          if (values.length > 0) enums.set(decl.name.text, values);
        }
      }
    }
  }

  const toType = (node: ts.TypeNode | undefined): OfficialType => {
    if (!node) return { kind: "any" };
    switch (node.kind) {
      case ts.SyntaxKind.StringKeyword:
        return { kind: "primitive", type: "string" };
      case ts.SyntaxKind.NumberKeyword:
        return { kind: "primitive", type: "number" };
      case ts.SyntaxKind.BooleanKeyword:
        return { kind: "primitive", type: "boolean" };
      case ts.SyntaxKind.VoidKeyword:
        return { kind: "void" };
      case ts.SyntaxKind.AnyKeyword:
      case ts.SyntaxKind.UnknownKeyword:
      case ts.SyntaxKind.ObjectKeyword:
        return { kind: "any" };
    }
    if (ts.isParenthesizedTypeNode(node)) return toType(node.type);
    if (ts.isArrayTypeNode(node)) return { kind: "array", items: toType(node.elementType) };
    if (ts.isUnionTypeNode(node)) {
      // `T | null`: nullability is not part of the comparison.
      const rest = node.types.filter((t) => !(ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword));
      return rest.length === 1 ? toType(rest[0]) : { kind: "any" };
    }
    if (ts.isTypeLiteralNode(node)) {
      const index = node.members.find(ts.isIndexSignatureDeclaration);
      return index ? { kind: "map", values: toType(index.type) } : { kind: "any" };
    }
    if (ts.isTypeReferenceNode(node)) {
      const name = node.typeName.getText(file);
      if (name === "Array" && node.typeArguments?.[0]) return { kind: "array", items: toType(node.typeArguments[0]) };
      if (name === "Set" && node.typeArguments?.[0]) return { kind: "array", items: toType(node.typeArguments[0]) };
      const values = enums.get(name);
      if (values) return { kind: "enum", name, values };
      if (interfaces.has(name)) return { kind: "model", name };
      const alias = aliases.get(name);
      if (alias) return toType(alias);
      return { kind: "any" };
    }
    if (ts.isImportTypeNode(node) && node.typeArguments?.[0]) return toType(node.typeArguments[0]); // AxiosResponse<T, any>
    return { kind: "any" };
  };

  const models = new Map<string, OfficialModel>();
  for (const [name, decl] of interfaces) {
    const properties = new Map<string, OfficialProperty>();
    for (const member of decl.members) {
      if (!ts.isPropertySignature(member)) continue;
      const key = ts.isStringLiteral(member.name) || ts.isIdentifier(member.name) ? member.name.text : member.name.getText(file);
      properties.set(key, { required: !member.questionToken, type: toType(member.type) });
    }
    models.set(name, { name, properties });
  }

  const wire = parseWireFacts(apiSource);
  const operations = new Map<string, OfficialOperation>();
  for (const className of OFFICIAL_API_CLASSES) {
    const cls = classes.get(className);
    if (!cls) throw new Error(`launchdarkly-api-typescript ${version}: class ${className} not found in api.d.ts`);
    for (const member of cls.members) {
      if (!ts.isMethodDeclaration(member) || !ts.isIdentifier(member.name)) continue;
      const operationId = member.name.text;
      const facts = wire.get(operationId);
      if (!facts) throw new Error(`launchdarkly-api-typescript ${version}: no request builder for ${operationId} in api.ts`);
      // Promise<AxiosResponse<T, any>>
      const promised = member.type && ts.isTypeReferenceNode(member.type) ? member.type.typeArguments?.[0] : undefined;
      const op: OfficialOperation = { operationId, method: facts.method, path: facts.path, response: toType(promised) };
      const formProps = new Map<string, OfficialProperty>();
      for (const param of member.parameters) {
        const name = param.name.getText(file);
        if (name === "options" || facts.pathParams.has(name) || facts.queryParams.has(name)) continue;
        if (facts.formParams.has(name)) formProps.set(name, { required: !param.questionToken, type: toType(param.type) });
        else op.body = toType(param.type);
      }
      if (formProps.size > 0) op.form = { name: `${operationId} form`, properties: formProps };
      operations.set(operationId, op);
    }
  }
  return { version, models, operations };
}

interface WireFacts {
  method: string;
  path: string;
  pathParams: Set<string>;
  queryParams: Set<string>;
  formParams: Set<string>;
}

/** Reads each request builder of `<Class>AxiosParamCreator` in `api.ts`: method, path, query and form fields. */
function parseWireFacts(source: string): Map<string, WireFacts> {
  const file = ts.createSourceFile("api.ts", source, ts.ScriptTarget.Latest, true);
  const out = new Map<string, WireFacts>();
  const creators = new Set(OFFICIAL_API_CLASSES.map((c) => `${c}AxiosParamCreator`));
  const visit = (node: ts.Node, inCreator: boolean): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) inCreator = creators.has(node.name.text);
    if (inCreator && ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && ts.isArrowFunction(node.initializer)) {
      const text = node.initializer.body.getText(file);
      const pathMatch = /const localVarPath = `([^`]*)`/.exec(text);
      const methodMatch = /method: '([A-Z]+)'/.exec(text);
      if (pathMatch?.[1] && methodMatch?.[1]) {
        const p = pathMatch[1];
        out.set(node.name.text, {
          method: methodMatch[1].toLowerCase(),
          path: p,
          pathParams: new Set([...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string)),
          queryParams: new Set([...text.matchAll(/localVarQueryParameter\['(\w+)'\]/g)].map((m) => m[1] as string)),
          formParams: new Set([...text.matchAll(/localVarFormParams\.append\('(\w+)'/g)].map((m) => m[1] as string)),
        });
      }
      return;
    }
    ts.forEachChild(node, (child) => visit(child, inCreator));
  };
  visit(file, false);
  return out;
}
