import { SemanticPatchError } from "../errors.js";

/**
 * Thrown when a valid patch cannot be applied to the object it is applied to: an instruction
 * addresses a missing rule or clause, would make a key both included and excluded, changes a
 * read-only field, fails a JSON Patch `test`, and so on. Nothing is applied (all or nothing).
 * A subclass of {@link SemanticPatchError}: `kind` is the instruction kind (the JSON Patch `op`, or
 * the function's name for body-level problems), `field` the path inside the body (e.g.
 * `instructions[2].ruleId`, `patch[0].path`), `rule` the reason, and `index` the instruction's (or
 * operation's) position, `undefined` for a merge patch.
 *
 * @example
 * try {
 *   applySegmentPatch(segment, { instructions: [{ kind: "removeClauses", ruleId: "r1", clauseIds: ["nope"] }] });
 * } catch (error) {
 *   if (error instanceof PatchApplyError) console.error(error.index, error.kind, error.rule);
 * }
 */
export class PatchApplyError extends SemanticPatchError {
  /** The position of the failing instruction or JSON Patch operation; `undefined` for a merge patch. */
  readonly index: number | undefined;

  /**
   * Creates the error; the message is `"<kind>: <field> <rule>"`, as for every {@link SemanticPatchError}.
   *
   * @example
   * new PatchApplyError("removeRule", "instructions[0].ruleId", "must name a rule", 0).index; // 0
   */
  constructor(kind: string, field: string, rule: string, index: number | undefined) {
    super(kind, field, rule);
    this.name = "PatchApplyError";
    this.index = index;
  }

  /**
   * A plain-object form for logs and API error bodies.
   *
   * @example
   * JSON.stringify(error); // {"name":"PatchApplyError","message":"…","kind":"…","field":"…","rule":"…","index":2}
   */
  override toJSON(): { name: string; message: string; kind: string; field: string; rule: string; index?: number } {
    return { ...super.toJSON(), ...(this.index === undefined ? {} : { index: this.index }) };
  }
}
