/**
 * Checks a segment's structure once and turns it into the form the evaluator walks: target lists as
 * sets, attribute references parsed, clause values compiled. The result is cached per segment object
 * (segments are treated as immutable values, as `applySegmentPatch` returns them).
 */
import { parseAttributeReference, type AttributeReference } from "./attribute-reference.js";
import { compileOperator, type ValueMatcher } from "./operators.js";
import type { MalformedSegmentReason } from "./reason.js";
import type { SegmentInput } from "./segment.js";

/** One target list: the keys of one context kind. */
export interface CompiledTargets {
  readonly contextKind: string;
  readonly keys: ReadonlySet<string>;
}

/** A clause, compiled. `invalid` clauses are errors when evaluated (as in the SDK, not before). */
export type CompiledClause =
  | { readonly type: "segmentMatch"; readonly segmentKeys: readonly unknown[]; readonly negate: boolean }
  | {
      readonly type: "attribute";
      readonly reference: AttributeReference;
      readonly contextKind: string;
      readonly match: ValueMatcher;
      readonly negate: boolean;
    }
  | { readonly type: "invalid"; readonly field: string; readonly message: string };

/** A rule, compiled. */
export interface CompiledRule {
  readonly index: number;
  readonly id: string | undefined;
  readonly clauses: readonly CompiledClause[];
  readonly weight: number | undefined;
  readonly bucketBy: AttributeReference;
  readonly rolloutContextKind: string;
}

/** A segment, compiled. */
export interface CompiledSegment {
  readonly key: string;
  readonly deleted: boolean;
  readonly unbounded: boolean;
  readonly unboundedContextKind: string;
  readonly generation: unknown;
  readonly salt: string | undefined;
  readonly included: readonly CompiledTargets[];
  readonly excluded: readonly CompiledTargets[];
  readonly rules: readonly CompiledRule[];
}

class Malformed extends Error {
  constructor(
    readonly field: string,
    readonly rule: string,
  ) {
    super(`${field} ${rule}`);
  }
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function optional<T>(object: Json, name: string, field: string, type: "string" | "number" | "boolean"): T | undefined {
  const value = object[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== type) throw new Malformed(field, `must be a ${type}`);
  return value as T;
}

function optionalArray(object: Json, name: string, field: string): readonly unknown[] {
  const value = object[name];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new Malformed(field, "must be an array");
  return value;
}

function keySet(values: readonly unknown[], field: string): Set<string> {
  values.forEach((value, index) => {
    if (typeof value !== "string") throw new Malformed(`${field}[${index}]`, "must be a string");
  });
  return new Set(values as readonly string[]);
}

function targets(segment: Json, contextsName: string, usersName: string): CompiledTargets[] {
  const lists = optionalArray(segment, contextsName, contextsName).map((target, index): CompiledTargets => {
    const field = `${contextsName}[${index}]`;
    if (!isObject(target)) throw new Malformed(field, "must be an object");
    const values = optionalArray(target, "values", `${field}.values`);
    return {
      contextKind: optional<string>(target, "contextKind", `${field}.contextKind`, "string") ?? "user",
      keys: keySet(values, `${field}.values`),
    };
  });
  const users = optionalArray(segment, usersName, usersName);
  if (users.length) lists.push({ contextKind: "user", keys: keySet(users, usersName) });
  return lists;
}

const INVALID_REFERENCE = "is not a valid attribute reference";

function clause(value: unknown, field: string): CompiledClause {
  if (!isObject(value)) throw new Malformed(field, "must be an object");
  const op = value.op;
  if (typeof op !== "string") throw new Malformed(`${field}.op`, "must be a string");
  const values = value.values;
  if (!Array.isArray(values)) throw new Malformed(`${field}.values`, "must be an array");
  const negate = optional<boolean>(value, "negate", `${field}.negate`, "boolean") ?? false;
  const contextKind = optional<string>(value, "contextKind", `${field}.contextKind`, "string");
  const attribute = optional<string>(value, "attribute", `${field}.attribute`, "string");
  if (op === "segmentMatch") return { type: "segmentMatch", segmentKeys: values, negate };
  const reference = parseAttributeReference(attribute ?? "", !contextKind);
  if (!reference.valid)
    return {
      type: "invalid",
      field: `${field}.attribute`,
      message: `${field}.attribute ${INVALID_REFERENCE}: ${JSON.stringify(attribute ?? "")}`,
    };
  return { type: "attribute", reference, contextKind: contextKind ?? "user", match: compileOperator(op, values), negate };
}

const KEY_REFERENCE = parseAttributeReference("key", false);

function rule(value: unknown, index: number): CompiledRule {
  const field = `rules[${index}]`;
  if (!isObject(value)) throw new Malformed(field, "must be an object");
  const clauses = value.clauses;
  if (!Array.isArray(clauses)) throw new Malformed(`${field}.clauses`, "must be an array");
  const rolloutContextKind = optional<string>(value, "rolloutContextKind", `${field}.rolloutContextKind`, "string");
  const bucketBy = optional<string>(value, "bucketBy", `${field}.bucketBy`, "string");
  return {
    index,
    id: optional<string>(value, "_id", `${field}._id`, "string") ?? optional<string>(value, "id", `${field}.id`, "string"),
    clauses: clauses.map((item, i) => clause(item, `${field}.clauses[${i}]`)),
    weight: optional<number>(value, "weight", `${field}.weight`, "number"),
    bucketBy: bucketBy ? parseAttributeReference(bucketBy, !rolloutContextKind) : KEY_REFERENCE,
    rolloutContextKind: rolloutContextKind ?? "user",
  };
}

function compile(segment: Json): CompiledSegment {
  const key = segment.key;
  if (typeof key !== "string") throw new Malformed("key", "must be a string");
  const generation = segment.generation;
  if (generation !== undefined && generation !== null && typeof generation !== "number")
    throw new Malformed("generation", "must be a number");
  return {
    key,
    deleted: optional<boolean>(segment, "deleted", "deleted", "boolean") ?? false,
    unbounded: optional<boolean>(segment, "unbounded", "unbounded", "boolean") ?? false,
    unboundedContextKind: optional<string>(segment, "unboundedContextKind", "unboundedContextKind", "string") || "user",
    generation,
    salt: optional<string>(segment, "salt", "salt", "string"),
    included: targets(segment, "includedContexts", "included"),
    excluded: targets(segment, "excludedContexts", "excluded"),
    rules: optionalArray(segment, "rules", "rules").map(rule),
  };
}

const cache = new WeakMap<object, CompiledSegment | MalformedSegmentReason>();

/**
 * The compiled segment, or why it is malformed (cached per segment object).
 *
 * @example
 * const compiled = compileSegment({ key: "beta", rules: [] });
 * if ("kind" in compiled) console.error(compiled.message);
 */
export function compileSegment(segment: SegmentInput | unknown): CompiledSegment | MalformedSegmentReason {
  if (!isObject(segment)) return { kind: "malformedSegment", segmentKey: "", field: "", message: "the segment must be an object" };
  const cached = cache.get(segment);
  if (cached) return cached;
  let result: CompiledSegment | MalformedSegmentReason;
  try {
    result = compile(segment);
  } catch (error) {
    if (!(error instanceof Malformed)) throw error;
    const segmentKey = typeof segment.key === "string" ? segment.key : "";
    result = {
      kind: "malformedSegment",
      segmentKey,
      field: error.field,
      message: `segment ${JSON.stringify(segmentKey)}: ${error.message}`,
    };
  }
  cache.set(segment, result);
  return result;
}
