/**
 * Individual targets of a (not big) segment, shared by the eight target kinds. Keys of context kind
 * `user` live in `included`/`excluded` (LaunchDarkly's representation; a `user` entry of
 * `includedContexts`/`excludedContexts` counts too), other kinds in `includedContexts`/`excludedContexts`.
 * Every function is linear in the list sizes (Sets, no nested scans).
 */
import type { TargetType } from "../types.js";
import { describe } from "../validate.js";
import { reject } from "./run.js";
import type { Segment, SegmentContextTargets } from "./segment-shape.js";

const USER = "user";
const CONTEXTS = { included: "includedContexts", excluded: "excludedContexts" } as const;

/** The context kind of an entry (`user` when LaunchDarkly leaves it out). */
function kindOf(target: SegmentContextTargets): string {
  return target.contextKind ?? USER;
}

/** The other list. */
export function otherList(list: TargetType): TargetType {
  return list === "included" ? "excluded" : "included";
}

/** Every key of `contextKind` in one list of the segment. */
export function targetKeys(segment: Segment, list: TargetType, contextKind: string): string[] {
  const ofKind = (segment[CONTEXTS[list]] ?? []).filter((t) => kindOf(t) === contextKind).flatMap((t) => t.values ?? []);
  return contextKind === USER ? [...(segment[list] ?? []), ...ofKind] : ofKind;
}

/** Rejects instructions that manage individual targets of a big segment (its targets are kept apart). */
export function requireNotBig(segment: Segment, bigKind: string): void {
  if (segment.unbounded === true) {
    reject("", `cannot change the individual targets of a big segment (segment ${describe(segment.key)} is unbounded); use ${bigKind}`);
  }
}

/** Calls `visit` for every key of `contextKind` in one list (no copy). */
function forEachKey(segment: Segment, list: TargetType, contextKind: string, visit: (key: string) => void): void {
  if (contextKind === USER) for (const key of segment[list] ?? []) visit(key);
  for (const t of segment[CONTEXTS[list]] ?? []) if (kindOf(t) === contextKind) for (const key of t.values ?? []) visit(key);
}

/**
 * Adds keys of `contextKind` to one list; rejects a key that the other list holds (the docs: "Returns
 * an error if this causes the same context key to be both included and excluded"). Keys already in
 * the list stay where they are. One pass over each list, checking against a Set of the instruction's
 * keys (at most 1,500), so the cost is linear in the segment's size.
 */
export function addTargets(segment: Segment, list: TargetType, contextKind: string, values: readonly string[]): Segment {
  const wanted = new Set(values);
  const other = otherList(list);
  const clashes = new Set<string>();
  forEachKey(segment, other, contextKind, (key) => {
    if (wanted.has(key)) clashes.add(key);
  });
  if (clashes.size > 0) {
    const i = values.findIndex((value) => clashes.has(value));
    reject(
      `values[${i}]`,
      `must not be both included and excluded: ${describe(values[i])} is already ${other} (contextKind ${describe(contextKind)})`,
    );
  }
  const present = new Set<string>();
  forEachKey(segment, list, contextKind, (key) => {
    if (wanted.has(key)) present.add(key);
  });
  const fresh = present.size === 0 ? [...wanted] : [...wanted].filter((value) => !present.has(value));
  if (contextKind === USER) return { ...segment, [list]: [...(segment[list] ?? []), ...fresh] };
  const field = CONTEXTS[list];
  const targets = segment[field] ?? [];
  const at = targets.findIndex((t) => kindOf(t) === contextKind);
  const next: SegmentContextTargets[] =
    at === -1
      ? [...targets, { contextKind, values: fresh }]
      : targets.map((t, i) => (i === at ? { ...t, contextKind, values: [...(t.values ?? []), ...fresh] } : t));
  return { ...segment, [field]: next };
}

/** Removes keys of `contextKind` from one list; keys that are not there are ignored. */
export function removeTargets(segment: Segment, list: TargetType, contextKind: string, values: readonly string[]): Segment {
  const gone = new Set(values);
  let out: Segment = segment;
  const own = segment[list];
  if (contextKind === USER && own !== undefined && own.some((key) => gone.has(key)))
    out = { ...out, [list]: own.filter((key) => !gone.has(key)) };
  const field = CONTEXTS[list];
  const targets = segment[field];
  if (targets?.some((t) => kindOf(t) === contextKind && (t.values ?? []).some((key) => gone.has(key)))) {
    const next = targets
      .map((t) => (kindOf(t) === contextKind ? { ...t, values: (t.values ?? []).filter((key) => !gone.has(key)) } : t))
      .filter((t) => kindOf(t) !== contextKind || (t.values ?? []).length > 0);
    out = { ...out, [field]: next };
  }
  return out;
}

/** The first key found in both lists of one context kind, or `undefined` when the lists are disjoint. */
export function checkDisjoint(segment: Segment): { contextKind: string; key: string } | undefined {
  const kinds = new Set<string>([USER]);
  for (const list of ["included", "excluded"] as const) for (const t of segment[CONTEXTS[list]] ?? []) kinds.add(kindOf(t));
  for (const kind of kinds) {
    const included = new Set(targetKeys(segment, "included", kind));
    if (included.size === 0) continue;
    const clash = targetKeys(segment, "excluded", kind).find((key) => included.has(key));
    if (clash !== undefined) return { contextKind: kind, key: clash };
  }
  return undefined;
}
