/**
 * The one module with validation rules. Every builder of the package describes its parameters as a
 * {@link Shape} made of the checks below; nothing else in the package inspects input by hand.
 *
 * A check receives the value, the instruction kind (or helper name) and the field path, and either
 * returns the value as it goes on the wire (a fresh copy for arrays and objects) or throws a
 * {@link SemanticPatchError}.
 */
import { SemanticPatchError } from "./errors.js";
import type { ClauseInput, ClauseOperator, TargetType } from "./types.js";

/**
 * LaunchDarkly's limit on target keys in one instruction (1500); split larger changes with `chunkSegmentPatch`.
 *
 * @example
 * if (keys.length > MAX_TARGETS_PER_INSTRUCTION) patches = chunkSegmentPatch(patch);
 */
export const MAX_TARGETS_PER_INSTRUCTION = 1500;
/**
 * Smallest accepted timestamp (1e11 ms, 1973-03-03): anything smaller looks like Unix seconds.
 *
 * @example
 * const value = seconds * 1000; // value >= MIN_TIMESTAMP_MS
 */
export const MIN_TIMESTAMP_MS = 100_000_000_000;
/**
 * First rejected timestamp (1e14 ms, the year 5138): anything from there up looks like microseconds.
 *
 * @example
 * Date.now() < MAX_TIMESTAMP_MS; // true
 */
export const MAX_TIMESTAMP_MS = 100_000_000_000_000;
/**
 * Largest rollout weight: 100000 thousandths of a percent is 100 %.
 *
 * @example
 * segment.updateRuleRolloutAndContextKind({ ruleId, weight: MAX_WEIGHT / 5, contextKind: "user" }); // 20 %
 */
export const MAX_WEIGHT = 100_000;
/**
 * Every clause operator of the spec's `ClauseOperator` enum, spelled exactly as on the wire.
 *
 * @example
 * CLAUSE_OPERATORS.includes("endsWith"); // true
 */
export const CLAUSE_OPERATORS = [
  "in",
  "endsWith",
  "startsWith",
  "matches",
  "contains",
  "lessThan",
  "lessThanOrEqual",
  "greaterThan",
  "greaterThanOrEqual",
  "before",
  "after",
  "segmentMatch",
  "semVerEqual",
  "semVerLessThan",
  "semVerGreaterThan",
] as const satisfies readonly ClauseOperator[];

// Fails to compile when the spec gains an operator that the list above lacks.
const operatorsComplete: [Exclude<ClauseOperator, (typeof CLAUSE_OPERATORS)[number]>] extends [never] ? true : never = true;
void operatorsComplete;

/** Validates one value and returns it as it goes on the wire. */
export type Check<T> = (value: unknown, kind: string, field: string) => T;
/** Marks a field as optional: absent (or `undefined`) fields are left out of the output. */
export interface Optional<T> {
  readonly optional: Check<T>;
}
type OptionalKeys<P> = { [K in keyof P]-?: {} extends Pick<P, K> ? K : never }[keyof P];
/** The checks for every field of `P`, in wire order; optional fields of `P` must use {@link optional}. */
export type Shape<P> = {
  readonly [K in keyof P]-?: K extends OptionalKeys<P> ? Optional<Exclude<P[K], undefined>> : Check<P[K]>;
};

/** Throws the package's error. */
export function fail(kind: string, field: string, rule: string): never {
  throw new SemanticPatchError(kind, field, rule);
}

/** Runs `fn`, re-throwing its {@link SemanticPatchError} with the path `at` put before the field. */
export function within<T>(at: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof SemanticPatchError) throw new SemanticPatchError(error.kind, join(at, error.field), error.rule);
    throw error;
  }
}

/** A short, safe rendering of a value for error messages. */
export function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  if (typeof value === "object") {
    const ctor: unknown = (value as { constructor?: unknown }).constructor;
    return isPlainObject(value) || typeof ctor !== "function" || ctor.name === "" ? "an object" : `a ${ctor.name}`;
  }
  if (typeof value === "function" || typeof value === "symbol") return `a ${typeof value}`;
  return String(value);
}

/** True for `{...}` literals and `Object.create(null)` objects (not arrays, dates or class instances). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The path of `key` inside the object at path `at` (`""` is the parameter object itself). */
export function join(at: string, key: string): string {
  return at === "" ? key : `${at}.${key}`;
}

