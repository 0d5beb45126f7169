import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { operationMetadata } from "./support/operation-metadata.js";
import { skipFor } from "./support/contract.js";
import { coverage, pairOf, withoutTests } from "./support/coverage.js";
import type { RecordLine, ResponseLine } from "./support/recorder.js";
import { instructionKinds, operationIds, spec } from "./support/spec.js";
import { prismOnlyReason, target } from "./support/target.js";

/**
 * Runs after every other test file (its own Vitest project, `sequence.groupOrder: 1`). Reads the
 * responses and assertions the contract tests recorded and fails the run if a documented operation ×
 * status pair was never driven AND asserted (see `coverage()`), or a semantic-patch instruction kind
 * was never accepted.
 */
const lines = (): RecordLine[] =>
  readFileSync(target().recordFile, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as RecordLine);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

describe("coverage matrix", () => {
  const recorded = lines();
  const responses = recorded.filter((l): l is ResponseLine => l.type === "response");
  const documented = operationIds.flatMap((op) => operationMetadata[op].responseStatuses.map((s) => pairOf(op, s)));
  const { asserted, seen, missing, undocumented } = coverage(recorded, documented);
  const statuses = [...new Set(operationIds.flatMap((op) => [...operationMetadata[op].responseStatuses]))].sort((a, b) => a - b);

  const rows = operationIds.map((op) => [
    op,
    ...statuses.map((s) => {
      const documentedHere = (operationMetadata[op].responseStatuses as readonly number[]).includes(s);
      const n = asserted.get(pairOf(op, s)) ?? 0;
      const observed = seen.get(pairOf(op, s)) ?? 0;
      if (documentedHere) return n > 0 ? `✓ ${n}` : observed > 0 ? `✗ seen ${observed}, never asserted` : "✗ MISSING";
      return observed > 0 ? `! ${observed}` : "·";
    }),
  ]);
  console.log(
    [
      `Operation × status coverage (${target().mode}: ${target().baseUrl}) — ✓ n = responses whose typed result a test asserted, ✗ = documented but never asserted, ! = seen but not documented, · = not documented`,
      table(["operation", ...statuses.map(String)], rows),
      `${documented.length - missing.length}/${documented.length} documented pairs driven and asserted over ${operationIds.length} operations; ${responses.length} responses and ${recorded.length - responses.length} assertions recorded.`,
    ].join("\n"),
  );

  it("covers every operation of the spec (18 Segments + 5 User settings)", () => {
    const specOps = Object.values(spec().paths as Record<string, Record<string, { operationId?: string; tags?: string[] }>>).flatMap(
      (item) => Object.values(item).filter((o) => typeof o === "object" && o && "operationId" in o),
    );
    expect(specOps.map((o) => o.operationId).sort()).toEqual(operationIds);
    expect(specOps.filter((o) => o.tags?.includes("Segments"))).toHaveLength(18);
    expect(specOps.filter((o) => o.tags?.includes("User settings"))).toHaveLength(5);
  });

  it("drove and asserted every documented operation × status pair", (ctx) => {
    skipFor(ctx, prismOnlyReason());
    expect(missing, `documented but never asserted: ${missing.join(", ")}`).toEqual([]);
  });

  it("ticks a pair only through its assertions: without the tests that asserted an error pair, it is missing", (ctx) => {
    skipFor(ctx, prismOnlyReason());
    const testsAsserting = new Map<string, Set<string>>();
    const byId = new Map(responses.map((r) => [r.id, r]));
    for (const line of recorded) {
      const response = line.type === "assertion" ? byId.get(line.id) : undefined;
      if (response?.op == null || !response.counts || response.status < 400) continue;
      const pair = pairOf(response.op, response.status);
      testsAsserting.set(pair, (testsAsserting.get(pair) ?? new Set()).add(line.test));
    }
    expect(testsAsserting.size, "error pairs asserted in this run").toBe(
      documented.filter((pair) => Number(pair.split(" ")[1]) >= 400).length,
    );
    for (const [pair, tests] of testsAsserting) {
      const rest = withoutTests(recorded, (test) => tests.has(test));
      expect(coverage(rest, documented).missing, `${pair} without ${[...tests].join(", ")}`).toContain(pair);
    }
    // The 400s of the malformed-body proofs are seen, but never tick a pair on their own.
    const malformed400 = responses.filter((r) => r.test.startsWith("malformed.test.ts") && r.status === 400 && r.counts);
    expect(malformed400.length, "400 responses seen by malformed.test.ts").toBeGreaterThan(0);
  });

  it("observed no status that the spec does not document", () => {
    expect(undocumented).toEqual([]);
  });

  it("had every semantic-patch instruction kind (all builders) accepted", (ctx) => {
    const kinds = instructionKinds();
    const accepted = new Map<string, number>();
    // Only what the builders produced counts (not the hand-written bodies of other files).
    for (const l of responses.filter((r) => r.test.startsWith("builders.test.ts")))
      for (const k of l.kinds ?? []) accepted.set(`${l.namespace}.${k}`, (accepted.get(`${l.namespace}.${k}`) ?? 0) + 1);
    const all = Object.entries(kinds).flatMap(([ns, { op, kinds: ks }]) =>
      ks.map((k) => ({ ns, op, kind: k, n: accepted.get(`${ns}.${k}`) ?? 0 })),
    );
    console.log(
      [
        "Instruction kinds built by @ldkit/semantic-patch and accepted by the server (2xx, no violations), per builder namespace:",
        table(
          ["namespace", "kind", "operation", "accepted"],
          all.map((r) => [r.ns, r.kind, r.op, r.n > 0 ? `✓ ${r.n}` : "✗ MISSING"]),
        ),
        `${all.filter((r) => r.n > 0).length}/${all.length} instruction kinds accepted.`,
      ].join("\n"),
    );
    expect(all).toHaveLength(35);
    skipFor(ctx, prismOnlyReason());
    expect(all.filter((r) => r.n === 0).map((r) => `${r.ns}.${r.kind}`)).toEqual([]);
  });
});
