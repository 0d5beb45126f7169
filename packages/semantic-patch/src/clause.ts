import type { ClauseInput } from "./types.js";
import { clauseInput } from "./validate.js";

/**
 * Builds a clause for `addRule`, `addClauses` and `updateClause` with every field explicit:
 * `contextKind` defaults to `"user"` and `negate` to `false`. The clause is validated like a plain
 * clause object passed to those builders (operator from the spec's enum, non-empty unique values of
 * the type the operator compares).
 *
 * @example
 * clause({ attribute: "email", op: "endsWith", values: [".edu"] });
 * // { contextKind: "user", attribute: "email", op: "endsWith", negate: false, values: [".edu"] }
 */
export function clause(params: ClauseInput): ClauseInput {
  const given = clauseInput(params, "clause", "");
  return {
    contextKind: given.contextKind ?? "user",
    attribute: given.attribute,
    op: given.op,
    negate: given.negate ?? false,
    values: given.values,
  };
}