/** Wraps a check so the field may be left out. */
export function optional<T>(check: Check<T>): Optional<T> {
  return { optional: check };
}

/**
 * Validates an object against a shape: it must be a plain object, carry no field the shape lacks,
 * and every required field must be present. Returns a new object with the fields in shape order.
 * `at` is the object's own path (empty for a builder's parameter object).
 */
export function fields<P extends object>(value: unknown, shape: Shape<P>, kind: string, at = ""): P {
  const path = (key: string): string => join(at, key);
  if (!isPlainObject(value)) fail(kind, at === "" ? "parameters" : at, `must be an object (got ${describe(value)})`);
  const known = Object.keys(shape);
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(shape, key)) fail(kind, path(key), `is not a known field (expected ${known.join(", ")})`);
  }
  const out: Record<string, unknown> = {};
  for (const key of known) {
    const entry = (shape as Record<string, Check<unknown> | Optional<unknown>>)[key];
    const given = value[key];
    if (typeof entry === "function") {
      if (given === undefined) fail(kind, path(key), "is required");
      out[key] = entry(given, kind, path(key));
    } else if (entry !== undefined && given !== undefined) {
      out[key] = entry.optional(given, kind, path(key));
    }
  }
  return out as P;
}

/**
 * Builds a wire instruction: `{ kind, ...params }` after checking `params` against `shape`.
 * Every instruction builder of the package is a one-line call to this function.
 */
export function instruction<K extends string, P extends object>(kind: K, params: P, shape: NoInfer<Shape<P>>): { kind: K } & P {
  return { kind, ...fields(params, shape, kind) };
}

// ------------------------------------------------------------------ scalars

/** Any string (descriptions, comments). */
export const text: Check<string> = (value, kind, field) => {
  if (typeof value !== "string") fail(kind, field, `must be a string (got ${describe(value)})`);
  return value;
};

/** A non-empty string: keys and IDs (context keys, rule/clause/import IDs, flag keys, variation IDs). */
export const nonEmptyString: Check<string> = (value, kind, field) => {
  if (text(value, kind, field) === "") fail(kind, field, "must not be empty");
  return value as string;
};

/** A name: a string with at least one non-blank character. */
export const name: Check<string> = (value, kind, field) => {
  if (nonEmptyString(value, kind, field).trim() === "") fail(kind, field, "must not be blank");
  return value as string;
};

/** A boolean. */
export const boolean: Check<boolean> = (value, kind, field) => {
  if (typeof value !== "boolean") fail(kind, field, `must be a boolean (got ${describe(value)})`);
  return value;
};

const CONTEXT_KIND = /^[A-Za-z0-9._-]+$/;
/** A context kind: ASCII letters, digits, `.`, `_` and `-`; not the reserved `kind` or `multi`. */
export const contextKind: Check<string> = (value, kind, field) => {
  const given = nonEmptyString(value, kind, field);
  if (!CONTEXT_KIND.test(given)) fail(kind, field, `must contain only letters, digits, ".", "_" and "-" (got ${describe(given)})`);
  if (given === "kind" || given === "multi") fail(kind, field, `must not be the reserved word ${describe(given)}`);
  return given;
};

/** `"included"` or `"excluded"`. */
export const targetType: Check<TargetType> = (value, kind, field) => {
  if (value !== "included" && value !== "excluded") fail(kind, field, `must be "included" or "excluded" (got ${describe(value)})`);
  return value;
};

function integer(value: unknown, kind: string, field: string, what: string): number {
  if (typeof value === "string") fail(kind, field, `must be a number, not a string (got ${describe(value)}); ${what}`);
  if (typeof value !== "number") fail(kind, field, `must be a number (got ${describe(value)}); ${what}`);
  if (!Number.isInteger(value)) fail(kind, field, `must be an integer (got ${describe(value)}); ${what}`);
  return value;
}

/** A rollout weight: an integer number (not a numeric string) from 0 to 100000. */
export const weight: Check<number> = (value, kind, field) => {
  const what = "weights are thousandths of a percent, 0 to 100000";
  const given = integer(value, kind, field, what);
  if (given < 0 || given > MAX_WEIGHT) fail(kind, field, `must be from 0 to ${MAX_WEIGHT} (got ${given}); ${what}`);
  return given;
};

/** A version: a non-negative integer. */
export const version: Check<number> = (value, kind, field) => {
  const given = integer(value, kind, field, "versions are non-negative integers");
  if (given < 0) fail(kind, field, `must not be negative (got ${given})`);
  return given;
};

