import { fixture } from "../support.js";
import type { AppliesCase, RejectsCase } from "./table.js";

const c1 = { _id: "c1", contextKind: "user", attribute: "email", op: "endsWith", values: [".edu"], negate: false };
const c2 = { _id: "c2", contextKind: "user", attribute: "country", op: "in", values: ["fr", "de"], negate: false };
const r2 = { _id: "r2", clauses: [], weight: 50_000, rolloutContextKind: "user" };
const r1 = (changes: Record<string, unknown>) => ({ _id: "r1", description: "Students", clauses: [c1, c2], ...changes });

export const applies: AppliesCase[] = [
  [
    "addRule appends a rule with new rule and clause ids and the clause defaults",
    {
      given: {
        instructions: [
          { kind: "addRule", description: "Employees", clauses: [{ attribute: "email", op: "endsWith", values: ["@example.com"] }] },
        ],
      },
      want: {
        rules: [
          r1({}),
          r2,
          {
            _id: "id-1",
            clauses: [{ _id: "id-2", contextKind: "user", attribute: "email", op: "endsWith", values: ["@example.com"], negate: false }],
            description: "Employees",
          },
        ],
      },
    },
  ],
  [
    "addRule without clauses adds a rule that has none",
    { given: { segment: fixture({ rules: [] }), instructions: [{ kind: "addRule" }] }, want: { rules: [{ _id: "id-1", clauses: [] }] } },
  ],
  [
    "addRule keeps an explicit contextKind and negate",
    {
      given: {
        segment: fixture({ rules: [] }),
        instructions: [
          { kind: "addRule", clauses: [{ contextKind: "org", attribute: "tier", op: "in", values: [1, true], negate: true }] },
        ],
      },
      want: {
        rules: [
          { _id: "id-1", clauses: [{ _id: "id-2", contextKind: "org", attribute: "tier", op: "in", values: [1, true], negate: true }] },
        ],
      },
    },
  ],
  [
    "a rule added earlier in the patch can be addressed by its new id",
    {
      given: {
        segment: fixture({ rules: [] }),
        instructions: [{ kind: "addRule" }, { kind: "updateRuleDescription", ruleId: "id-1", description: "later" }],
      },
      want: { rules: [{ _id: "id-1", clauses: [], description: "later" }] },
    },
  ],
  ["removeRule removes the rule", { given: { instructions: [{ kind: "removeRule", ruleId: "r1" }] }, want: { rules: [r2] } }],
  [
    "removeRule of a missing rule does nothing",
    { given: { instructions: [{ kind: "removeRule", ruleId: "nope" }] }, want: { rules: [r1({}), r2] } },
  ],
  [
    "reorderRules puts the rules in the given order",
    { given: { instructions: [{ kind: "reorderRules", ruleIds: ["r2", "r1"] }] }, want: { rules: [r2, r1({})] } },
  ],
  [
    "addClauses appends clauses with new ids",
    {
      given: { instructions: [{ kind: "addClauses", ruleId: "r2", clauses: [{ attribute: "plan", op: "in", values: ["pro"] }] }] },
      want: {
        rules: [
          r1({}),
          { ...r2, clauses: [{ _id: "id-1", contextKind: "user", attribute: "plan", op: "in", values: ["pro"], negate: false }] },
        ],
      },
    },
  ],
  [
    "removeClauses removes the named clauses",
    { given: { instructions: [{ kind: "removeClauses", ruleId: "r1", clauseIds: ["c1"] }] }, want: { rules: [r1({ clauses: [c2] }), r2] } },
  ],
  [
    "updateClause replaces the clause and keeps its id",
    {
      given: {
        instructions: [
          { kind: "updateClause", ruleId: "r1", clauseId: "c2", clause: { attribute: "country", op: "in", values: ["mx"], negate: true } },
        ],
      },
      want: {
        rules: [
          r1({ clauses: [c1, { _id: "c2", contextKind: "user", attribute: "country", op: "in", values: ["mx"], negate: true }] }),
          r2,
        ],
      },
    },
  ],
  [
    "addValuesToClause appends the values the clause lacks",
    {
      given: { instructions: [{ kind: "addValuesToClause", ruleId: "r1", clauseId: "c2", values: ["de", "es"] }] },
      want: { rules: [r1({ clauses: [c1, { ...c2, values: ["fr", "de", "es"] }] }), r2] },
    },
  ],
  [
    "removeValuesFromClause removes values and ignores missing ones",
    {
      given: { instructions: [{ kind: "removeValuesFromClause", ruleId: "r1", clauseId: "c2", values: ["fr", "it"] }] },
      want: { rules: [r1({ clauses: [c1, { ...c2, values: ["de"] }] }), r2] },
    },
  ],
  [
    "updateRuleDescription sets the description",
    {
      given: { instructions: [{ kind: "updateRuleDescription", ruleId: "r2", description: "Half" }] },
      want: { rules: [r1({}), { ...r2, description: "Half" }] },
    },
  ],
  [
    "updateRuleRolloutAndContextKind sets weight and rolloutContextKind",
    {
      given: { instructions: [{ kind: "updateRuleRolloutAndContextKind", ruleId: "r1", weight: 20_000, contextKind: "device" }] },
      want: { rules: [r1({ weight: 20_000, rolloutContextKind: "device" }), r2] },
    },
  ],
];

