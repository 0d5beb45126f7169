/** fast-check generators of segments and of segment instructions built by the package's builders. */
import fc from "fast-check";
import { clause, segment as builders, type ClauseInput, type SegmentInstruction } from "../../src/index.js";
import type { Segment } from "../../src/apply/index.js";

const KEYS = ["k0", "k1", "k2", "k3", "k4", "k5"];
const KINDS = ["user", "org", "device"];
const RULE_IDS = ["r0", "r1", "r2", "r3"];
const CLAUSE_IDS = ["c0", "c1", "c2"];

const keyList = fc.uniqueArray(fc.constantFrom(...KEYS), { minLength: 1, maxLength: 4 });
const clauseInput: fc.Arbitrary<ClauseInput> = fc.record({
  attribute: fc.constantFrom("email", "country", "plan"),
  op: fc.constantFrom("in" as const, "startsWith" as const),
  values: fc.uniqueArray(fc.constantFrom("a", "b", "c"), { minLength: 1, maxLength: 3 }),
});

/** Two disjoint key lists (included, excluded). */
const disjointLists = fc.array(fc.constantFrom(0, 1, 2), { minLength: KEYS.length, maxLength: KEYS.length }).map((where) => ({
  included: KEYS.filter((_, i) => where[i] === 1),
  excluded: KEYS.filter((_, i) => where[i] === 2),
}));

/** A REST segment (not big, unless `big`) with targets for user/org/device and up to three rules with ids. */
export function segmentArb(big = false): fc.Arbitrary<Segment> {
  return fc
    .record({
      user: disjointLists,
      org: disjointLists,
      device: disjointLists,
      tags: fc.uniqueArray(fc.constantFrom("t0", "t1", "t2"), { maxLength: 3 }),
      ruleIds: fc.uniqueArray(fc.constantFrom(...RULE_IDS.slice(0, 3)), { maxLength: 3 }),
      clauseIds: fc.uniqueArray(fc.constantFrom(...CLAUSE_IDS), { maxLength: 3 }),
      version: fc.nat({ max: 1000 }),
    })
    .map(({ user, org, device, tags, ruleIds, clauseIds, version }) => {
      const base: Segment = {
        key: big ? "big" : "seg",
        name: "Segment",
        tags,
        creationDate: 1_700_000_000_000,
        version,
        rules: ruleIds.map((id) => ({
          _id: id,
          clauses: clauseIds.map((c) => ({
            _id: `${id}-${c}`,
            contextKind: "user",
            attribute: "email",
            op: "in",
            values: ["a"],
            negate: false,
          })),
        })),
      };
      if (big) return { ...base, unbounded: true, unboundedContextKind: "user" };
      return {
        ...base,
        included: user.included,
        excluded: user.excluded,
        includedContexts: [
          { contextKind: "org", values: org.included },
          { contextKind: "device", values: device.included },
        ].filter((t) => t.values.length > 0),
        excludedContexts: [
          { contextKind: "org", values: org.excluded },
          { contextKind: "device", values: device.excluded },
        ].filter((t) => t.values.length > 0),
      };
    });
}

/** Any segment instruction the builders accept, addressing rules, clauses and keys that may or may not exist. */
export const anyInstruction: fc.Arbitrary<SegmentInstruction> = fc.oneof(
  fc
    .record({ contextKind: fc.constantFrom(...KINDS), values: keyList })
    .chain((p) =>
      fc.constantFrom(
        builders.addIncludedTargets(p),
        builders.addExcludedTargets(p),
        builders.removeIncludedTargets(p),
        builders.removeExcludedTargets(p),
      ),
    ),
  keyList.chain((values) =>
    fc.constantFrom(
      builders.addIncludedUsers({ values }),
      builders.addExcludedUsers({ values }),
      builders.removeIncludedUsers({ values }),
      builders.removeExcludedUsers({ values }),
    ),
  ),
  keyList.chain((values) =>
    fc.constantFrom(
      builders.addBigSegmentIncludedTargets({ values }),
      builders.addBigSegmentExcludedTargets({ values }),
      builders.removeBigSegmentIncludedTargets({ values }),
      builders.removeBigSegmentExcludedTargets({ values }),
    ),
  ),
  fc.constantFrom(
    builders.processBigSegmentImport({ importId: "imp" }),
    builders.updateName({ value: "Renamed" }),
    builders.addTags({ values: ["t1", "t9"] }),
    builders.removeTags({ values: ["t0"] }),
  ),
  fc
    .option(fc.array(clauseInput, { minLength: 1, maxLength: 2 }), { nil: undefined })
    .map((clauses) => builders.addRule(clauses === undefined ? {} : { clauses })),
  fc.constantFrom(...RULE_IDS).map((ruleId) => builders.removeRule({ ruleId })),
  fc.uniqueArray(fc.constantFrom(...RULE_IDS), { minLength: 1, maxLength: 4 }).map((ruleIds) => builders.reorderRules({ ruleIds })),
  fc
    .record({ ruleId: fc.constantFrom(...RULE_IDS), c: fc.constantFrom(...CLAUSE_IDS), clause: clauseInput })
    .chain(({ ruleId, c, clause: given }) => {
      const clauseId = `${ruleId}-${c}`;
      return fc.constantFrom(
        builders.addClauses({ ruleId, clauses: [given] }),
        builders.removeClauses({ ruleId, clauseIds: [clauseId] }),
        builders.updateClause({ ruleId, clauseId, clause: clause(given) }),
        builders.addValuesToClause({ ruleId, clauseId, values: ["b"] }),
        builders.removeValuesFromClause({ ruleId, clauseId, values: ["a"] }),
        builders.updateRuleDescription({ ruleId, description: "d" }),
        builders.updateRuleRolloutAndContextKind({ ruleId, weight: 25_000, contextKind: "org" }),
      );
    }),
);

