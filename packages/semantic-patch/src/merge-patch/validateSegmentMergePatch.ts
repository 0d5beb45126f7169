import type { SegmentMergePatch, SegmentRuleInput, SegmentTargetInput as SegmentTarget } from "../types.js";
import {
  anyTargetKeys,
  clauseInput,
  contextKind,
  describe,
  fail,
  fields,
  list,
  name,
  nonEmptyString,
  nullable,
  optional,
  text,
  weight,
  type Check,
  type Shape,
} from "../validate.js";

const KIND = "validateSegmentMergePatch";
const keys = list(nonEmptyString, { noun: "keys", unique: true, allowEmpty: true });

const target: Check<SegmentTarget> = (value, kind, field) => fields(value, { values: anyTargetKeys, contextKind }, kind, field);
const targets: Check<SegmentTarget[]> = (value, kind, field) => {
  const checked = list(target, { noun: "context targets", allowEmpty: true })(value, kind, field);
  const first = new Map<string, number>();
  checked.forEach((t, i) => {
    const earlier = first.get(t.contextKind);
    if (earlier !== undefined)
      fail(
        kind,
        `${field}[${i}].contextKind`,
        `must not repeat ${describe(t.contextKind)} (already at ${field}[${earlier}]); list each context kind once`,
      );
    first.set(t.contextKind, i);
  });
  return checked;
};

const RULE: Shape<SegmentRuleInput> = {
  clauses: list(clauseInput, { noun: "clauses", allowEmpty: true }),
  weight: optional(weight),
  rolloutContextKind: optional(contextKind),
  bucketBy: optional(nonEmptyString),
  description: optional(text),
};

const SHAPE: Shape<SegmentMergePatch> = {
  name: optional(name),
  description: optional(nullable(text)),
  tags: optional(nullable(list(nonEmptyString, { noun: "tags", unique: true, allowEmpty: true }))),
  included: optional(keys),
  excluded: optional(keys),
  includedContexts: optional(targets),
  excludedContexts: optional(targets),
  rules: optional(list((value, kind, field) => fields(value, RULE, kind, field), { noun: "rules", allowEmpty: true })),
  unboundedContextKind: optional(contextKind),
};

/** Fails when a key is in both lists (per context kind for context targets). */
function checkDisjoint(
  included: readonly { kind: string; key: string; at: string }[],
  excluded: readonly { kind: string; key: string; at: string }[],
): void {
  const where = new Map(included.map((entry) => [JSON.stringify([entry.kind, entry.key]), entry.at]));
  for (const entry of excluded) {
    const at = where.get(JSON.stringify([entry.kind, entry.key]));
    if (at !== undefined) fail(KIND, entry.at, `must not be both included and excluded: ${at} already includes ${describe(entry.key)}`);
  }
}

function entries(list: readonly string[] | undefined, field: string) {
  return (list ?? []).map((key, i) => ({ kind: "", key, at: `${field}[${i}]` }));
}

function contextEntries(targetsOfKind: readonly SegmentTarget[] | undefined, field: string) {
  return (targetsOfKind ?? []).flatMap((t, i) =>
    t.values.map((key, j) => ({ kind: t.contextKind, key, at: `${field}[${i}].values[${j}]` })),
  );
}

/**
 * Validates a JSON merge patch (RFC 7386) of a segment and returns a copy. Only the fields given
 * change, `null` removes `description` or `tags`, and list fields (`tags`, `included`, `excluded`,
 * `includedContexts`, `excludedContexts`, `rules`) replace the whole list. Rejects unknown fields,
 * an empty patch, and keys both included and excluded.
 *
 * @example
 * validateSegmentMergePatch({ description: "Customers enrolled in the beta program", tags: ["beta", "early-access"] });
 */
export function validateSegmentMergePatch(patch: SegmentMergePatch): SegmentMergePatch {
  const checked = fields(patch, SHAPE, KIND);
  if (Object.keys(checked).length === 0) fail(KIND, "parameters", `must change at least one field (${Object.keys(SHAPE).join(", ")})`);
  checkDisjoint(entries(checked.included, "included"), entries(checked.excluded, "excluded"));
  checkDisjoint(contextEntries(checked.includedContexts, "includedContexts"), contextEntries(checked.excludedContexts, "excludedContexts"));
  return checked;
}
