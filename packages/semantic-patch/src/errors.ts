/**
 * Thrown by every builder of this package when its input would produce a request LaunchDarkly
 * rejects or misreads. `kind` is the instruction kind (or the helper's name for bodies, clauses,
 * JSON Patch and merge patch), `field` the offending parameter (a path such as
 * `instructions[2].values[0]` inside a body) and `rule` the broken rule.
 *
 * @example
 * try {
 *   segment.addIncludedTargets({ contextKind: "org", values: [] });
 * } catch (error) {
 *   if (error instanceof SemanticPatchError) console.error(error.kind, error.field, error.rule);
 *   // "addIncludedTargets" "values" "must not be empty"
 * }
 */
export class SemanticPatchError extends Error {
  /** The instruction kind, or the name of the helper that rejected the input. */
  readonly kind: string;
  /** The offending field, as a path relative to the helper's argument. */
  readonly field: string;
  /** The broken rule, phrased to follow the field name. */
  readonly rule: string;

  /**
   * Creates the error; the message is `"<kind>: <field> <rule>"`.
   *
   * @example
   * new SemanticPatchError("addTags", "values", "must not be empty").message; // "addTags: values must not be empty"
   */
  constructor(kind: string, field: string, rule: string) {
    super(`${kind}: ${field} ${rule}`);
    this.name = "SemanticPatchError";
    this.kind = kind;
    this.field = field;
    this.rule = rule;
  }
}
