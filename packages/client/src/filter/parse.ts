import { ValidationError } from "../errors.js";
import type { SegmentFilter, SegmentFilterCondition } from "./types.js";
import { validateSegmentFilter } from "./validate.js";

const MAX_LENGTH = 64 * 1024;
const MAX_DEPTH = 32;

/**
 * Reads a `getSegments` filter string into a {@link SegmentFilter} tree (the inverse of
 * {@link formatSegmentFilter}). Values are JSON literals; `,` is AND, `|` is OR and parentheses
 * group. Since the API documents no precedence between `,` and `|`, mixing them at one level
 * without parentheses (`a,b|c`) is rejected as ambiguous. Any syntax error, unknown field,
 * unsupported operator or bad value throws a {@link ValidationError}.
 * @example
 * parseSegmentFilter('tags anyOf ["beta"],(unbounded equals true|external exists true)');
 * // { and: [
 * //   { field: "tags", op: "anyOf", value: ["beta"] },
 * //   { or: [{ field: "unbounded", op: "equals", value: true }, { field: "external", op: "exists", value: true }] },
 * // ] }
 */
export function parseSegmentFilter(text: string): SegmentFilter {
  if (typeof text !== "string") throw new ValidationError("filter", "must be a string");
  if (text.length > MAX_LENGTH) throw new ValidationError("filter", `must be at most ${MAX_LENGTH} characters`);
  const parser = new Parser(text);
  const filter = parser.expression(0);
  parser.skipSpace();
  if (parser.pos < text.length) parser.fail(`unexpected "${text[parser.pos]}"`);
  return validateSegmentFilter(filter);
}

class Parser {
  pos = 0;
  constructor(private readonly text: string) {}

  fail(message: string): never {
    throw new ValidationError("filter", `${message} at position ${this.pos}`);
  }

  skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }

  expression(depth: number): SegmentFilter {
    if (depth > MAX_DEPTH) this.fail(`groups nest deeper than ${MAX_DEPTH} levels`);
    const items = [this.term(depth)];
    let joiner: "," | "|" | undefined;
    for (;;) {
      this.skipSpace();
      const c = this.text[this.pos];
      if (c !== "," && c !== "|") break;
      if (joiner && c !== joiner) this.fail(`mixes "," (AND) and "|" (OR) without parentheses`);
      joiner = c;
      this.pos++;
      items.push(this.term(depth));
    }
    if (!joiner) return items[0]!;
    return joiner === "," ? { and: items } : { or: items };
  }

  term(depth: number): SegmentFilter {
    this.skipSpace();
    if (this.text[this.pos] === "(") {
      this.pos++;
      const inner = this.expression(depth + 1);
      this.skipSpace();
      if (this.text[this.pos] !== ")") this.fail(`expected ")"`);
      this.pos++;
      return inner;
    }
    const field = this.word("a field name");
    this.skipSpace();
    const op = this.word(`an operator after "${field}"`);
    this.skipSpace();
    const value = this.value();
    return { field, op, value } as SegmentFilterCondition;
  }

  word(what: string): string {
    const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(this.pos, this.pos + 256));
    if (!match) this.fail(`expected ${what}`);
    this.pos += match[0].length;
    return match[0];
  }

  value(): unknown {
    const start = this.pos;
    const c = this.text[this.pos];
    if (c === '"') {
      this.string();
    } else if (c === "[") {
      this.pos++;
      for (;;) {
        this.skipSpace();
        const d = this.text[this.pos];
        if (d === '"') this.string();
        else if (d === "]") break;
        else if (d === ",") this.pos++;
        else this.fail(d === undefined ? `unterminated list` : `lists hold only quoted strings`);
      }
      this.pos++;
    } else {
      const word = /^(true|false)\b/.exec(this.text.slice(this.pos, this.pos + 6));
      if (!word) this.fail(`expected a value (a quoted string, a list of quoted strings, true or false)`);
      this.pos += word[0].length;
    }
    try {
      return JSON.parse(this.text.slice(start, this.pos));
    } catch {
      this.pos = start;
      return this.fail(`malformed value`);
    }
  }

  string(): void {
    const start = this.pos++;
    while (this.pos < this.text.length) {
      const c = this.text[this.pos++];
      if (c === "\\") this.pos++;
      else if (c === '"') return;
    }
    this.pos = start;
    this.fail(`unterminated string`);
  }
}