/**
 * A timestamp in Unix milliseconds: an integer from 1e11 (1973-03-03) up to, not including, 1e14
 * (the year 5138). Smaller values look like Unix seconds, larger ones like microseconds.
 */
export const timestamp: Check<number> = (value, kind, field) => {
  const given = integer(value, kind, field, "timestamps are integer Unix milliseconds");
  if (given < 0) fail(kind, field, `must not be negative (got ${given}); timestamps are Unix milliseconds`);
  if (given < MIN_TIMESTAMP_MS) {
    fail(kind, field, `must be Unix milliseconds, not seconds (got ${given}; values below ${MIN_TIMESTAMP_MS} look like seconds)`);
  }
  if (given >= MAX_TIMESTAMP_MS) {
    fail(
      kind,
      field,
      `must be Unix milliseconds, not microseconds (got ${given}; values from ${MAX_TIMESTAMP_MS} up look like microseconds)`,
    );
  }
  return given;
};

/** A clause operator of the spec's enum, spelled exactly (operators are case sensitive). */
export const operator: Check<ClauseOperator> = (value, kind, field) => {
  const given = text(value, kind, field);
  const exact = CLAUSE_OPERATORS.find((op) => op === given);
  if (exact !== undefined) return exact;
  const loose = CLAUSE_OPERATORS.find((op) => op.toLowerCase() === given.toLowerCase());
  if (loose !== undefined) fail(kind, field, `must be written ${describe(loose)} (operators are case sensitive; got ${describe(given)})`);
  return fail(kind, field, `must be a known clause operator, one of ${CLAUSE_OPERATORS.join(", ")} (got ${describe(given)})`);
};

/** Allows `null` besides what `check` accepts (merge patches remove a field with `null`). */
export function nullable<T>(check: Check<T>): Check<T | null> {
  return (value, kind, field) => (value === null ? null : check(value, kind, field));
}

/**
 * Any JSON value: null, strings, booleans, finite numbers, arrays and plain objects of those (no
 * `undefined`, functions, class instances such as `Date`, or cycles). Returns a deep copy.
 */
export const jsonValue: Check<unknown> = (value, kind, field) => copyJson(value, kind, field, new Set());

function copyJson(value: unknown, kind: string, field: string, open: Set<object>): unknown {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) fail(kind, field, `must be a JSON value: numbers must be finite (got ${describe(value)})`);
    return value;
  }
  if (!Array.isArray(value) && !isPlainObject(value)) fail(kind, field, `must be a JSON value (got ${describe(value)})`);
  if (open.has(value)) fail(kind, field, "must be a JSON value (it contains a cycle)");
  open.add(value);
  const copy = Array.isArray(value)
    ? Array.from(value, (item: unknown, i) => copyJson(item, kind, `${field}[${i}]`, open))
    : Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copyJson(item, kind, join(field, key), open)]));
  open.delete(value);
  return copy;
}

// ------------------------------------------------------------------ lists

interface ListOptions {
  /** Plural noun for messages, e.g. "keys". */
  readonly noun: string;
  readonly max?: number;
  readonly allowEmpty?: boolean;
  readonly unique?: boolean;
}

/** A list of items; by default non-empty. `unique` rejects repeated items (by type and value). */
export function list<T>(item: Check<T>, options: ListOptions): Check<T[]> {
  const { noun, max = Number.POSITIVE_INFINITY, allowEmpty = false, unique = false } = options;
  return (value, kind, field) => {
    if (!Array.isArray(value)) fail(kind, field, `must be an array of ${noun} (got ${describe(value)})`);
    if (value.length === 0 && !allowEmpty) fail(kind, field, "must not be empty");
    if (value.length > max) {
      fail(
        kind,
        field,
        `must have at most ${max} ${noun} in one instruction (got ${value.length}); split the change with chunkSegmentPatch`,
      );
    }
    const seen = new Map<string, number>();
    const out: T[] = [];
    for (let i = 0; i < value.length; i++) {
      const at = `${field}[${i}]`;
      const checked = item(value[i], kind, at);
      if (unique) {
        const id = `${typeof checked}:${String(checked)}`;
        const first = seen.get(id);
        if (first !== undefined) fail(kind, at, `must not repeat ${describe(checked)} (already at ${field}[${first}])`);
        seen.set(id, i);
      }
      out.push(checked);
    }
    return out;
  };
}

