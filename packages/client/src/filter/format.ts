import type { SegmentFilter } from "./types.js";
import { validateSegmentFilter } from "./validate.js";

/**
 * Writes a {@link SegmentFilter} in `getSegments`' filter syntax: `,` for AND, `|` for OR, every
 * nested group in parentheses (so the result never depends on operator precedence), and values as
 * JSON literals (strings quoted and escaped). Validates first: an invalid filter throws a
 * {@link ValidationError} and nothing is sent.
 * @example
 * formatSegmentFilter({ and: [
 *   { field: "tags", op: "anyOf", value: ["enterprise", "beta"] },
 *   { field: "query", op: "equals", value: "toggle" },
 * ] });
 * // 'tags anyOf ["enterprise", "beta"],query equals "toggle"'
 */
export function formatSegmentFilter(filter: SegmentFilter): string {
  return write(validateSegmentFilter(filter), false);
}

function write(node: SegmentFilter, nested: boolean): string {
  const items = "and" in node ? node.and : "or" in node ? node.or : undefined;
  if (items) {
    if (items.length === 1) return write(items[0]!, nested);
    const text = items.map((item) => write(item, true)).join("and" in node ? "," : "|");
    return nested ? `(${text})` : text;
  }
  const { field, op, value } = node as { field: string; op: string; value: unknown };
  return `${field} ${op} ${literal(value)}`;
}

function literal(value: unknown): string {
  return Array.isArray(value) ? `[${value.map((v) => JSON.stringify(v)).join(", ")}]` : JSON.stringify(value);
}
