import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { operationMetadata } from "@ldkit/client";
import { skipFor } from "./support/contract.js";
import type { RecordLine } from "./support/recorder.js";
import { instructionKinds, operationIds, spec } from "./support/spec.js";
import { prismOnlyReason, target } from "./support/target.js";

/**
 * Runs after every other test file (its own Vitest project, `sequence.groupOrder: 1`). Reads the
 * responses the contract tests recorded and fails the run if a documented operation × status pair
 * or a semantic-patch instruction kind was never exercised.
 */
const lines = (): RecordLine[] =>
  readFileSync(target().recordFile, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as RecordLine);

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => "| " + cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ") + " |";
  return [line(header), "|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|", ...rows.map(line)].join("\n");
}

describe("coverage matrix", () => {
  const recorded = lines();
  const exercised = new Map<string, number>();
  for (const l of recorded) if (l.counts && l.op) exercised.set(`${l.op} ${l.status}`, (exercised.get(`${l.op} ${l.status}`) ?? 0) + 1);

  const documented = operationIds.flatMap((op) => operationMetadata[op].responseStatuses.map((s) => `${op} ${s}`));
  const missing = documented.filter((pair) => !exercised.has(pair));
  const undocumented = [...exercised.keys()].filter((pair) => !documented.includes(pair));
  const statuses = [...new Set(operationIds.flatMap((op) => [...operationMetadata[op].responseStatuses]))].sort((a, b) => a - b);

  const rows = operationIds.map((op) => [
    op,
    ...statuses.map((s) => {
      const documentedHere = (operationMetadata[op].responseStatuses as readonly number[]).includes(s);
      const n = exercised.get(`${op} ${s}`) ?? 0;
      if (documentedHere) return n > 0 ? `✓ ${n}` : "✗ MISSING";
      return n > 0 ? `! ${n}` : "·";
    }),
  ]);
  console.log(
    [
      `Operation × status coverage (${target().mode}: ${target().baseUrl}) — ✓ n = responses observed, ✗ = documented but never exercised, · = not documented`,
      table(["operation", ...statuses.map(String)], rows),
      `${documented.length - missing.length}/${documented.length} documented pairs exercised over ${operationIds.length} operations; ${recorded.length} responses recorded.`,
    ].join("\n"),
  );

  it("covers every operation of the spec (18 Segments + 5 User settings)", () => {
    const specOps = Object.values(spec().paths as Record<string, Record<string, { operationId?: string; tags?: string[] }>>).flatMap((item) =>
      Object.values(item).filter((o) => typeof o === "object" && o && "operationId" in o),
    );
    expect(specOps.map((o) => o.operationId).sort()).toEqual(operationIds);
    expect(specOps.filter((o) => o.tags?.includes("Segments"))).toHaveLength(18);
    expect(specOps.filter((o) => o.tags?.includes("User settings"))).toHaveLength(5);
  });

  it("exercised every documented operation × status pair", (ctx) => {
    skipFor(ctx, prismOnlyReason());
    expect(missing, `documented but never exercised: ${missing.join(", ")}`).toEqual([]);
  });

  it("observed no status that the spec does not document", () => {
    expect(undocumented).toEqual([]);
  });

  it("had every semantic-patch instruction kind (all builders) accepted", (ctx) => {
    const kinds = instructionKinds();
    const accepted = new Map<string, number>();
    // Only what the builders produced counts (not the hand-written bodies of other files).
    for (const l of recorded.filter((r) => r.test.startsWith("builders.test.ts"))) for (const k of l.kinds ?? []) accepted.set(`${l.namespace}.${k}`, (accepted.get(`${l.namespace}.${k}`) ?? 0) + 1);
    const all = Object.entries(kinds).flatMap(([ns, { op, kinds: ks }]) => ks.map((k) => ({ ns, op, kind: k, n: accepted.get(`${ns}.${k}`) ?? 0 })));
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
