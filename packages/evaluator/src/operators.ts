/**
 * Clause operators with LaunchDarkly's semantics (`Operations.ts` of the Node SDK): a context value
 * matches when it matches any clause value; a type mismatch, an unparsable date or version, an invalid
 * regular expression or an unknown operator is a non-match, never an error.
 */
import { compareSemVer, parseSemVer, type SemVer } from "./semver.js";

/** Tests one context value (not an array) against all of a clause's values. */
export type ValueMatcher = (value: unknown) => boolean;

// The SDK accepts a number, or a string that starts like an RFC 3339 date-time (then `Date.parse`s it).
const DATE = /^\d\d\d\d-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d\d*)?(Z|[-+]\d\d(:\d\d)?)/;

function toDate(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "string" && DATE.test(value)) return Date.parse(value);
  return undefined;
}

function toRegExp(pattern: unknown): RegExp | undefined {
  if (typeof pattern !== "string") return undefined;
  try {
    return new RegExp(pattern);
  } catch {
    return undefined;
  }
}

function strings(values: readonly unknown[]): string[] {
  return values.filter((value): value is string => typeof value === "string");
}

function numbers(values: readonly unknown[]): number[] {
  return values.filter((value): value is number => typeof value === "number");
}

function defined<T>(values: readonly (T | undefined | null)[]): T[] {
  return values.filter((value): value is T => value !== undefined && value !== null);
}

function stringOperator(values: readonly unknown[], test: (value: string, clauseValue: string) => boolean): ValueMatcher {
  const wanted = strings(values);
  return (value) => typeof value === "string" && wanted.some((clauseValue) => test(value, clauseValue));
}

function numberOperator(values: readonly unknown[], test: (value: number, clauseValue: number) => boolean): ValueMatcher {
  const wanted = numbers(values);
  return (value) => typeof value === "number" && wanted.some((clauseValue) => test(value, clauseValue));
}

function dateOperator(values: readonly unknown[], test: (value: number, clauseValue: number) => boolean): ValueMatcher {
  const wanted = defined(values.map(toDate));
  return (value) => {
    const date = toDate(value);
    return date !== undefined && wanted.some((clauseValue) => test(date, clauseValue));
  };
}

function semVerOperator(values: readonly unknown[], test: (comparison: number) => boolean): ValueMatcher {
  const wanted = defined(values.map(parseSemVer));
  return (value) => {
    const version: SemVer | null = wanted.length ? parseSemVer(value) : null;
    return version !== null && wanted.some((clauseValue) => test(compareSemVer(version, clauseValue)));
  };
}

const NEVER: ValueMatcher = () => false;

/**
 * Compiles a clause's operator and values into a matcher for one context value.
 *
 * @example
 * compileOperator("endsWith", ["@example.com"])("ada@example.com"); // true
 * compileOperator("lessThan", [10])("5");                            // false: a string is not a number
 */
export function compileOperator(op: string, values: readonly unknown[]): ValueMatcher {
  switch (op) {
    case "in":
      return (value) => values.some((clauseValue) => clauseValue === value);
    case "endsWith":
      return stringOperator(values, (value, suffix) => value.endsWith(suffix));
    case "startsWith":
      return stringOperator(values, (value, prefix) => value.startsWith(prefix));
    case "contains":
      return stringOperator(values, (value, part) => value.indexOf(part) > -1);
    case "matches": {
      const patterns = defined(values.map(toRegExp));
      return (value) => typeof value === "string" && patterns.some((pattern) => pattern.test(value));
    }
    case "lessThan":
      return numberOperator(values, (value, limit) => value < limit);
    case "lessThanOrEqual":
      return numberOperator(values, (value, limit) => value <= limit);
    case "greaterThan":
      return numberOperator(values, (value, limit) => value > limit);
    case "greaterThanOrEqual":
      return numberOperator(values, (value, limit) => value >= limit);
    case "before":
      return dateOperator(values, (value, limit) => value < limit);
    case "after":
      return dateOperator(values, (value, limit) => value > limit);
    case "semVerEqual":
      return semVerOperator(values, (comparison) => comparison === 0);
    case "semVerLessThan":
      return semVerOperator(values, (comparison) => comparison < 0);
    case "semVerGreaterThan":
      return semVerOperator(values, (comparison) => comparison > 0);
    default:
      return NEVER;
  }
}
