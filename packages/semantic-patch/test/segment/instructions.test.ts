import { describe, expect, it } from "vitest";
import { clause, segment, type ClauseInput, type SegmentInstruction } from "../../src/index.js";
import { expectWire, keys } from "../helpers.js";

const RULE = "a902ef4a-2faf-4eaf-88e1-ecc356708a29";
const CLAUSE = "10a58772-3121-400f-846b-b8a04e8944ed";
const ORGS = ["org-key-123abc", "org-key-456def"];
const USERS = ["user-key-123abc", "user-key-456def"];

/** Calls the builder named after the wanted kind. */
function build(kind: SegmentInstruction["kind"], params: unknown): unknown {
  return (segment as unknown as Record<string, (p: unknown) => unknown>)[kind]!(params);
}

// The examples of the patchSegment documentation (seed 001), one per kind, with the wire JSON they
// must produce. updateRuleRolloutAndContextKind is the documented example corrected: the document
// says kind "reorderRules" and weight "20000"; the real wire form is the kind itself and the number.
const documented: Array<[string, { given: unknown; want: SegmentInstruction }]> = [
  ["addTags", { given: { values: ["tag1", "tag2"] }, want: { kind: "addTags", values: ["tag1", "tag2"] } }],
  ["removeTags", { given: { values: ["tag1", "tag2"] }, want: { kind: "removeTags", values: ["tag1", "tag2"] } }],
  ["updateName", { given: { value: "Updated segment name" }, want: { kind: "updateName", value: "Updated segment name" } }],
  [
    "addIncludedTargets",
    { given: { contextKind: "org", values: ORGS }, want: { kind: "addIncludedTargets", contextKind: "org", values: ORGS } },
  ],
  [
    "addExcludedTargets",
    { given: { contextKind: "org", values: ORGS }, want: { kind: "addExcludedTargets", contextKind: "org", values: ORGS } },
  ],
  [
    "removeIncludedTargets",
    { given: { contextKind: "org", values: ORGS }, want: { kind: "removeIncludedTargets", contextKind: "org", values: ORGS } },
  ],
  [
    "removeExcludedTargets",
    { given: { contextKind: "org", values: ORGS }, want: { kind: "removeExcludedTargets", contextKind: "org", values: ORGS } },
  ],
  ["addIncludedUsers", { given: { values: USERS }, want: { kind: "addIncludedUsers", values: USERS } }],
  ["addExcludedUsers", { given: { values: USERS }, want: { kind: "addExcludedUsers", values: USERS } }],
  ["removeIncludedUsers", { given: { values: USERS }, want: { kind: "removeIncludedUsers", values: USERS } }],
  ["removeExcludedUsers", { given: { values: USERS }, want: { kind: "removeExcludedUsers", values: USERS } }],
  [
    "addRule",
    {
      given: {
        clauses: [{ attribute: "email", op: "contains", negate: false, values: ["@launchdarkly.com"] }],
        description: "Targeting rule for LaunchDarkly employees",
      },
      want: {
        kind: "addRule",
        clauses: [{ attribute: "email", op: "contains", negate: false, values: ["@launchdarkly.com"] }],
        description: "Targeting rule for LaunchDarkly employees",
      },
    },
  ],
  ["removeRule", { given: { ruleId: RULE }, want: { kind: "removeRule", ruleId: RULE } }],
  [
    "reorderRules",
    {
      given: { ruleIds: [RULE, "63c238d1-835d-435e-8f21-c8d5e40b2a3d"] },
      want: { kind: "reorderRules", ruleIds: [RULE, "63c238d1-835d-435e-8f21-c8d5e40b2a3d"] },
    },
  ],
  [
    "addClauses",
    {
      given: { clauses: [{ attribute: "email", negate: false, op: "contains", values: ["value1"] }], ruleId: RULE },
      want: { kind: "addClauses", ruleId: RULE, clauses: [{ attribute: "email", op: "contains", negate: false, values: ["value1"] }] },
    },
  ],
  [
    "removeClauses",
    {
      given: { ruleId: RULE, clauseIds: [CLAUSE, "36a461dc-235e-4b08-97b9-73ce9365873e"] },
      want: { kind: "removeClauses", ruleId: RULE, clauseIds: [CLAUSE, "36a461dc-235e-4b08-97b9-73ce9365873e"] },
    },
  ],
  [
    "updateClause",
    {
      given: {
        ruleId: RULE,
        clauseId: "10c7462a-2062-45ba-a8bb-dfb3de0f8af5",
        clause: { contextKind: "user", attribute: "country", op: "in", negate: false, values: ["Mexico", "Canada"] },
      },
      want: {
        kind: "updateClause",
        ruleId: RULE,
        clauseId: "10c7462a-2062-45ba-a8bb-dfb3de0f8af5",
        clause: { contextKind: "user", attribute: "country", op: "in", negate: false, values: ["Mexico", "Canada"] },
      },
    },
  ],
  [
    "addValuesToClause",
    {
      given: { ruleId: RULE, clauseId: CLAUSE, values: ["beta_testers"] },
      want: { kind: "addValuesToClause", ruleId: RULE, clauseId: CLAUSE, values: ["beta_testers"] },
    },
  ],
  [
    "removeValuesFromClause",
    {
      given: { ruleId: RULE, clauseId: CLAUSE, values: ["beta_testers"] },
      want: { kind: "removeValuesFromClause", ruleId: RULE, clauseId: CLAUSE, values: ["beta_testers"] },
    },
  ],
  [
    "updateRuleDescription",
    {
      given: { description: "New rule description", ruleId: RULE },
      want: { kind: "updateRuleDescription", ruleId: RULE, description: "New rule description" },
    },
  ],
  [
    "updateRuleRolloutAndContextKind (document's example, corrected)",
    {
      given: { ruleId: RULE, weight: 20000, contextKind: "device" },
      want: { kind: "updateRuleRolloutAndContextKind", ruleId: RULE, weight: 20000, contextKind: "device" },
    },
  ],
  ["addBigSegmentIncludedTargets", { given: { values: ORGS }, want: { kind: "addBigSegmentIncludedTargets", values: ORGS } }],
  ["addBigSegmentExcludedTargets", { given: { values: ORGS }, want: { kind: "addBigSegmentExcludedTargets", values: ORGS } }],
  ["removeBigSegmentIncludedTargets", { given: { values: ORGS }, want: { kind: "removeBigSegmentIncludedTargets", values: ORGS } }],
  ["removeBigSegmentExcludedTargets", { given: { values: ORGS }, want: { kind: "removeBigSegmentExcludedTargets", values: ORGS } }],
  ["processBigSegmentImport", { given: { importId: RULE }, want: { kind: "processBigSegmentImport", importId: RULE } }],
];