const notIn = (taken: readonly string[]) => {
  const free = KEYS.filter((k) => !taken.includes(k));
  return free.length === 0
    ? fc.constant<string[]>(["fresh-key"])
    : fc.uniqueArray(fc.constantFrom(...free), { minLength: 1, maxLength: free.length });
};
const keysOf = (s: Segment, list: "included" | "excluded", kind: string): string[] =>
  kind === "user"
    ? (s[list] ?? [])
    : (s[list === "included" ? "includedContexts" : "excludedContexts"] ?? [])
        .filter((t) => t.contextKind === kind)
        .flatMap((t) => t.values ?? []);

/** A builder-made instruction that fits `s` (keys not in the other list, rules and clauses that exist). */
export function fittingInstruction(s: Segment): fc.Arbitrary<SegmentInstruction> {
  if (s.unbounded === true) return anyInstruction.filter((i) => i.kind.includes("BigSegment") || i.kind === "processBigSegmentImport");
  const options: fc.Arbitrary<SegmentInstruction>[] = [
    fc
      .constantFrom(...KINDS)
      .chain((contextKind) =>
        notIn(keysOf(s, "excluded", contextKind)).map((values) => builders.addIncludedTargets({ contextKind, values })),
      ),
    fc
      .constantFrom(...KINDS)
      .chain((contextKind) =>
        notIn(keysOf(s, "included", contextKind)).map((values) => builders.addExcludedTargets({ contextKind, values })),
      ),
    notIn(keysOf(s, "excluded", "user")).map((values) => builders.addIncludedUsers({ values })),
    notIn(keysOf(s, "included", "user")).map((values) => builders.addExcludedUsers({ values })),
    fc.record({ contextKind: fc.constantFrom(...KINDS), values: keyList }).map((p) => builders.removeIncludedTargets(p)),
    fc.record({ contextKind: fc.constantFrom(...KINDS), values: keyList }).map((p) => builders.removeExcludedTargets(p)),
    keyList.map((values) => builders.removeIncludedUsers({ values })),
    keyList.map((values) => builders.removeExcludedUsers({ values })),
    fc.constantFrom(
      builders.updateName({ value: "Renamed" }),
      builders.addTags({ values: ["t1", "t9"] }),
      builders.removeTags({ values: ["t0"] }),
      builders.removeRule({ ruleId: "r9" }),
    ),
    fc
      .option(fc.array(clauseInput, { minLength: 1, maxLength: 2 }), { nil: undefined })
      .map((clauses) => builders.addRule(clauses === undefined ? { description: "new" } : { clauses })),
  ];
  const ruleIds = s.rules.map((r) => r._id as string);
  if (ruleIds.length > 0) {
    options.push(
      fc
        .shuffledSubarray(ruleIds, { minLength: ruleIds.length, maxLength: ruleIds.length })
        .map((order) => builders.reorderRules({ ruleIds: order })),
      fc.constantFrom(...ruleIds).map((ruleId) => builders.removeRule({ ruleId })),
      fc
        .record({ ruleId: fc.constantFrom(...ruleIds), clause: clauseInput })
        .map(({ ruleId, clause: given }) => builders.addClauses({ ruleId, clauses: [given] })),
      fc.constantFrom(...ruleIds).map((ruleId) => builders.updateRuleDescription({ ruleId, description: "d" })),
      fc
        .constantFrom(...ruleIds)
        .map((ruleId) => builders.updateRuleRolloutAndContextKind({ ruleId, weight: 30_000, contextKind: "user" })),
    );
    const clauses = s.rules.flatMap((r) => r.clauses.map((c) => ({ ruleId: r._id as string, clauseId: c._id as string })));
    if (clauses.length > 0) {
      options.push(
        fc
          .record({ at: fc.constantFrom(...clauses), clause: clauseInput })
          .chain(({ at, clause: given }) =>
            fc.constantFrom(
              builders.removeClauses({ ruleId: at.ruleId, clauseIds: [at.clauseId] }),
              builders.updateClause({ ...at, clause: given }),
              builders.addValuesToClause({ ...at, values: ["z"] }),
              builders.removeValuesFromClause({ ...at, values: ["a"] }),
            ),
          ),
      );
    }
  }
  return fc.oneof(...options);
}