/** Target keys of one instruction: non-empty, unique, non-empty strings, at most 1500. */
export const targetKeys = list(nonEmptyString, { noun: "keys", max: MAX_TARGETS_PER_INSTRUCTION, unique: true });
/** Target keys without the per-instruction limit (input of the splitting helpers, merge patches). */
export const anyTargetKeys = list(nonEmptyString, { noun: "keys", unique: true });
/** Tags: non-empty, unique, non-empty strings. */
export const tags = list(nonEmptyString, { noun: "tags", unique: true });
/** Rule or clause IDs: non-empty, unique, non-empty strings. */
export const ids = list(nonEmptyString, { noun: "IDs", unique: true });

/** One clause value: a string, a finite number or a boolean. */
export const clauseValue: Check<string | number | boolean> = (value, kind, field) => {
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  return fail(kind, field, `must be a string, a finite number or a boolean (got ${describe(value)})`);
};
/** Clause values: non-empty and unique. */
export const clauseValues = list(clauseValue, { noun: "values", unique: true });

// ------------------------------------------------------------------ clauses

type ValueRule = { readonly accepts: (value: string | number | boolean) => boolean; readonly expected: string };
const STRINGS: ValueRule = { accepts: (v) => typeof v === "string", expected: "strings" };
const NUMBERS: ValueRule = { accepts: (v) => typeof v === "number", expected: "numbers" };
const DATES: ValueRule = {
  accepts: (v) => Number.isInteger(v) || (typeof v === "string" && v !== ""),
  expected: "dates (integer Unix milliseconds or RFC 3339 strings)",
};
/** The value types each operator compares; `in` takes any clause value. */
const VALUES_BY_OPERATOR: Partial<Record<ClauseOperator, ValueRule>> = {
  endsWith: STRINGS,
  startsWith: STRINGS,
  matches: STRINGS,
  contains: STRINGS,
  segmentMatch: STRINGS,
  semVerEqual: STRINGS,
  semVerLessThan: STRINGS,
  semVerGreaterThan: STRINGS,
  lessThan: NUMBERS,
  lessThanOrEqual: NUMBERS,
  greaterThan: NUMBERS,
  greaterThanOrEqual: NUMBERS,
  before: DATES,
  after: DATES,
};

const CLAUSE_SHAPE: Shape<ClauseInput> = {
  contextKind: optional(contextKind),
  attribute: nonEmptyString,
  op: operator,
  negate: optional(boolean),
  values: clauseValues,
};

/**
 * A clause given as a plain object: known fields only, `attribute` non-empty, `op` from the enum,
 * `values` non-empty, unique and of the type the operator compares. Left as given otherwise (no
 * defaults are added; `clause()` adds them).
 */
export const clauseInput: Check<ClauseInput> = (value, kind, field) => {
  const checked = fields(value, CLAUSE_SHAPE, kind, field);
  const rule = VALUES_BY_OPERATOR[checked.op];
  if (rule !== undefined) {
    checked.values.forEach((v, i) => {
      if (!rule.accepts(v))
        fail(
          kind,
          `${join(field, "values")}[${i}]`,
          `must be one of the ${rule.expected} that ${describe(checked.op)} compares (got ${describe(v)})`,
        );
    });
  }
  return checked;
};
/** Clauses: a non-empty list of valid clauses. */
export const clauses = list(clauseInput, { noun: "clauses" });

// ------------------------------------------------------------------ shared parameter shapes

/** `{ contextKind, values }` of the four *Targets kinds. */
export const contextTargets = { contextKind, values: targetKeys } as const;
/** `{ values }` of the *Users and big segment target kinds. */
export const keyTargets = { values: targetKeys } as const;
/** `{ ruleId, clauseId, values }` of addValuesToClause and removeValuesFromClause. */
export const clauseValueChange = { ruleId: nonEmptyString, clauseId: nonEmptyString, values: clauseValues } as const;
/** `{ targetType, contextKey, contextKind }` identifying a segment's expiring context target. */
export const expiringContext = { targetType, contextKey: nonEmptyString, contextKind } as const;
/** `{ targetType, userKey }` identifying a segment's expiring user target. */
export const expiringUser = { targetType, userKey: nonEmptyString } as const;
/** `{ flagKey, variationId }` identifying a user's expiring flag target. */
export const expiringFlag = { flagKey: nonEmptyString, variationId: nonEmptyString } as const;
