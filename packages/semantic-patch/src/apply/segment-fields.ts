/**
 * What a JSON Patch or merge patch may write in a segment, and the checks of the fields it wrote.
 * Writable are the fields of a segment merge patch (the spec's `SegmentMergePatch`); everything else
 * (`key`, `creationDate`, `version`, `_links`, `_access`, `unbounded`, …) is read-only.
 */
import { SemanticPatchError } from "../errors.js";
import {
  clauseInput,
  contextKind,
  describe,
  fail,
  fields,
  isPlainObject,
  join,
  list,
  name,
  nonEmptyString,
  text,
  weight,
  type Check,
} from "../validate.js";
import type { PatchApplyError } from "./error.js";
import { checkDisjoint } from "./segment-targets.js";
import { storedClause } from "./segment-rules.js";
import type { Segment, SegmentClause, SegmentRule } from "./segment-shape.js";
import type { ClauseInput } from "../types.js";

/** The fields a JSON Patch or merge patch may change. */
export const WRITABLE_FIELDS = [
  "name",
  "description",
  "tags",
  "included",
  "excluded",
  "includedContexts",
  "excludedContexts",
  "rules",
  "unboundedContextKind",
] as const;
/** A writable field. */
export type WritableField = (typeof WRITABLE_FIELDS)[number];
const WRITABLE: ReadonlySet<string> = /* @__PURE__ */ new Set(WRITABLE_FIELDS);

/** Whether a top-level segment field may be changed by a JSON Patch or merge patch. */
export function isWritable(field: string): field is WritableField {
  return WRITABLE.has(field);
}

/** The reason for rejecting a change of read-only field `field`. */
export function readOnlyReason(field: string): string {
  return `must not change ${describe(field)}: it is read-only (writable fields: ${WRITABLE_FIELDS.join(", ")})`;
}

const keys = /* @__PURE__ */ list(nonEmptyString, { noun: "keys", unique: true, allowEmpty: true });
const targets: Check<unknown> = (value, kind, field) => {
  const checked = list((v, k, f) => fields(v, { contextKind, values: keys }, k, f), { noun: "context targets", allowEmpty: true })(
    value,
    kind,
    field,
  );
  const seen = new Map<string, number>();
  checked.forEach((t, i) => {
    const first = seen.get(t.contextKind);
    if (first !== undefined)
      fail(kind, `${field}[${i}].contextKind`, `must not repeat ${describe(t.contextKind)} (already at ${field}[${first}])`);
    seen.set(t.contextKind, i);
  });
  return value;
};

const storedClauseCheck: Check<unknown> = (value, kind, field) => {
  if (!isPlainObject(value)) fail(kind, field, `must be a clause object (got ${describe(value)})`);
  const { _id, ...rest } = value;
  if (_id !== undefined) nonEmptyString(_id, kind, join(field, "_id"));
  clauseInput(rest, kind, field);
  return value;
};

/** A stored rule: the known fields must have their types; other fields pass through. */
const rule: Check<unknown> = (value, kind, field) => {
  if (!isPlainObject(value)) fail(kind, field, `must be a rule object (got ${describe(value)})`);
  const checks: Record<string, Check<unknown>> = {
    _id: nonEmptyString,
    weight,
    rolloutContextKind: contextKind,
    bucketBy: nonEmptyString,
    description: text,
  };
  for (const [key, check] of Object.entries(checks)) if (value[key] !== undefined) check(value[key], kind, join(field, key));
  if (value.clauses === undefined) fail(kind, join(field, "clauses"), "is required (an empty list matches every context)");
  list(storedClauseCheck, { noun: "clauses", allowEmpty: true })(value.clauses, kind, join(field, "clauses"));
  return value;
};
const rules: Check<unknown> = (value, kind, field) => {
  const checked = list(rule, { noun: "rules", allowEmpty: true })(value, kind, field) as { _id?: unknown }[];
  const seen = new Map<unknown, number>();
  checked.forEach((r, i) => {
    if (r._id === undefined) return;
    const first = seen.get(r._id);
    if (first !== undefined) fail(kind, `${field}[${i}]._id`, `must not repeat ${describe(r._id)} (already at ${field}[${first}])`);
    seen.set(r._id, i);
  });
  return value;
};

/** The check of each writable field's value; `undefined` means the field may be absent. */
const CHECKS: { readonly [K in WritableField]: { readonly check: Check<unknown>; readonly required: boolean } } = {
  name: { check: name, required: true },
  description: { check: text, required: false },
  tags: { check: /* @__PURE__ */ list(nonEmptyString, { noun: "tags", unique: true, allowEmpty: true }), required: true },
  included: { check: keys, required: false },
  excluded: { check: keys, required: false },
  includedContexts: { check: targets, required: false },
  excludedContexts: { check: targets, required: false },
  rules: { check: rules, required: true },
  unboundedContextKind: { check: contextKind, required: false },
};

/**
 * Checks the changed fields of a patched segment (types, no key both included and excluded) and
 * throws a {@link PatchApplyError} built by `error(reason)` for the first problem.
 */
export function checkChangedFields(
  segment: Segment,
  changed: Iterable<WritableField>,
  error: (field: WritableField, reason: string) => PatchApplyError,
): void {
  const record = segment as unknown as Record<string, unknown>;
  let targetsChanged: WritableField | undefined;
  for (const field of changed) {
    const { check, required } = CHECKS[field];
    const value = record[field];
    if (value === undefined) {
      if (required) throw error(field, `would remove ${describe(field)}, which a segment must have`);
      continue;
    }
    try {
      check(value, "segment", field);
    } catch (caught) {
      if (caught instanceof SemanticPatchError) throw error(field, `would make the segment invalid: ${caught.field} ${caught.rule}`);
      throw caught;
    }
    if (field === "included" || field === "excluded" || field === "includedContexts" || field === "excludedContexts")
      targetsChanged = field;
  }
  if (targetsChanged !== undefined) {
    const clash = checkDisjoint(segment);
    if (clash !== undefined) {
      throw error(
        targetsChanged,
        `would make ${describe(clash.key)} both included and excluded (contextKind ${describe(clash.contextKind)})`,
      );
    }
  }
}

/**
 * Gives the rules and clauses a patch created (those without `_id`) a new id; new clauses also get
 * LaunchDarkly's defaults (`contextKind` `user`, `negate` `false`). Returns new arrays; stored rules
 * and clauses with ids are kept as they are.
 */
export function assignIds(rulesOf: readonly SegmentRule[], generateId: () => string): SegmentRule[] {
  return rulesOf.map((r) => {
    const { _id, ...rest } = r;
    const id = _id ?? generateId();
    const clauses = r.clauses.map(
      (c): SegmentClause => (c._id === undefined ? { ...c, ...storedClause(c as ClauseInput, generateId()) } : c),
    );
    return { _id: id, ...rest, clauses };
  });
}
