/**
 * Thrown by every builder of this package when its input would produce a request LaunchDarkly
 * rejects or misreads. `kind` is the instruction kind (or the helper's name for bodies, clauses,
 * JSON Patch and merge patch), `field` the offending parameter (a path such as
 * `instructions[2].values[0]` inside a body) and `rule` the broken rule. It is the root of the
 * package's one error family: every error it throws for bad input is this class or a subclass.
 * `@ldkit/client`'s `ValidationError` keeps the same contract (`field`, `rule`, `toJSON()`); the
 * two packages do not share a class because neither depends on the other at run time.
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

  /**
   * A plain object for logs and JSON: `name`, `message`, `kind`, `field` and `rule` (the same shape
   * as the `toJSON()` of `@ldkit/client`'s `ValidationError`, plus `kind`).
   *
   * @example
   * JSON.stringify(new SemanticPatchError("addTags", "values", "must not be empty"));
   * // {"name":"SemanticPatchError","message":"addTags: values must not be empty","kind":"addTags","field":"values","rule":"must not be empty"}
   */
  toJSON(): { name: string; message: string; kind: string; field: string; rule: string } {
    return { name: this.name, message: this.message, kind: this.kind, field: this.field, rule: this.rule };
  }
}
