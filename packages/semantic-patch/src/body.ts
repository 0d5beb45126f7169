/**
 * What the four semantic-patch bodies share: validating an `instructions` array against the
 * builders of one namespace, cross-instruction rules, and the fluent builder.
 */
import { describe, fail, fields, isPlainObject, join, optional, text, within, type Check, type Shape } from "./validate.js";

type InstructionBuilder = (params: never) => { kind: string };

/** A cross-instruction rule: throws when the (already validated) instructions conflict. */
export type CrossRule<I> = (instructions: readonly I[], kind: string, field: string) => void;

/**
 * A semantic-patch body: instructions plus an optional comment (the shape all four bodies share).
 *
 * @example
 * const body: SemanticPatchBody<UserExpiringFlagInstruction> = userExpiringFlagsPatch().removeExpireUserTargetDate({ flagKey, variationId }).build();
 */
export interface SemanticPatchBody<I> {
  instructions: I[];
  comment?: string;
}

/** Checks one instruction: an object whose `kind` is a builder of `ns` and whose other fields pass that builder. */
export function instructionCheck<I extends { kind: string }>(ns: object, group: string): Check<I> {
  const builders = ns as Readonly<Record<string, InstructionBuilder>>;
  return (value, kind, field) => {
    if (!isPlainObject(value)) fail(kind, field === "" ? "instruction" : field, `must be an instruction object (got ${describe(value)})`);
    const { kind: itemKind, ...params } = value;
    if (typeof itemKind !== "string" || !Object.hasOwn(builders, itemKind)) {
      fail(
        kind,
        join(field, "kind"),
        `must be one of the ${group} instruction kinds: ${Object.keys(builders).join(", ")} (got ${describe(itemKind)})`,
      );
    }
    const builder = builders[itemKind] as InstructionBuilder;
    return within(field, () => builder(params as never)) as I;
  };
}

/**
 * Checks an `instructions` array: non-empty, every item a valid instruction of `ns`; then the
 * cross-instruction `rules`.
 */
export function instructionList<I extends { kind: string }>(ns: object, group: string, rules: readonly CrossRule<I>[]): Check<I[]> {
  const item = instructionCheck<I>(ns, group);
  return (value, kind, field) => {
    if (!Array.isArray(value)) fail(kind, field, `must be an array of instructions (got ${describe(value)})`);
    if (value.length === 0) fail(kind, field, "must not be empty");
    const out: I[] = [];
    for (let i = 0; i < value.length; i++) out.push(item(value[i], kind, `${field}[${i}]`));
    for (const rule of rules) rule(out, kind, field);
    return out;
  };
}

/**
 * A cross-instruction rule: no two instructions may address the same target, identified by
 * `identify` (which also names the field to report).
 */
export function oneInstructionPerTarget<I extends { kind: string }>(
  identify: (instruction: I) => { id: string; field: string },
  reason: string,
): CrossRule<I> {
  return (instructions, _kind, field) => {
    const seen = new Map<string, number>();
    instructions.forEach((instruction, i) => {
      const { id, field: idField } = identify(instruction);
      const first = seen.get(id);
      if (first !== undefined)
        fail(instruction.kind, `${field}[${i}].${idField}`, `must not repeat the target of ${field}[${first}] (${reason})`);
      seen.set(id, i);
    });
  };
}

/**
 * The fluent form of a body: one method per instruction kind (same parameters as the namespace's
 * builder), plus `append`, `comment` and `build`. Immutable: every call returns a new builder.
 *
 * @example
 * const builder: PatchBuilder<typeof segment, SegmentSemanticPatch> = segmentPatch("production").addTags({ values: ["beta"] });
 */
export type PatchBuilder<NS, Body extends SemanticPatchBody<unknown>> = {
  readonly [K in keyof NS]: NS[K] extends (params: infer P) => unknown ? (params: P) => PatchBuilder<NS, Body> : never;
} & {
  /** Appends instructions built elsewhere; `build()` validates them with the rest. */
  readonly append: (...instructions: Body["instructions"]) => PatchBuilder<NS, Body>;
  /** Sets the patch comment (shown in the audit log). */
  readonly comment: (comment: string) => PatchBuilder<NS, Body>;
  /** Validates the whole patch and returns the request body as a plain object. */
  readonly build: () => Body;
};

/**
 * A semantic-patch body kind: the body validator and the fluent builder, from the namespace of
 * instruction builders, the fields the body has besides `instructions` and `comment`, and the
 * cross-instruction rules.
 */
export function semanticPatch<NS extends object, Body extends SemanticPatchBody<{ kind: string }>>(options: {
  name: string;
  group: string;
  ns: NS;
  head: Shape<Omit<Body, "instructions" | "comment">>;
  rules: readonly CrossRule<Body["instructions"][number]>[];
}) {
  const { name, group, ns, head, rules } = options;
  const shape = {
    ...head,
    instructions: instructionList(ns, group, rules),
    comment: optional(text),
  } as unknown as Shape<Body>;
  const validate = (body: Body): Body => fields(body, shape, name);
  const builder = (headValues: Omit<Body, "instructions" | "comment">): PatchBuilder<NS, Body> => {
    const checkedHead = fields(headValues, head, name);
    const make = (instructions: readonly unknown[], comment: string | undefined): PatchBuilder<NS, Body> => {
      const api: Record<string, unknown> = {
        append: (...more: unknown[]) => make([...instructions, ...more], comment),
        comment: (value: unknown) => make(instructions, text(value, name, "comment")),
        build: () => validate({ ...checkedHead, instructions: [...instructions], ...(comment === undefined ? {} : { comment }) } as Body),
      };
      for (const [kind, build] of Object.entries(ns as Record<string, (params: unknown) => unknown>)) {
        api[kind] = (params: unknown) => make([...instructions, build(params)], comment);
      }
      return Object.freeze(api) as PatchBuilder<NS, Body>;
    };
    return make([], undefined);
  };
  return { validate, builder };
}
