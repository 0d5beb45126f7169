import type { RecordedRequest, ScriptedFault, ScriptedResponse } from "./recording-server.js";

/** What the fake LaunchDarkly does with the n-th targets request (0-based). */
export type TargetsAction = "apply" | "fail" | "hang" | "apply-then-reset";

/**
 * The state a big segment's targets endpoint holds: how many times each key was applied, per
 * target list and operation. Only requests answered 2xx (or applied then reset) count as applied.
 */
export interface TargetsLedger {
  applied: Map<string, number>;
  /** `included.add`, `excluded.remove`, … of every applied request, in order. */
  operations: string[];
  /** Keys per request received, in arrival order (applied or not). */
  chunkSizes: number[];
  /** Paths of the requests received. */
  paths: string[];
  /** Keys of the applied-then-reset requests. */
  ambiguous: string[][];
  /** Requests seen so far. */
  received: number;
  /** Requests currently hanging. */
  hanging: number;
}

/** A request handler for `updateBigSegmentContextTargets` / `updateBigSegmentTargets` that records into a ledger. */
export function targetsEndpoint(decide: (n: number) => TargetsAction, onHang?: (ledger: TargetsLedger) => void) {
  const ledger: TargetsLedger = { applied: new Map(), operations: [], chunkSizes: [], paths: [], ambiguous: [], received: 0, hanging: 0 };
  const handle = (req: RecordedRequest): ScriptedResponse | ScriptedFault => {
    const action = decide(ledger.received++);
    ledger.paths.push(req.path);
    const body = JSON.parse(req.body) as Record<string, Record<string, string[]>>;
    const entries = Object.entries(body).flatMap(([target, ops]) =>
      Object.entries(ops).map(([op, keys]) => [`${target}.${op}`, keys] as const),
    );
    ledger.chunkSizes.push(entries.reduce((n, [, keys]) => n + keys.length, 0));
    if (action === "fail") return { status: 500, body: { code: "internal_server_error", message: "unavailable" } };
    if (action === "hang") {
      ledger.hanging++;
      onHang?.(ledger);
      return { fault: "hang" };
    }
    for (const [operation, keys] of entries) {
      ledger.operations.push(operation);
      for (const key of keys) ledger.applied.set(key, (ledger.applied.get(key) ?? 0) + 1);
    }
    if (action === "apply-then-reset") {
      ledger.ambiguous.push(entries.flatMap(([, keys]) => keys));
      return { fault: "reset" };
    }
    return { status: 204 };
  };
  return { ledger, handle };
}
