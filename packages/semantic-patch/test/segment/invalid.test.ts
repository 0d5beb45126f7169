import { describe, it } from "vitest";
import { segment } from "../../src/index.js";
import { caller, expectRejection, keys, type InvalidCase } from "../helpers.js";

// JavaScript callers get no type checking: every call below casts its way past the types, and the
// builder must still refuse to produce a request LaunchDarkly would reject or misread.
const call = caller(segment);
const RULE = "a902ef4a-2faf-4eaf-88e1-ecc356708a29";
const CLAUSE = "10a58772-3121-400f-846b-b8a04e8944ed";
const email = { attribute: "email", op: "endsWith", values: [".edu"] };

const cases: InvalidCase[] = [
  // target lists
  [
    "empty values",
    {
      given: call("addIncludedTargets", { contextKind: "org", values: [] }),
      want: { kind: "addIncludedTargets", field: "values", rule: "must not be empty" },
    },
  ],
  [
    "missing values",
    {
      given: call("addExcludedTargets", { contextKind: "org" }),
      want: { kind: "addExcludedTargets", field: "values", rule: "is required" },
    },
  ],
  [
    "values not an array",
    {
      given: call("addIncludedUsers", { values: "user-1" }),
      want: { kind: "addIncludedUsers", field: "values", rule: "must be an array of keys" },
    },
  ],
  [
    "an empty key",
    {
      given: call("addIncludedTargets", { contextKind: "org", values: ["org-1", ""] }),
      want: { kind: "addIncludedTargets", field: "values[1]", rule: "must not be empty" },
    },
  ],
  [
    "a non-string key",
    {
      given: call("addExcludedUsers", { values: ["user-1", 42] }),
      want: { kind: "addExcludedUsers", field: "values[1]", rule: "must be a string (got 42)" },
    },
  ],
  [
    "a null key",
    {
      given: call("removeIncludedUsers", { values: [null] }),
      want: { kind: "removeIncludedUsers", field: "values[0]", rule: "must be a string (got null)" },
    },
  ],
  [
    "a duplicate key",
    {
      given: call("removeIncludedTargets", { contextKind: "org", values: ["a", "b", "a"] }),
      want: { kind: "removeIncludedTargets", field: "values[2]", rule: 'must not repeat "a" (already at values[0])' },
    },
  ],
  [
    "a sparse keys array",
    {
      // biome-ignore lint/suspicious/noSparseArray: the hole is the case under test
      given: call("removeExcludedUsers", { values: [, "b"] }),
      want: { kind: "removeExcludedUsers", field: "values[0]", rule: "must be a string (got undefined)" },
    },
  ],
  [
    "1501 target keys",
    {
      given: call("addIncludedTargets", { contextKind: "user", values: keys(1501) }),
      want: { kind: "addIncludedTargets", field: "values", rule: "must have at most 1500 keys in one instruction (got 1501)" },
    },
  ],
  [
    "1501 user keys",
    {
      given: call("addExcludedUsers", { values: keys(1501) }),
      want: { kind: "addExcludedUsers", field: "values", rule: "must have at most 1500 keys" },
    },
  ],
  [
    "1501 big segment keys",
    {
      given: call("addBigSegmentIncludedTargets", { values: keys(1501) }),
      want: { kind: "addBigSegmentIncludedTargets", field: "values", rule: "split the change with chunkSegmentPatch" },
    },
  ],
  [
    "a duplicate big segment key",
    {
      given: call("removeBigSegmentExcludedTargets", { values: ["k", "k"] }),
      want: { kind: "removeBigSegmentExcludedTargets", field: "values[1]", rule: "must not repeat" },
    },
  ],
  [
    "missing contextKind",
    {
      given: call("addIncludedTargets", { values: ["org-1"] }),
      want: { kind: "addIncludedTargets", field: "contextKind", rule: "is required" },
    },
  ],
  [
    "an empty contextKind",
    {
      given: call("removeExcludedTargets", { contextKind: "", values: ["org-1"] }),
      want: { kind: "removeExcludedTargets", field: "contextKind", rule: "must not be empty" },
    },
  ],
  [
    "a contextKind with a space",
    {
      given: call("addIncludedTargets", { contextKind: "org unit", values: ["a"] }),
      want: { kind: "addIncludedTargets", field: "contextKind", rule: 'must contain only letters, digits, ".", "_" and "-"' },
    },
  ],
  [
    "the reserved contextKind kind",
    {
      given: call("addExcludedTargets", { contextKind: "kind", values: ["a"] }),
      want: { kind: "addExcludedTargets", field: "contextKind", rule: 'must not be the reserved word "kind"' },
    },
  ],
  [
    "the reserved contextKind multi",
    {
      given: call("addIncludedTargets", { contextKind: "multi", values: ["a"] }),
      want: { kind: "addIncludedTargets", field: "contextKind", rule: 'must not be the reserved word "multi"' },
    },
  ],
  [
    "an unknown field (typo)",
    {
      given: call("addIncludedTargets", { contextKinds: "org", values: ["a"] }),
      want: { kind: "addIncludedTargets", field: "contextKinds", rule: "is not a known field (expected contextKind, values)" },
    },
  ],
  [
    "a kind field in the parameters",
    {
      given: call("addIncludedUsers", { kind: "addIncludedUsers", values: ["a"] }),
      want: { kind: "addIncludedUsers", field: "kind", rule: "is not a known field" },
    },
  ],
  [
    "contextKind on a *Users kind",
    {
      given: call("addIncludedUsers", { contextKind: "user", values: ["a"] }),
      want: { kind: "addIncludedUsers", field: "contextKind", rule: "is not a known field (expected values)" },
    },
  ],
  [
    "parameters that are not an object",
    {
      given: call("addIncludedTargets", null),
      want: { kind: "addIncludedTargets", field: "parameters", rule: "must be an object (got null)" },
    },
  ],
  [
    "an array as parameters",
    { given: call("addTags", ["beta"]), want: { kind: "addTags", field: "parameters", rule: "must be an object (got an array)" } },
  ],
  [
    "a class instance as parameters",
    { given: call("removeRule", new Date(0)), want: { kind: "removeRule", field: "parameters", rule: "must be an object (got a Date)" } },
  ],
  // tags and name
  [
    "tags as a string",
    { given: call("addTags", { values: "beta" }), want: { kind: "addTags", field: "values", rule: "must be an array of tags" } },
  ],
  [
    "a duplicate tag",
    { given: call("addTags", { values: ["beta", "beta"] }), want: { kind: "addTags", field: "values[1]", rule: "must not repeat" } },
  ],
  [
    "no tags to remove",
    { given: call("removeTags", { values: [] }), want: { kind: "removeTags", field: "values", rule: "must not be empty" } },
  ],
  [
    "an empty segment name",
    { given: call("updateName", { value: "" }), want: { kind: "updateName", field: "value", rule: "must not be empty" } },
  ],
  [
    "a blank segment name",
    { given: call("updateName", { value: "   " }), want: { kind: "updateName", field: "value", rule: "must not be blank" } },
  ],
  ["a missing segment name", { given: call("updateName", {}), want: { kind: "updateName", field: "value", rule: "is required" } }],
  [
    "a segment name that is not a string",
    { given: call("updateName", { value: 7 }), want: { kind: "updateName", field: "value", rule: "must be a string" } },
  ],
  [
    "name instead of value",
    { given: call("updateName", { name: "Beta" }), want: { kind: "updateName", field: "name", rule: "is not a known field" } },
  ],
  // rules and clauses
  [
    "an empty clauses list",
    { given: call("addRule", { clauses: [] }), want: { kind: "addRule", field: "clauses", rule: "must not be empty" } },
  ],
  [
    "an upper-case operator",
    {
      given: call("addRule", { clauses: [{ ...email, op: "EndsWith" }] }),
      want: { kind: "addRule", field: "clauses[0].op", rule: 'must be written "endsWith" (operators are case sensitive' },
    },
  ],
  [
    "an all-caps operator",
    {
      given: call("addClauses", { ruleId: RULE, clauses: [{ ...email, op: "IN" }] }),
      want: { kind: "addClauses", field: "clauses[0].op", rule: 'must be written "in"' },
    },
  ],
  [
    "an unknown operator",
    {
      given: call("addRule", { clauses: [email, { ...email, op: "equals" }] }),
      want: { kind: "addRule", field: "clauses[1].op", rule: "must be a known clause operator" },
    },
  ],
  [
    "a missing operator",
    {
      given: call("addRule", { clauses: [{ attribute: "email", values: ["x"] }] }),
      want: { kind: "addRule", field: "clauses[0].op", rule: "is required" },
    },
  ],
  [
    "empty clause values",
    {
      given: call("addRule", { clauses: [{ ...email, values: [] }] }),
      want: { kind: "addRule", field: "clauses[0].values", rule: "must not be empty" },
    },
  ],
  [
    "a missing clause attribute",
    {
      given: call("addClauses", { ruleId: RULE, clauses: [{ op: "in", values: ["x"] }] }),
      want: { kind: "addClauses", field: "clauses[0].attribute", rule: "is required" },
    },
  ],
  [
    "an unknown clause field",
    {
      given: call("addRule", { clauses: [{ ...email, negated: true }] }),
      want: { kind: "addRule", field: "clauses[0].negated", rule: "is not a known field" },
    },
  ],
  [
    "negate as a string",
    {
      given: call("addRule", { clauses: [{ ...email, negate: "false" }] }),
      want: { kind: "addRule", field: "clauses[0].negate", rule: "must be a boolean" },
    },
  ],
  [
    "a string compared with lessThan",
    {
      given: call("addRule", { clauses: [{ attribute: "age", op: "lessThan", values: ["18"] }] }),
      want: { kind: "addRule", field: "clauses[0].values[0]", rule: 'must be one of the numbers that "lessThan" compares' },
    },
  ],
  [
    "a number for segmentMatch",
    {
      given: call("addRule", { clauses: [{ attribute: "segment", op: "segmentMatch", values: [3] }] }),
      want: { kind: "addRule", field: "clauses[0].values[0]", rule: "must be one of the strings" },
    },
  ],
  [
    "a non-finite clause value",
    {
      given: call("addRule", { clauses: [{ attribute: "age", op: "in", values: [Number.NaN] }] }),
      want: { kind: "addRule", field: "clauses[0].values[0]", rule: "must be a string, a finite number or a boolean" },
    },
  ],
  [
    "a clause that is not an object",
    {
      given: call("updateClause", { ruleId: RULE, clauseId: CLAUSE, clause: "email endsWith .edu" }),
      want: { kind: "updateClause", field: "clause", rule: "must be an object" },
    },
  ],
  [
    "a bad clause in updateClause",
    {
      given: call("updateClause", { ruleId: RULE, clauseId: CLAUSE, clause: { ...email, contextKind: "" } }),
      want: { kind: "updateClause", field: "clause.contextKind", rule: "must not be empty" },
    },
  ],
  [
    "a rule description that is not a string",
    { given: call("addRule", { description: 5 }), want: { kind: "addRule", field: "description", rule: "must be a string" } },
  ],
  ["a missing ruleId", { given: call("removeRule", {}), want: { kind: "removeRule", field: "ruleId", rule: "is required" } }],
  [
    "an empty ruleId",
    { given: call("removeRule", { ruleId: "" }), want: { kind: "removeRule", field: "ruleId", rule: "must not be empty" } },
  ],
  [
    "a missing ruleId in addClauses",
    { given: call("addClauses", { clauses: [email] }), want: { kind: "addClauses", field: "ruleId", rule: "is required" } },
  ],
  [
    "missing clauses in addClauses",
    { given: call("addClauses", { ruleId: RULE }), want: { kind: "addClauses", field: "clauses", rule: "is required" } },
  ],
  [
    "reorderRules with a duplicate id",
    {
      given: call("reorderRules", { ruleIds: ["r1", "r2", "r1"] }),
      want: { kind: "reorderRules", field: "ruleIds[2]", rule: 'must not repeat "r1" (already at ruleIds[0])' },
    },
  ],
  [
    "reorderRules without ids",
    { given: call("reorderRules", { ruleIds: [] }), want: { kind: "reorderRules", field: "ruleIds", rule: "must not be empty" } },
  ],
  [
    "removeClauses without clauseIds",
    { given: call("removeClauses", { ruleId: RULE }), want: { kind: "removeClauses", field: "clauseIds", rule: "is required" } },
  ],
  [
    "removeClauses with a duplicate id",
    {
      given: call("removeClauses", { ruleId: RULE, clauseIds: [CLAUSE, CLAUSE] }),
      want: { kind: "removeClauses", field: "clauseIds[1]", rule: "must not repeat" },
    },
  ],
  [
    "a missing clauseId",
    {
      given: call("updateClause", { ruleId: RULE, clause: email }),
      want: { kind: "updateClause", field: "clauseId", rule: "is required" },
    },
  ],
  [
    "a missing clause",
    {
      given: call("updateClause", { ruleId: RULE, clauseId: CLAUSE }),
      want: { kind: "updateClause", field: "clause", rule: "is required" },
    },
  ],
  [
    "an empty clauseId",
    {
      given: call("removeValuesFromClause", { ruleId: RULE, clauseId: "", values: ["x"] }),
      want: { kind: "removeValuesFromClause", field: "clauseId", rule: "must not be empty" },
    },
  ],
  [
    "no values to add to a clause",
    {
      given: call("addValuesToClause", { ruleId: RULE, clauseId: CLAUSE, values: [] }),
      want: { kind: "addValuesToClause", field: "values", rule: "must not be empty" },
    },
  ],
  [
    "an object as a clause value",
    {
      given: call("addValuesToClause", { ruleId: RULE, clauseId: CLAUSE, values: [{}] }),
      want: { kind: "addValuesToClause", field: "values[0]", rule: "must be a string, a finite number or a boolean (got an object)" },
    },
  ],
  [
    "a missing rule description",
    {
      given: call("updateRuleDescription", { ruleId: RULE }),
      want: { kind: "updateRuleDescription", field: "description", rule: "is required" },
    },
  ],
  // weight
  [
    'the documented weight string "20000"',
    {
      given: call("updateRuleRolloutAndContextKind", { ruleId: RULE, weight: "20000", contextKind: "device" }),
      want: { kind: "updateRuleRolloutAndContextKind", field: "weight", rule: 'must be a number, not a string (got "20000")' },
    },
  ],
  [
    "a weight above 100000",
    {
      given: call("updateRuleRolloutAndContextKind", { ruleId: RULE, weight: 100001, contextKind: "device" }),
      want: { kind: "updateRuleRolloutAndContextKind", field: "weight", rule: "must be from 0 to 100000 (got 100001)" },
    },
  ],
  [
    "a negative weight",
    {
      given: call("updateRuleRolloutAndContextKind", { ruleId: RULE, weight: -1, contextKind: "device" }),
      want: { kind: "updateRuleRolloutAndContextKind", field: "weight", rule: "must be from 0 to 100000 (got -1)" },
    },
  ],
  [
    "a fractional weight",
    {
      given: call("updateRuleRolloutAndContextKind", { ruleId: RULE, weight: 20.5, contextKind: "device" }),
      want: { kind: "updateRuleRolloutAndContextKind", field: "weight", rule: "must be an integer (got 20.5)" },
    },
  ],
  [
    "a weight given as a percentage string",
    {
      given: call("updateRuleRolloutAndContextKind", { ruleId: RULE, weight: "20%", contextKind: "device" }),
      want: { kind: "updateRuleRolloutAndContextKind", field: "weight", rule: "must be a number, not a string" },
    },
  ],
  [
    "a missing contextKind for a rollout",
    {
      given: call("updateRuleRolloutAndContextKind", { ruleId: RULE, weight: 20000 }),
      want: { kind: "updateRuleRolloutAndContextKind", field: "contextKind", rule: "is required" },
    },
  ],
  // big segment import
  [
    "a missing importId",
    { given: call("processBigSegmentImport", {}), want: { kind: "processBigSegmentImport", field: "importId", rule: "is required" } },
  ],
  [
    "an importId that is not a string",
    {
      given: call("processBigSegmentImport", { importId: 42 }),
      want: { kind: "processBigSegmentImport", field: "importId", rule: "must be a string (got 42)" },
    },
  ],
];

describe("segment instruction builders reject invalid input", () => {
  it.each(cases)("%s", (_name, { given, want }) => {
    expectRejection(given, want);
  });
});
