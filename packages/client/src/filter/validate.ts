import { ValidationError } from "../errors.js";
import { SEGMENT_FILTER_FIELDS, type SegmentFilter } from "./types.js";

const MAX_DEPTH = 32;

/**
 * Checks a {@link SegmentFilter} tree: known fields only, each with the operator it supports and a
 * value of the right kind, no empty `anyOf` list, no empty group. Throws a {@link ValidationError}
 * naming the field (`filter.tags`, …) and the rule; returns the filter unchanged when it is valid.
 * @example
 * validateSegmentFilter({ field: "tags", op: "equals", value: ["beta"] });
 * // throws ValidationError: Invalid filter.tags: supports only the anyOf operator
 */
export function validateSegmentFilter<F extends SegmentFilter>(filter: F): F {
  check(filter, 0);
  return filter;
}

function check(node: unknown, depth: number): void {
  if (depth > MAX_DEPTH) throw new ValidationError("filter", `must not nest deeper than ${MAX_DEPTH} levels`);
  if (!node || typeof node !== "object" || Array.isArray(node))
    throw new ValidationError("filter", "each part must be a condition or an { and } / { or } group");
  const keys = Object.keys(node);
  const group = "and" in node ? "and" : "or" in node ? "or" : undefined;
  if (group) {
    const items = (node as Record<string, unknown>)[group];
    if (keys.length !== 1) throw new ValidationError("filter", `a group has exactly one key, "and" or "or" (got ${keys.join(", ")})`);
    if (!Array.isArray(items) || items.length === 0) throw new ValidationError("filter", `an ${group} group needs at least one filter`);
    for (const item of items) check(item, depth + 1);
    return;
  }
  const { field, op, value } = node as { field?: unknown; op?: unknown; value?: unknown };
  const extra = keys.filter((k) => k !== "field" && k !== "op" && k !== "value");
  if (extra.length > 0) throw new ValidationError("filter", `unexpected key(s) ${extra.join(", ")} in a condition`);
  if (typeof field !== "string" || !Object.hasOwn(SEGMENT_FILTER_FIELDS, field)) {
    throw new ValidationError(
      typeof field === "string" ? `filter.${field}` : "filter",
      `is not a filterable field (use ${Object.keys(SEGMENT_FILTER_FIELDS).join(", ")})`,
    );
  }
  const rule = SEGMENT_FILTER_FIELDS[field as keyof typeof SEGMENT_FILTER_FIELDS];
  const where = `filter.${field}`;
  if (op !== rule.op)
    throw new ValidationError(where, `supports only the ${rule.op} operator${typeof op === "string" ? ` (not ${op})` : ""}`);
  if (rule.value === "boolean") {
    if (typeof value !== "boolean") throw new ValidationError(where, `${op} takes true or false`);
  } else if (Array.isArray(value)) {
    if (value.length === 0) throw new ValidationError(where, `${op} needs at least one value`);
    if (!value.every((v) => typeof v === "string")) throw new ValidationError(where, `${op} takes a list of strings`);
  } else if (rule.value === "strings" || typeof value !== "string") {
    throw new ValidationError(
      where,
      rule.value === "strings" ? `${op} takes a non-empty list of strings` : `${op} takes a string or a list of strings`,
    );
  }
}
