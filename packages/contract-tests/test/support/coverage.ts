import type { AssertionLine, RecordLine, ResponseLine } from "./recorder.js";

/** An operation × status pair, as `"<operationId> <status>"`. */
export type Pair = string;

/** The pair key of an operation and a status. */
export function pairOf(op: string, status: number): Pair {
  return `${op} ${status}`;
}

/** What the record of a run proves about the documented operation × status pairs. */
export interface Coverage {
  /** Pairs whose typed result a test asserted, with how many assertions (only counted responses). */
  asserted: Map<Pair, number>;
  /** Pairs seen on counted responses, asserted or not, with how many responses. */
  seen: Map<Pair, number>;
  /** Documented pairs no test asserted (even if a response of that pair was seen). */
  missing: Pair[];
  /** Pairs seen on counted responses that the spec does not document. */
  undocumented: Pair[];
}

/**
 * Reads a run's record: a documented pair is covered only when a test drove the server to a
 * response of that pair (a counted response line) AND asserted the client's typed result of that
 * very response (an assertion line with its id). A response seen by a test that asserted something
 * else — a 400 of a malformed-body proof, a 401 of a fixture lookup — does not cover its pair.
 */
export function coverage(lines: readonly RecordLine[], documented: readonly Pair[]): Coverage {
  const responses = new Map<string, ResponseLine>();
  const seen = new Map<Pair, number>();
  for (const line of lines) {
    if (line.type !== "response" || !line.counts || line.op === null) continue;
    responses.set(line.id, line);
    const pair = pairOf(line.op, line.status);
    seen.set(pair, (seen.get(pair) ?? 0) + 1);
  }
  const asserted = new Map<Pair, number>();
  for (const line of lines.filter((l): l is AssertionLine => l.type === "assertion")) {
    const response = responses.get(line.id);
    if (response === undefined) continue;
    const pair = pairOf(response.op!, response.status);
    asserted.set(pair, (asserted.get(pair) ?? 0) + 1);
  }
  const documentedSet = new Set(documented);
  return {
    asserted,
    seen,
    missing: documented.filter((pair) => !asserted.has(pair)),
    undocumented: [...seen.keys()].filter((pair) => !documentedSet.has(pair)),
  };
}

/** The record without the lines of the tests `drop` says to remove (what a run without them would write). */
export function withoutTests(lines: readonly RecordLine[], drop: (test: string) => boolean): RecordLine[] {
  return lines.filter((line) => !drop(line.test));
}
