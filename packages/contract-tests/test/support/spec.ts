import { readFileSync } from "node:fs";
import type { OperationId } from "@ldkit/client";
import { operationMetadata } from "./operation-metadata.js";
import { target } from "./target.js";

/** A loosely typed view of the OpenAPI document (the suite only reads it). */
export type Json = Record<string, any>;

let cached: Json | undefined;

/** The spec, as JSON (the derived Prism view: request bodies merged, responses and schemas as in the spec). */
export function spec(): Json {
  cached ??= JSON.parse(readFileSync(target().specFile, "utf8")) as Json;
  return cached;
}

/** Follows a local `$ref` (`#/components/...`) until a non-reference object is reached. */
export function resolve<T = Json>(value: unknown): T {
  let current = value as Json;
  for (let depth = 0; current && typeof current === "object" && typeof current.$ref === "string"; depth++) {
    if (depth > 20) throw new Error(`$ref loop at ${String(current.$ref)}`);
    const ref = current.$ref as string;
    if (!ref.startsWith("#/")) throw new Error(`Only local $refs are supported, got ${ref}`);
    current = ref
      .slice(2)
      .split("/")
      .reduce<Json>((node, key) => node?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], spec());
    if (current === undefined) throw new Error(`Unresolvable $ref ${ref}`);
  }
  return current as T;
}

/** All operation ids, from the client's generated table. */
export const operationIds = Object.keys(operationMetadata).sort() as OperationId[];

/** The spec's operation object of an operation id. */
export function operationSpec(op: OperationId): Json {
  const meta = operationMetadata[op];
  const found = spec().paths?.[meta.path]?.[meta.method.toLowerCase()];
  if (!found) throw new Error(`${op}: ${meta.method} ${meta.path} is not in the spec`);
  return found as Json;
}

/** The documented response statuses of an operation, read from the spec. */
export function specStatuses(op: OperationId): number[] {
  return Object.keys(operationSpec(op).responses ?? {})
    .map(Number)
    .sort((a, b) => a - b);
}

/** The response object of one documented status. */
export function responseSpec(op: OperationId, status: number): Json {
  const response = operationSpec(op).responses?.[String(status)];
  if (!response) throw new Error(`${op} documents no ${status} response`);
  return resolve(response);
}

/** The example Prism serves for a response: `example`, else the first of `examples`. */
export function responseExample(op: OperationId, status: number): unknown {
  const media = responseSpec(op, status).content?.["application/json"];
  if (!media) return undefined;
  if ("example" in media) return media.example;
  const first = Object.values((media.examples ?? {}) as Json)[0];
  return first === undefined ? undefined : resolve(first).value;
}

/** The JSON schema of a response body. */
export function responseSchema(op: OperationId, status: number): Json | undefined {
  return responseSpec(op, status).content?.["application/json"]?.schema as Json | undefined;
}

/** Header names a response documents (lower case). */
export function responseHeaders(op: OperationId, status: number): string[] {
  return Object.keys(responseSpec(op, status).headers ?? {}).map((h) => h.toLowerCase());
}

/**
 * The semantic-patch instruction kinds of the spec, per builder namespace, read from the
 * `discriminator.mapping` of each instruction union.
 */
export function instructionKinds(): Record<string, { op: OperationId; kinds: string[] }> {
  const union = (name: string) => Object.keys(resolve<Json>({ $ref: `#/components/schemas/${name}` }).discriminator?.mapping ?? {});
  return {
    segment: { op: "patchSegment", kinds: union("SegmentInstruction") },
    segmentExpiringTargets: { op: "patchExpiringTargetsForSegment", kinds: union("SegmentExpiringTargetInstruction") },
    segmentExpiringUserTargets: { op: "patchExpiringUserTargetsForSegment", kinds: union("SegmentExpiringUserTargetInstruction") },
    userExpiringFlags: { op: "patchExpiringFlagsForUser", kinds: union("UserExpiringFlagInstruction") },
  };
}

/** The builder namespace whose instructions an operation takes. */
export function namespaceOf(op: string): string | undefined {
  return Object.entries(instructionKinds()).find(([, v]) => v.op === op)?.[0];
}

/**
 * Checks a value against a schema of the spec (the subset the spec uses: `$ref`, `type`, `nullable`,
 * `required`, `properties`, `additionalProperties`, `items`, `enum`, `oneOf`, `minimum`, `maximum`)
 * and returns the problems found, each with its JSON path. Used on every success response, so a
 * real server that breaks the spec (e.g. a missing required field) fails the suite.
 */
export function schemaProblems(value: unknown, schemaOrRef: unknown, at = "$"): string[] {
  const schema = resolve(schemaOrRef);
  if (!schema || Object.keys(schema).length === 0) return [];
  if (value === null)
    return schema.nullable === true || (schema.type === undefined && schema.enum === undefined) ? [] : [`${at}: null is not allowed`];
  if (Array.isArray(schema.oneOf)) {
    const matches = (schema.oneOf as unknown[]).filter((s) => schemaProblems(value, s, at).length === 0).length;
    return matches === 1 ? [] : [`${at}: matches ${matches} of the oneOf schemas (exactly 1 expected)`];
  }
  const problems: string[] = [];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    problems.push(`${at}: ${JSON.stringify(value)} is not one of ${schema.enum.join(", ")}`);
  switch (schema.type) {
    case "object": {
      if (typeof value !== "object" || Array.isArray(value)) return [`${at}: expected an object`];
      const record = value as Record<string, unknown>;
      for (const key of (schema.required ?? []) as string[]) if (!(key in record)) problems.push(`${at}: missing required property ${key}`);
      for (const [key, v] of Object.entries(record)) {
        const property = schema.properties?.[key];
        if (property) problems.push(...schemaProblems(v, property, `${at}.${key}`));
        else if (schema.additionalProperties === false) problems.push(`${at}: unexpected property ${key}`);
        else if (schema.additionalProperties && typeof schema.additionalProperties === "object") {
          problems.push(...schemaProblems(v, schema.additionalProperties, `${at}.${key}`));
        }
      }
      break;
    }
    case "array":
      if (!Array.isArray(value)) return [`${at}: expected an array`];
      if (schema.items) for (const [i, item] of value.entries()) problems.push(...schemaProblems(item, schema.items, `${at}[${i}]`));
      break;
    case "string":
      if (typeof value !== "string") problems.push(`${at}: expected a string`);
      break;
    case "integer":
      if (!Number.isInteger(value)) problems.push(`${at}: expected an integer`);
      break;
    case "number":
      if (typeof value !== "number") problems.push(`${at}: expected a number`);
      break;
    case "boolean":
      if (typeof value !== "boolean") problems.push(`${at}: expected a boolean`);
      break;
    default:
      break;
  }
  if (typeof value === "number") {
    if (typeof schema.minimum === "number" && value < schema.minimum) problems.push(`${at}: ${value} < minimum ${schema.minimum}`);
    if (typeof schema.maximum === "number" && value > schema.maximum) problems.push(`${at}: ${value} > maximum ${schema.maximum}`);
  }
  return problems;
}