const typedClauses: ClauseInput[] = [
  { attribute: "age", op: "greaterThanOrEqual", values: [18] },
  { attribute: "beta", op: "in", values: [true] },
  { attribute: "signup", op: "before", values: [1754092860000, "2025-08-02T00:00:00Z"] },
  { contextKind: "device", attribute: "os", op: "segmentMatch", negate: true, values: ["mobile-devices"] },
];

// Edge cases that must be accepted.
const accepted: Array<[string, { given: unknown; want: SegmentInstruction }]> = [
  ["addRule without clauses (matches every context)", { given: {}, want: { kind: "addRule" } }],
  ["addRule drops an undefined description", { given: { description: undefined }, want: { kind: "addRule" } }],
  [
    "addRule with numeric, boolean and date clauses",
    {
      given: {
        clauses: typedClauses,
      },
      want: {
        kind: "addRule",
        clauses: typedClauses,
      },
    },
  ],
  [
    "addRule with clause() (defaults made explicit)",
    {
      given: { clauses: [clause({ attribute: "email", op: "endsWith", values: [".edu"] })] },
      want: { kind: "addRule", clauses: [{ contextKind: "user", attribute: "email", op: "endsWith", negate: false, values: [".edu"] }] },
    },
  ],
  [
    "weight 0",
    {
      given: { ruleId: RULE, weight: 0, contextKind: "user" },
      want: { kind: "updateRuleRolloutAndContextKind", ruleId: RULE, weight: 0, contextKind: "user" },
    },
  ],
  [
    "weight 100000",
    {
      given: { ruleId: RULE, weight: 100000, contextKind: "user" },
      want: { kind: "updateRuleRolloutAndContextKind", ruleId: RULE, weight: 100000, contextKind: "user" },
    },
  ],
  [
    "exactly 1500 target keys",
    { given: { contextKind: "user", values: keys(1500) }, want: { kind: "addIncludedTargets", contextKind: "user", values: keys(1500) } },
  ],
  [
    "an empty rule description",
    { given: { ruleId: RULE, description: "" }, want: { kind: "updateRuleDescription", ruleId: RULE, description: "" } },
  ],
  [
    'clause values 1 and "1" are distinct',
    {
      given: { ruleId: RULE, clauseId: CLAUSE, values: [1, "1"] },
      want: { kind: "addValuesToClause", ruleId: RULE, clauseId: CLAUSE, values: [1, "1"] },
    },
  ],
  [
    "context kinds with dots, dashes and underscores",
    {
      given: { contextKind: "my_org.sub-unit", values: ["a"] },
      want: { kind: "removeExcludedTargets", contextKind: "my_org.sub-unit", values: ["a"] },
    },
  ],
];

describe("segment instruction builders", () => {
  it.each(documented)("%s: the documented example produces the documented wire JSON", (_name, { given, want }) => {
    expectWire(build(want.kind, given), want);
  });

  it.each(accepted)("accepts %s", (_name, { given, want }) => {
    expectWire(build(want.kind, given), want);
  });

  it("has exactly one builder per instruction kind, named as the kind", () => {
    const kinds = documented.map(([, { want }]) => want.kind).sort();
    expect(Object.keys(segment).sort()).toEqual(kinds);
    expect(new Set(kinds).size).toBe(26);
  });

  it("copies its input, so later changes to the caller's arrays do not leak into the instruction", () => {
    const values = ["org-1"];
    const built = segment.addIncludedTargets({ contextKind: "org", values });
    values.push("org-2");
    expect(built.values).toEqual(["org-1"]);
  });

  it("puts kind first on the wire", () => {
    expect(JSON.stringify(segment.removeRule({ ruleId: RULE }))).toBe(`{"kind":"removeRule","ruleId":"${RULE}"}`);
  });
});
