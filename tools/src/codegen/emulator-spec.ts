import { deref, listOperations, operationParameters, type OpenApiDocument, type RequestBodyObject } from "./spec.js";

/** What the emulator needs of one operation at run time: routing, request schemas, documented statuses. */
export interface EmulatorOperationSpec {
  method: string;
  path: string;
  /** Query parameters and their JSON schemas (after `nullable` conversion). */
  query: Record<string, unknown>;
  /** Request body schemas keyed by media type. */
  body: Record<string, unknown>;
  bodyRequired: boolean;
  /** Every documented status, ascending. */
  statuses: number[];
}

/** Keywords of OpenAPI 3.0 that carry documentation only; the emulator's validator does not need them. */
const docKeywords = new Set(["description", "example", "examples", "summary", "externalDocs", "discriminator", "xml", "deprecated"]);

/**
 * Turns an OpenAPI 3.0 schema into plain JSON Schema for ajv: `nullable: true` becomes a `null`
 * alternative, documentation keywords are dropped, `#/components/schemas/X` refs become `#/definitions/X`.
 */
export function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (!schema || typeof schema !== "object") return schema;
  const out: Record<string, unknown> = {};
  let nullable = false;
  for (const [key, value] of Object.entries(schema as Record<string, unknown>)) {
    if (docKeywords.has(key)) continue;
    if (key === "nullable") {
      nullable = value === true;
      continue;
    }
    if (key === "$ref" && typeof value === "string") {
      out.$ref = value.replace("#/components/schemas/", "#/definitions/");
      continue;
    }
    // property names are data, not keywords: keep `properties.description` etc.
    if (key === "properties" && value && typeof value === "object") {
      out.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonSchema(v)]));
      continue;
    }
    out[key] = toJsonSchema(value);
  }
  if (!nullable) return out;
  if (typeof out.type === "string")
    return { ...out, type: [out.type, "null"], ...(out.enum ? { enum: [...(out.enum as unknown[]), null] } : {}) };
  return { anyOf: [out, { type: "null" }] };
}

/** Collects every operation's routing, request schemas and statuses, keyed by operationId (sorted). */
export function collectEmulatorSpec(doc: OpenApiDocument): Record<string, EmulatorOperationSpec> {
  const entries = listOperations(doc).map(({ method, path, operation }) => {
    const params = operationParameters(doc, path, operation);
    const body = operation.requestBody ? deref<RequestBodyObject>(doc, operation.requestBody) : undefined;
    const spec: EmulatorOperationSpec = {
      method: method.toUpperCase(),
      path,
      query: Object.fromEntries(params.filter((p) => p.in === "query").map((p) => [p.name, toJsonSchema(p.schema ?? {})])),
      body: Object.fromEntries(
        Object.entries(body?.content ?? {}).map(([media, value]) => [media, toJsonSchema((value as { schema?: unknown }).schema ?? {})]),
      ),
      bodyRequired: body?.required === true,
      statuses: Object.keys(operation.responses)
        .filter((s) => /^\d{3}$/.test(s))
        .map(Number)
        .sort((a, b) => a - b),
    };
    return [operation.operationId, spec] as const;
  });
  return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
}

/** Emits `packages/emulator/src/generated/spec.gen.ts`: the operations and the component schemas as JSON Schema. */
export function generateEmulatorSpecModule(doc: OpenApiDocument): string {
  const operations = collectEmulatorSpec(doc);
  const schemas = Object.fromEntries(
    Object.entries(doc.components?.schemas ?? {})
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, schema]) => [name, toJsonSchema(schema)]),
  );
  return [
    "/** One operation as the emulator routes and validates it. */",
    "export interface SpecOperation {",
    "  /** HTTP method, upper case. */",
    "  readonly method: string;",
    "  /** Path template with `{param}` placeholders. */",
    "  readonly path: string;",
    "  /** JSON Schema of each query parameter. */",
    "  readonly query: Readonly<Record<string, unknown>>;",
    "  /** JSON Schema of the request body, per media type. */",
    "  readonly body: Readonly<Record<string, unknown>>;",
    "  /** Whether the request body is required. */",
    "  readonly bodyRequired: boolean;",
    "  /** Every status the spec documents for the operation. */",
    "  readonly statuses: readonly number[];",
    "}",
    "",
    "/** Every operation of openapi/ldkit.yaml, keyed by operationId. */",
    `export const specOperations: Readonly<Record<string, SpecOperation>> = ${JSON.stringify(operations, null, 2)};`,
    "",
    "/** The spec's component schemas as JSON Schema (draft-07, `nullable` converted; refs point at `#/definitions/`). */",
    `export const specSchemas: Readonly<Record<string, unknown>> = ${JSON.stringify(schemas, null, 2)};`,
    "",
  ].join("\n");
}