export const rejects: RejectsCase[] = [
  [
    "reorderRules naming an unknown rule",
    {
      given: { instructions: [{ kind: "reorderRules", ruleIds: ["r2", "r1", "r3"] }] },
      want: { kind: "reorderRules", field: "instructions[0].ruleIds[2]", rule: 'no rule "r3"', index: 0 },
    },
  ],
  [
    "reorderRules leaving a rule out",
    {
      given: { instructions: [{ kind: "reorderRules", ruleIds: ["r2"] }] },
      want: {
        kind: "reorderRules",
        field: "instructions[0].ruleIds",
        rule: 'must name every rule of the segment exactly once (missing "r1")',
        index: 0,
      },
    },
  ],
  [
    "reorderRules leaving several rules out names each of them",
    {
      given: {
        segment: fixture({ rules: [...fixture().rules, { _id: "r3", clauses: [] }] }),
        instructions: [{ kind: "reorderRules", ruleIds: ["r2"] }],
      },
      want: {
        kind: "reorderRules",
        field: "instructions[0].ruleIds",
        rule: 'must name every rule of the segment exactly once (missing "r1", "r3")',
        index: 0,
      },
    },
  ],
  [
    "reorderRules after removeRule in the same patch still naming the removed rule",
    {
      given: {
        instructions: [
          { kind: "removeRule", ruleId: "r1" },
          { kind: "reorderRules", ruleIds: ["r2", "r1"] },
        ],
      },
      want: { kind: "reorderRules", field: "instructions[1].ruleIds[1]", rule: 'no rule "r1"', index: 1 },
    },
  ],
  [
    "addClauses to a missing rule",
    {
      given: { instructions: [{ kind: "addClauses", ruleId: "nope", clauses: [{ attribute: "a", op: "in", values: ["b"] }] }] },
      want: { kind: "addClauses", field: "instructions[0].ruleId", rule: 'no rule "nope" in segment "beta"', index: 0 },
    },
  ],
  [
    "removeClauses of a missing rule",
    {
      given: { instructions: [{ kind: "removeClauses", ruleId: "nope", clauseIds: ["c1"] }] },
      want: { kind: "removeClauses", field: "instructions[0].ruleId", rule: "must name a rule of the segment", index: 0 },
    },
  ],
  [
    "removeClauses of a missing clause",
    {
      given: { instructions: [{ kind: "removeClauses", ruleId: "r1", clauseIds: ["c1", "c7"] }] },
      want: {
        kind: "removeClauses",
        field: "instructions[0].clauseIds[1]",
        rule: 'must name a clause of rule "r1" (no clause "c7")',
        index: 0,
      },
    },
  ],
  [
    "updateClause of a missing rule",
    {
      given: {
        instructions: [{ kind: "updateClause", ruleId: "nope", clauseId: "c1", clause: { attribute: "a", op: "in", values: ["b"] } }],
      },
      want: { kind: "updateClause", field: "instructions[0].ruleId", rule: "must name a rule", index: 0 },
    },
  ],
  [
    "updateClause of a missing clause",
    {
      given: {
        instructions: [{ kind: "updateClause", ruleId: "r1", clauseId: "c9", clause: { attribute: "a", op: "in", values: ["b"] } }],
      },
      want: { kind: "updateClause", field: "instructions[0].clauseId", rule: 'no clause "c9"', index: 0 },
    },
  ],
  [
    "addValuesToClause of a missing clause",
    {
      given: { instructions: [{ kind: "addValuesToClause", ruleId: "r2", clauseId: "c1", values: ["x"] }] },
      want: { kind: "addValuesToClause", field: "instructions[0].clauseId", rule: 'must name a clause of rule "r2"', index: 0 },
    },
  ],
  [
    "addValuesToClause of a missing rule",
    {
      given: { instructions: [{ kind: "addValuesToClause", ruleId: "r9", clauseId: "c1", values: ["x"] }] },
      want: { kind: "addValuesToClause", field: "instructions[0].ruleId", rule: "must name a rule", index: 0 },
    },
  ],
  [
    "removeValuesFromClause of a missing clause",
    {
      given: { instructions: [{ kind: "removeValuesFromClause", ruleId: "r1", clauseId: "c9", values: ["x"] }] },
      want: { kind: "removeValuesFromClause", field: "instructions[0].clauseId", rule: "must name a clause", index: 0 },
    },
  ],
  [
    "removeValuesFromClause of a missing rule",
    {
      given: { instructions: [{ kind: "removeValuesFromClause", ruleId: "r9", clauseId: "c1", values: ["x"] }] },
      want: { kind: "removeValuesFromClause", field: "instructions[0].ruleId", rule: "must name a rule", index: 0 },
    },
  ],
  [
    "updateRuleDescription of a missing rule",
    {
      given: { instructions: [{ kind: "updateRuleDescription", ruleId: "r9", description: "x" }] },
      want: { kind: "updateRuleDescription", field: "instructions[0].ruleId", rule: "must name a rule", index: 0 },
    },
  ],
  [
    "updateRuleRolloutAndContextKind of a missing rule",
    {
      given: { instructions: [{ kind: "updateRuleRolloutAndContextKind", ruleId: "r9", weight: 1, contextKind: "user" }] },
      want: { kind: "updateRuleRolloutAndContextKind", field: "instructions[0].ruleId", rule: "must name a rule", index: 0 },
    },
  ],
  [
    "a clause removed earlier in the same patch",
    {
      given: {
        instructions: [
          { kind: "removeClauses", ruleId: "r1", clauseIds: ["c1"] },
          { kind: "addValuesToClause", ruleId: "r1", clauseId: "c1", values: ["x"] },
        ],
      },
      want: { kind: "addValuesToClause", field: "instructions[1].clauseId", rule: 'no clause "c1"', index: 1 },
    },
  ],
];
