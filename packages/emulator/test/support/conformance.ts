/**
 * Conformance of the emulator's responses to the real spec (openapi/ldkit.yaml, read at test time
 * with `yaml`, validated with ajv): the status is documented for the operation, the body matches the
 * response schema (or is empty where the spec documents none), and the documented headers are there.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import AjvModule from "ajv";
import formatsModule from "ajv-formats";
import { parse } from "yaml";

const Ajv = AjvModule.default;
const addFormats = formatsModule.default;

const specFile = fileURLToPath(new URL("../../../../openapi/ldkit.yaml", import.meta.url));
type Json = Record<string, unknown>;
const doc = parse(readFileSync(specFile, "utf8")) as {
  paths: Record<string, Record<string, Json>>;
  components: Record<string, Record<string, Json>>;
};

/** Statuses the emulator answers on any route that the spec does not list per operation (documented in the README). */
export const EMULATOR_ONLY_STATUSES: ReadonlySet<number> = new Set([405, 413, 500, 502, 503, 504]);

const docKeywords = new Set(["description", "example", "examples", "discriminator", "xml", "externalDocs", "deprecated", "summary"]);
function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (!schema || typeof schema !== "object") return schema;
  const out: Json = {};
  let nullable = false;
  for (const [k, v] of Object.entries(schema as Json)) {
    if (docKeywords.has(k)) continue;
    if (k === "nullable") nullable = v === true;
    else if (k === "$ref") out.$ref = (v as string).replace("#/components/schemas/", "spec#/definitions/");
    else if (k === "properties") out.properties = Object.fromEntries(Object.entries(v as Json).map(([p, s]) => [p, toJsonSchema(s)]));
    else out[k] = toJsonSchema(v);
  }
  if (!nullable) return out;
  return typeof out.type === "string" ? { ...out, type: [out.type, "null"] } : { anyOf: [out, { type: "null" }] };
}

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addFormat("binary", true);
ajv.addSchema({
  $id: "spec",
  definitions: Object.fromEntries(Object.entries(doc.components.schemas ?? {}).map(([k, v]) => [k, toJsonSchema(v)])),
});

function deref<T>(value: unknown): T {
  let v = value as Json;
  while (v && typeof v.$ref === "string") {
    const parts = (v.$ref as string).slice(2).split("/");
    v = parts.reduce<Json>((node, p) => node[p] as Json, doc as unknown as Json);
  }
  return v as T;
}

interface SpecOp {
  operationId: string;
  template: string;
  pattern: RegExp;
  method: string;
  responses: Record<string, Json>;
}
const operations: SpecOp[] = Object.entries(doc.paths).flatMap(([template, item]) =>
  Object.entries(item)
    .filter(([m]) => ["get", "post", "put", "patch", "delete"].includes(m))
    .map(([m, op]) => ({
      operationId: op.operationId as string,
      template,
      pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`),
      method: m.toUpperCase(),
      responses: op.responses as Record<string, Json>,
    })),
);

/** The operations of the spec (for coverage checks). */
export const specOperationIds: readonly string[] = operations.map((o) => o.operationId);

/** Statuses the spec documents for an operation. */
export function documentedStatuses(operationId: string): number[] {
  const op = operations.find((o) => o.operationId === operationId)!;
  return Object.keys(op.responses)
    .filter((s) => /^\d{3}$/.test(s))
    .map(Number);
}

/** The spec's enum of a component schema (for status names). */
export function specEnum(schema: string): unknown[] | undefined {
  return (doc.components.schemas?.[schema] as { enum?: unknown[] } | undefined)?.enum;
}

/** One exchange that was checked. */
export interface Exchange {
  operationId: string;
  method: string;
  path: string;
  status: number;
}

const validators = new Map<string, ReturnType<typeof ajv.compile>>();

/** Checks one response; returns the problems (empty when conformant). */
export async function checkExchange(request: Request, response: Response): Promise<{ exchange?: Exchange; problems: string[] }> {
  const url = new URL(request.url);
  const op = operations.find((o) => o.method === request.method && o.pattern.test(url.pathname));
  if (!op) return { problems: [] };
  const exchange = { operationId: op.operationId, method: request.method, path: url.pathname, status: response.status };
  const where = `${op.operationId} ${request.method} ${url.pathname} → ${response.status}`;
  const problems: string[] = [];
  const documented = op.responses[String(response.status)];
  const text = await response.clone().text();
  if (!documented) {
    if (!EMULATOR_ONLY_STATUSES.has(response.status)) problems.push(`${where}: status not documented for the operation`);
    try {
      const body = JSON.parse(text) as Json;
      if (typeof body.code !== "string" || typeof body.message !== "string") problems.push(`${where}: error body is not { code, message }`);
    } catch {
      problems.push(`${where}: error body is not JSON`);
    }
    return { exchange, problems };
  }
  const spec = deref<{ headers?: Record<string, unknown>; content?: Record<string, { schema?: unknown }> }>(documented);
  for (const name of Object.keys(spec.headers ?? {})) {
    if (!response.headers.has(name)) problems.push(`${where}: missing header ${name}`);
  }
  const schema = spec.content?.["application/json"]?.schema;
  if (!schema) {
    if (text !== "") problems.push(`${where}: the spec documents no body, got ${text.slice(0, 80)}`);
    return { exchange, problems };
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    problems.push(`${where}: body is not JSON: ${text.slice(0, 80)}`);
    return { exchange, problems };
  }
  const key = `${op.operationId}:${response.status}`;
  let validate = validators.get(key);
  if (!validate) validators.set(key, (validate = ajv.compile(toJsonSchema(schema) as object)));
  if (!validate(body)) problems.push(`${where}: body does not match the schema: ${ajv.errorsText(validate.errors)}`);
  return { exchange, problems };
}
