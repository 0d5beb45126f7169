import type { Random } from "../runtime/random.js";

/**
 * A fault to inject: on matching requests, with probability `rate`, answer a 5xx (`error`), wait
 * (`latency`) or drop the connection (`reset`: over a port the socket is destroyed; in process the
 * `fetch` promise rejects with a `TypeError`, as `fetch` does on a network failure).
 * @example
 * const faults: FaultRule[] = [
 *   { operation: "getSegment", rate: 0.2, type: "error", status: 503 },
 *   { rate: 1, type: "latency", latencyMs: 50 },
 * ];
 */
export interface FaultRule {
  /** An operationId (`getSegment`) or `"*"`/absent for every route. */
  operation?: string;
  /** HTTP method to match (default any). */
  method?: string;
  /** Probability in [0, 1] (default 1). */
  rate?: number;
  type: "error" | "latency" | "reset";
  /** For `error`: the status (default 503; 500–599). */
  status?: number;
  /** For `latency`: milliseconds to wait before answering (default 100). */
  latencyMs?: number;
}

/**
 * The faults chosen for one request.
 * @example
 * const d: FaultDecision = { latencyMs: 50, reset: false, error: 503 };
 */
export interface FaultDecision {
  latencyMs: number;
  error?: number;
  reset: boolean;
}

/**
 * Validates fault rules; throws a `TypeError` naming the bad rule.
 * @example
 * validateFaults([{ type: "error", status: 503, rate: 0.5 }]);
 */
export function validateFaults(rules: readonly FaultRule[]): FaultRule[] {
  return rules.map((rule, i) => {
    if (!rule || !["error", "latency", "reset"].includes(rule.type))
      throw new TypeError(`faults[${i}].type must be "error", "latency" or "reset"`);
    const rate = rule.rate ?? 1;
    if (!(rate >= 0 && rate <= 1)) throw new TypeError(`faults[${i}].rate must be between 0 and 1`);
    if (rule.type === "error" && rule.status !== undefined && !(Number.isInteger(rule.status) && rule.status >= 500 && rule.status <= 599))
      throw new TypeError(`faults[${i}].status must be a 5xx status`);
    if (rule.type === "latency" && rule.latencyMs !== undefined && !(rule.latencyMs >= 0 && rule.latencyMs <= 60_000))
      throw new TypeError(`faults[${i}].latencyMs must be between 0 and 60000`);
    return { ...rule, rate };
  });
}

/**
 * Draws, for one request, which faults apply (one draw per matching rule, from the seeded source,
 * so a run with the same seed and the same requests injects the same faults).
 * @example
 * const decision = decideFaults(rules, "getSegment", "GET", createRandom(1));
 */
export function decideFaults(rules: readonly FaultRule[], operationId: string, method: string, random: Random): FaultDecision {
  const decision: FaultDecision = { latencyMs: 0, reset: false };
  for (const rule of rules) {
    if (rule.operation && rule.operation !== "*" && rule.operation !== operationId) continue;
    if (rule.method && rule.method.toUpperCase() !== method) continue;
    if (random.next() >= (rule.rate ?? 1)) continue;
    if (rule.type === "latency") decision.latencyMs += rule.latencyMs ?? 100;
    else if (rule.type === "reset") decision.reset = true;
    else decision.error ??= rule.status ?? 503;
  }
  return decision;
}
