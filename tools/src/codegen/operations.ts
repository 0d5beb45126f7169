import { deref, listOperations, operationParameters, type OpenApiDocument, type RequestBodyObject, type ResponseObject } from "./spec.js";

/** Metadata of one operation, as emitted into `operations.gen.ts`. */
export interface OperationMeta {
  operationId: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  tags: string[];
  deprecated: boolean;
  pathParams: string[];
  queryParams: string[];
  /**
   * Query parameters as the runtime table encodes them: the name, then `:b` for a boolean or `:i<min>`
   * for an integer with its minimum (`limit:i1`); a plain name is a string.
   */
  queryCodes: string[];
  requestMediaTypes: string[];
  requestBodyRequired: boolean;
  requestExample: unknown;
  successStatus: number;
  responseStatuses: number[];
  partialFailure: boolean;
  returnsLocation: boolean;
  /** The success response's JSON body is an object (so an empty, `null` or array body breaks the contract). */
  returnsObject: boolean;
}

/** Reads every operation's metadata from the spec, sorted by operationId for stable output. */
export function collectOperations(doc: OpenApiDocument): OperationMeta[] {
  const metas = listOperations(doc).map(({ method, path, operation }) => {
    const params = operationParameters(doc, path, operation);
    const body = operation.requestBody ? deref<RequestBodyObject>(doc, operation.requestBody) : undefined;
    const statuses = Object.keys(operation.responses)
      .filter((s) => /^\d{3}$/.test(s))
      .map(Number)
      .sort((a, b) => a - b);
    const successStatus = statuses.find((s) => s >= 200 && s < 300);
    if (successStatus === undefined) throw new Error(`${operation.operationId} documents no 2xx response`);
    const success = deref<ResponseObject>(doc, operation.responses[String(successStatus)]!);
    const firstMedia = body ? (Object.values(body.content)[0] as { example?: unknown } | undefined) : undefined;
    return {
      operationId: operation.operationId,
      method: method.toUpperCase(),
      path,
      summary: operation.summary ?? operation.operationId,
      description: operation.description ?? "",
      tags: operation.tags ?? [],
      deprecated: operation.deprecated === true,
      pathParams: params.filter((p) => p.in === "path").map((p) => p.name),
      queryParams: params.filter((p) => p.in === "query").map((p) => p.name),
      queryCodes: params.filter((p) => p.in === "query").map((p) => queryCode(doc, p)),
      requestMediaTypes: body ? Object.keys(body.content) : [],
      requestBodyRequired: body?.required === true,
      requestExample: firstMedia?.example,
      successStatus,
      responseStatuses: statuses,
      partialFailure: hasErrorsArray(doc, success),
      returnsLocation: Object.keys(success.headers ?? {}).some((h) => h.toLowerCase() === "location"),
      returnsObject: jsonBodyType(doc, success) === "object",
    } satisfies OperationMeta;
  });
  return metas.sort((a, b) => a.operationId.localeCompare(b.operationId));
}

/** A query parameter's runtime code: `name`, `name:b` (boolean) or `name:i<minimum>` (integer). */
function queryCode(doc: OpenApiDocument, parameter: { name: string; schema?: unknown }): string {
  const schema = parameter.schema ? deref<{ type?: string; minimum?: number }>(doc, parameter.schema as { $ref: string }) : {};
  if (schema.type === "boolean") return `${parameter.name}:b`;
  if (schema.type === "integer") return `${parameter.name}:i${schema.minimum ?? ""}`;
  if (schema.type !== undefined && schema.type !== "string")
    throw new Error(`query parameter ${parameter.name}: type ${schema.type} is not supported`);
  return parameter.name;
}

/** The `type` of a success response's `application/json` schema, when it has one. */
function jsonBodyType(doc: OpenApiDocument, response: ResponseObject): string | undefined {
  const media = response.content?.["application/json"] as { schema?: unknown } | undefined;
  if (!media?.schema) return undefined;
  return deref<{ type?: string }>(doc, media.schema as { $ref: string }).type;
}

