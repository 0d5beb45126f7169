import { readFile } from "node:fs/promises";
import { parse } from "yaml";

/** The subset of an OpenAPI 3.0 document the code generators read. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
  components?: {
    schemas?: Record<string, unknown>;
    parameters?: Record<string, ParameterObject>;
    responses?: Record<string, ResponseObject>;
    requestBodies?: Record<string, RequestBodyObject>;
  };
}

/** An OpenAPI parameter object. */
export interface ParameterObject {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  description?: string;
  schema?: { type?: string };
}

/** An OpenAPI response object. */
export interface ResponseObject {
  description?: string;
  content?: Record<string, unknown>;
  headers?: Record<string, unknown>;
}

/** An OpenAPI request body object. */
export interface RequestBodyObject {
  required?: boolean;
  content: Record<string, unknown>;
}

/** An OpenAPI operation object (the fields the generators use). */
export interface OperationObject {
  operationId: string;
  summary?: string;
  description?: string;
  tags?: string[];
  deprecated?: boolean;
  parameters?: Array<ParameterObject | { $ref: string }>;
  requestBody?: RequestBodyObject | { $ref: string };
  responses: Record<string, ResponseObject | { $ref: string }>;
}

/** Reads and parses the YAML spec. */
export async function loadSpec(file: string): Promise<OpenApiDocument> {
  return parse(await readFile(file, "utf8")) as OpenApiDocument;
}

/** Resolves a local `#/components/...` reference, or returns the object itself. */
export function deref<T>(doc: OpenApiDocument, value: T | { $ref: string }): T {
  if (value && typeof value === "object" && "$ref" in value) {
    const ref = (value as { $ref: string }).$ref;
    if (!ref.startsWith("#/")) throw new Error(`Only local references are supported, got ${ref}`);
    let node: unknown = doc;
    for (const part of ref.slice(2).split("/")) {
      node = (node as Record<string, unknown>)[part.replace(/~1/g, "/").replace(/~0/g, "~")];
      if (node === undefined) throw new Error(`Unresolvable reference ${ref}`);
    }
    return deref(doc, node as T | { $ref: string });
  }
  return value as T;
}

/** HTTP methods an OpenAPI path item may hold, in the order the generators emit them. */
export const httpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** Every operation of the document with its method and path, in document order. */
export function listOperations(doc: OpenApiDocument): Array<{ method: string; path: string; operation: OperationObject }> {
  const out: Array<{ method: string; path: string; operation: OperationObject }> = [];
  for (const [p, item] of Object.entries(doc.paths)) {
    for (const method of httpMethods) {
      const operation = item[method] as OperationObject | undefined;
      if (operation) out.push({ method, path: p, operation });
    }
  }
  return out;
}

/**
 * The parameters that apply to an operation: the path item's shared parameters, overridden by the
 * operation's own (same name and location), references resolved.
 */
export function operationParameters(doc: OpenApiDocument, pathKey: string, operation: OperationObject): ParameterObject[] {
  const shared = ((doc.paths[pathKey]?.parameters ?? []) as Array<ParameterObject | { $ref: string }>).map((p) =>
    deref<ParameterObject>(doc, p),
  );
  const own = (operation.parameters ?? []).map((p) => deref<ParameterObject>(doc, p));
  const key = (p: ParameterObject) => `${p.in}:${p.name}`;
  const ownKeys = new Set(own.map(key));
  return [...shared.filter((p) => !ownKeys.has(key(p))), ...own];
}
