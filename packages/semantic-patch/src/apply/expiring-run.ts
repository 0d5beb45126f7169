/** The shared dispatcher of the three expiring-target bodies: validate, then run the appliers (all or nothing, or partially). */
import { describe, fail, isPlainObject } from "../validate.js";
import { idGenerator, type ExpiringApplyContext } from "./expiring-context.js";
import { runAll, runPartial, type Appliers, type FailedInstruction } from "./run.js";
import { copyJson } from "./copy.js";

/**
 * The result of a partial application (`apply…PatchWithErrors`): the new state with every
 * instruction that could apply, and the ones that could not, as LaunchDarkly's 200 response with a
 * non-empty `errors` array reports them.
 *
 * @example
 * const { result, errors }: PartialPatchResult<ExpiringContextTargets> = applySegmentExpiringTargetsPatchWithErrors(current, body);
 */
export interface PartialPatchResult<S> {
  readonly result: S;
  readonly errors: readonly FailedInstruction[];
}

/** Builds the strict and the partial dispatcher of one expiring-target body. */
export function expiringDispatcher<
  S extends { items: unknown[] },
  I extends { kind: string },
  B extends { instructions: I[] },
  O extends { readonly generateId?: () => string },
>(name: string, validate: (body: B) => B, appliers: Appliers<S, I, ExpiringApplyContext<O>>) {
  const prepare = (current: unknown, body: B, options: O) => {
    if (!isPlainObject(current) || !Array.isArray(current.items))
      fail(name, "current", `must be an object with an items array, as the GET endpoint returns it (got ${describe(current)})`);
    const { instructions } = validate(body);
    return { instructions, context: { options, generateId: idGenerator(options) } };
  };
  return {
    all<C extends S>(current: C, body: B, options: O): C {
      const { instructions, context } = prepare(current, body, options);
      return runAll<S, I, ExpiringApplyContext<O>>(copyJson(current), instructions, appliers, context) as C;
    },
    partial<C extends S>(current: C, body: B, options: O): PartialPatchResult<C> {
      const { instructions, context } = prepare(current, body, options);
      const { state, errors } = runPartial<S, I, ExpiringApplyContext<O>>(copyJson(current), instructions, appliers, context);
      return { result: state as C, errors };
    },
  };
}