/** True when a success response's JSON schema has an `errors` array (a 200 that can carry failures). */
function hasErrorsArray(doc: OpenApiDocument, response: ResponseObject): boolean {
  const media = response.content?.["application/json"] as { schema?: unknown } | undefined;
  if (!media?.schema) return false;
  const schema = deref<{ properties?: Record<string, unknown> }>(doc, media.schema as { $ref: string });
  const errors = schema.properties?.errors;
  if (!errors) return false;
  return deref<{ type?: string }>(doc, errors as { $ref: string }).type === "array";
}

/** Emits the full operation metadata (`operation-metadata.gen.ts`): for tooling, tests and types. */
export function generateMetadataModule(metas: OperationMeta[]): string {
  const entries = metas.map((m) => {
    const fields = [
      `method: ${JSON.stringify(m.method)}`,
      `path: ${JSON.stringify(m.path)}`,
      `pathParams: ${JSON.stringify(m.pathParams)}`,
      `queryParams: ${JSON.stringify(m.queryParams)}`,
      `requestMediaTypes: ${JSON.stringify(m.requestMediaTypes)}`,
      `requestBodyRequired: ${m.requestBodyRequired}`,
      `successStatus: ${m.successStatus}`,
      `responseStatuses: ${JSON.stringify(m.responseStatuses)}`,
      `partialFailure: ${m.partialFailure}`,
      `returnsLocation: ${m.returnsLocation}`,
    ];
    return `  /** ${m.summary} — \`${m.method} ${m.path}\` */\n  ${m.operationId}: {\n${fields.map((f) => `    ${f},`).join("\n")}\n  },`;
  });
  return [
    "/**",
    " * Method, path, parameters, media types and documented statuses of every operation in the spec,",
    " * keyed by operationId. The client itself runs on the leaner `operations.gen.ts`; this table is for",
    " * tooling, tests and the types.",
    " */",
    "export const operationMetadata = {",
    ...entries,
    "} as const;",
    "",
    "/** The operationId of any operation in the spec. */",
    "export type OperationId = keyof typeof operationMetadata;",
    "",
  ].join("\n");
}

/** Bits of the flags field of the runtime table. */
export const operationFlags = { bodyRequired: 1, partialFailure: 2, returnsLocation: 4, returnsObject: 8 } as const;

/**
 * Emits the runtime table the client runs on (`operations.gen.ts`), kept small because it ships in
 * every bundle: `[method, path, query parameters, request media types, flags]` per operationId.
 * Path parameters are read from the path template.
 */
export function generateRuntimeTableModule(metas: OperationMeta[]): string {
  const prefix = metas.every((m) => m.path.startsWith("/api/v2/")) ? "/api/v2" : "";
  const entries = metas.map((m) => {
    const flags =
      (m.requestBodyRequired ? operationFlags.bodyRequired : 0) |
      (m.partialFailure ? operationFlags.partialFailure : 0) |
      (m.returnsLocation ? operationFlags.returnsLocation : 0) |
      (m.returnsObject ? operationFlags.returnsObject : 0);
    const row = [m.method, m.path.slice(prefix.length), m.queryCodes, m.requestMediaTypes, flags];
    return `  ${m.operationId}: ${JSON.stringify(row)},`;
  });
  return [
    'import type { OperationId } from "./operation-metadata.gen.js";',
    "",
    "/** The path prefix every operation's path starts with; the table's paths are relative to it. */",
    `export const API_BASE_PATH = ${JSON.stringify(prefix)};`,
    "",
    "/**",
    " * One row of {@link operationTable}: method, path template (after {@link API_BASE_PATH}), query parameters",
    " * (`name`, `name:b` for a boolean, `name:i<minimum>` for an integer), request media types, flags.",
    " */",
    "export type OperationRow = readonly [method: string, path: string, query: readonly string[], mediaTypes: readonly string[], flags: number];",
    "",
    "/** Flag bits of an {@link OperationRow}. */",
    `export const BODY_REQUIRED = ${operationFlags.bodyRequired};`,
    "/** Flag bit: a 200 can report failed instructions in an `errors` array. */",
    `export const PARTIAL_FAILURE = ${operationFlags.partialFailure};`,
    "/** Flag bit: the success response carries a `Location` header instead of a body. */",
    `export const RETURNS_LOCATION = ${operationFlags.returnsLocation};`,
    "/** Flag bit: the success response's JSON body is an object. */",
    `export const RETURNS_OBJECT = ${operationFlags.returnsObject};`,
    "",
    "/** What the client needs at run time to send each operation, keyed by operationId. */",
    "export const operationTable: Record<OperationId, OperationRow> = {",
    ...entries,
    "};",
    "",
  ].join("\n");
}

