/**
 * Worlds for the differential test, shaped around two known behaviours of the Node SDK that the
 * evaluator deliberately does not copy (see the README's "Exactness"):
 * - a cycle of `segmentMatch` references through a big segment makes the SDK recurse forever (it
 *   forgets the visited segments when it falls back to a big segment's rules), so such cycles are cut;
 * - an error in a clause that is not the last of its rule is overwritten by the next clause's result
 *   in the SDK, so in worlds where an error can happen, a rule has at most one clause that can fail
 *   (`segmentMatch` or an invalid attribute reference), placed last.
 */
import { parseAttributeReference } from "../../src/attribute-reference.js";
import type { ClauseInput, SegmentInput } from "../../src/segment.js";

function references(segment: SegmentInput): string[] {
  return (segment.rules ?? []).flatMap((rule) =>
    rule.clauses.filter((c) => c.op === "segmentMatch").flatMap((c) => c.values.filter((v): v is string => typeof v === "string")),
  );
}

function reachable(from: string, graph: ReadonlyMap<string, readonly string[]>): Set<string> {
  const seen = new Set<string>();
  const stack = [...(graph.get(from) ?? [])];
  while (stack.length) {
    const key = stack.pop() as string;
    if (seen.has(key)) continue;
    seen.add(key);
    stack.push(...(graph.get(key) ?? []));
  }
  return seen;
}

function graphOf(segments: readonly SegmentInput[]): Map<string, string[]> {
  return new Map(segments.filter((s) => !s.deleted).map((s) => [s.key, references(s)]));
}

function invalidAttribute(clause: ClauseInput): boolean {
  return clause.op !== "segmentMatch" && !parseAttributeReference(clause.attribute ?? "", !clause.contextKind).valid;
}

function risky(clause: ClauseInput): boolean {
  return clause.op === "segmentMatch" || invalidAttribute(clause);
}

function mapRules(segment: SegmentInput, clauses: (clauses: readonly ClauseInput[]) => ClauseInput[]): SegmentInput {
  return { ...segment, rules: (segment.rules ?? []).map((rule) => ({ ...rule, clauses: clauses(rule.clauses) })) };
}

/** The world's segments with cycles through big segments cut and, when errors can happen, risky clauses last. */
export function shapeWorld(segments: readonly SegmentInput[]): SegmentInput[] {
  let shaped = segments.map((segment) => {
    const onCycle = segment.unbounded && reachable(segment.key, graphOf(segments)).has(segment.key);
    return onCycle ? mapRules(segment, (clauses) => clauses.filter((c) => c.op !== "segmentMatch")) : segment;
  });
  const graph = graphOf(shaped);
  const cycles = [...graph.keys()].some((key) => reachable(key, graph).has(key));
  const invalid = shaped.some((s) =>
    (s.rules ?? []).some(
      (rule) =>
        rule.clauses.some(invalidAttribute) || (rule.bucketBy && !parseAttributeReference(rule.bucketBy, !rule.rolloutContextKind).valid),
    ),
  );
  if (cycles || invalid) {
    shaped = shaped.map((segment) =>
      mapRules(segment, (clauses) => {
        const last = clauses.find(risky);
        return [...clauses.filter((c) => !risky(c)), ...(last ? [last] : [])];
      }),
    );
  }
  return shaped;
}
