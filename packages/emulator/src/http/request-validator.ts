import AjvModule, { type ErrorObject, type ValidateFunction } from "ajv";
import formatsModule from "ajv-formats";
import { specOperations, specSchemas } from "../generated/spec.gen.js";
import { apiErrors } from "./api-error.js";

// ajv and ajv-formats are CommonJS with a `default` export: reach it the same way under ESM and CJS.
const Ajv = AjvModule.default;
const addFormats = formatsModule.default;

function newAjv(coerceTypes: boolean) {
  const ajv = new Ajv({ strict: false, allErrors: false, coerceTypes, useDefaults: false, validateFormats: true });
  addFormats(ajv);
  ajv.addFormat("binary", true);
  ajv.addSchema({ $id: "ldkit", definitions: specSchemas });
  return ajv;
}

function rebase(schema: unknown): unknown {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/definitions/', '"ldkit#/definitions/'));
}

/**
 * Media type without parameters' spacing, lower case: `application/json;domain-model=launchdarkly.semanticpatch`.
 * @example
 * normalizeMediaType("application/json; charset=utf-8"); // "application/json"
 */
export function normalizeMediaType(contentType: string | null | undefined): string {
  if (!contentType) return "";
  return contentType
    .split(";")
    .map((part) => part.trim().toLowerCase())
    .filter((part) => part !== "" && !part.startsWith("charset="))
    .join(";");
}

function describe(errors: ErrorObject[] | null | undefined, where: string): string {
  const e = errors?.[0];
  if (!e) return `${where} is invalid`;
  const oneOf = errors?.find((x) => x.keyword === "oneOf");
  if (oneOf)
    return `${oneOf.instancePath ? `${where}${oneOf.instancePath}` : where} matches none of the accepted shapes (first mismatch: ${e.instancePath ? `${where}${e.instancePath}` : where} ${e.message ?? "is invalid"})`;
  const path = e.instancePath ? `${where}${e.instancePath}` : where;
  if (e.keyword === "additionalProperties") return `${path} has unknown property "${String(e.params.additionalProperty)}"`;
  if (e.keyword === "enum") return `${path} must be one of ${JSON.stringify(e.params.allowedValues)}`;
  return `${path} ${e.message ?? "is invalid"}`;
}

/**
 * Validates requests against the spec's schemas (generated into `spec.gen.ts`): query parameters
 * (coerced from strings, unknown ones refused) and the body of the media type sent. Every failure
 * is a `400 invalid_request` naming the field.
 * @example
 * const validator = createRequestValidator();
 * validator.query("getSegments", { limit: "20" }); // { limit: 20 }
 * validator.body("postSegment", "application/json", { key: "beta", name: "Beta" });
 */
export interface RequestValidator {
  /** Checks and converts the query of an operation; returns the typed values. */
  query(operationId: string, raw: Record<string, string>): Record<string, unknown>;
  /** The spec's media type key matching a `Content-Type` header, or a 400/415 when none does. */
  mediaType(operationId: string, contentType: string | null): string;
  /** Checks a parsed body against the schema of `mediaType`. */
  body(operationId: string, mediaType: string, body: unknown): void;
}

/**
 * Creates the {@link RequestValidator}; schemas are compiled on first use of each operation.
 * @example
 * const validator = createRequestValidator();
 */
export function createRequestValidator(): RequestValidator {
  const queryAjv = newAjv(true);
  const bodyAjv = newAjv(false);
  const cache = new Map<string, ValidateFunction>();
  const compiled = (key: string, make: () => ValidateFunction) => {
    let fn = cache.get(key);
    if (!fn) cache.set(key, (fn = make()));
    return fn;
  };
  const operation = (operationId: string) => {
    const op = specOperations[operationId];
    if (!op) throw new Error(`unknown operation ${operationId}`);
    return op;
  };
  return {
    query(operationId, raw) {
      const op = operation(operationId);
      const fn = compiled(`q:${operationId}`, () =>
        queryAjv.compile(rebase({ type: "object", properties: op.query, additionalProperties: false }) as object),
      );
      const value: Record<string, unknown> = { ...raw };
      if (!fn(value)) throw apiErrors.badRequest(describe(fn.errors, "query").replace(/^query\//, "query parameter "));
      return value;
    },
    mediaType(operationId, contentType) {
      const op = operation(operationId);
      const sent = normalizeMediaType(contentType);
      const keys = Object.keys(op.body);
      const match =
        keys.find((k) => normalizeMediaType(k) === sent) ??
        (sent.startsWith("multipart/form-data") ? keys.find((k) => k === "multipart/form-data") : undefined);
      if (!match) {
        throw apiErrors.badRequest(
          `Content-Type ${contentType ? `"${contentType}"` : "(none)"} is not supported here; send ${keys.map((k) => `"${k}"`).join(" or ")}`,
        );
      }
      return match;
    },
    body(operationId, mediaType, body) {
      const op = operation(operationId);
      const schema = op.body[mediaType];
      const fn = compiled(`b:${operationId}:${mediaType}`, () => bodyAjv.compile(rebase(schema) as object));
      if (!fn(body)) throw apiErrors.badRequest(describe(fn.errors, "body"));
    },
  };
}