const exampleValues: Record<string, string> = {
  projectKey: "default",
  environmentKey: "production",
  segmentKey: "beta-testers",
  contextKey: "org-123",
  userKey: "user-123",
  featureFlagKey: "new-checkout",
  exportID: "65f1c2d3e4a5b6c7d8e9f0a1",
  importID: "65f1c2d3e4a5b6c7d8e9f0a2",
};

/** One-paragraph plain text from a markdown description, for TSDoc. */
function firstParagraph(markdown: string): string {
  const text = markdown
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .find((p) => p && !p.startsWith(">") && !p.startsWith("#"));
  return (text ?? "").replace(/\s+/g, " ").replace(/\*\//g, "*\\/");
}

/** Emits the `OperationMethods` interface: one documented method per operation. */
export function generateMethodsModule(metas: OperationMeta[]): string {
  const methods = metas.map((m) => {
    const args: string[] = m.pathParams.map((p) => `${p}: ${JSON.stringify(exampleValues[p] ?? `my-${p}`)}`);
    if (m.operationId === "getSegments") args.push("limit: 20");
    if (m.requestMediaTypes.length > 0) {
      const example = m.requestExample === undefined ? undefined : JSON.stringify(m.requestExample);
      args.push(example && example.length <= 160 && !m.requestMediaTypes.includes("multipart/form-data") ? `body: ${example}` : "body");
    }
    const call = `await client.${m.operationId}({ ${args.join(", ")} })`;
    const returns = m.returnsLocation ? `const { id, location } = ${call}` : m.successStatus === 204 ? call : `const data = ${call}`;
    const doc = [
      `  /**`,
      `   * ${m.summary}.`,
      ...(firstParagraph(m.description) ? [`   *`, `   * ${firstParagraph(m.description)}`] : []),
      `   *`,
      `   * \`${m.method} ${m.path}\` — success: ${m.successStatus}; errors: ${m.responseStatuses.filter((s) => s >= 400).join(", ")}.`,
      ...(m.returnsLocation ? [`   * Resolves to the \`Location\` header of the response and the id it ends with.`] : []),
      ...(m.partialFailure
        ? [`   * A 200 whose \`errors\` array is non-empty throws {@link PartialFailureError} unless \`allowPartial: true\`.`]
        : []),
      ...(m.deprecated ? [`   * @deprecated LaunchDarkly marks this operation deprecated.`] : []),
      `   * @example`,
      `   * ${returns};`,
      `   */`,
      `  ${m.operationId}(args: OperationArgs<"${m.operationId}">): Promise<OperationResult<"${m.operationId}">>;`,
    ];
    return doc.join("\n");
  });
  return [
    'import type { OperationArgs, OperationResult } from "../operation-types.js";',
    'import type { PartialFailureError } from "../errors.js";',
    "",
    "/**",
    " * One method per operation of the spec, named by its operationId. Each takes ONE object holding",
    " * the path parameters, the query parameters and `body` side by side (plus request options such",
    " * as `signal` and `timeout`), resolves to the response data and throws a typed error otherwise.",
    " */",
    "export interface OperationMethods {",
    methods.join("\n\n"),
    "}",
    "",
    "/** Keeps the `PartialFailureError` import referenced for the TSDoc links above. */",
    "export type _PartialFailureErrorLink = PartialFailureError;",
    "",
  ].join("\n");
}
