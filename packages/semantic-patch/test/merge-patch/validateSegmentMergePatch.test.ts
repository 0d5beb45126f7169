import { describe, it } from "vitest";
import { clause, validateSegmentMergePatch, type SegmentMergePatch } from "../../src/index.js";
import { expectRejection, expectWire, type InvalidCase } from "../helpers.js";

const merge = (patch: unknown) => () => validateSegmentMergePatch(patch as SegmentMergePatch);

describe("validateSegmentMergePatch", () => {
  const cases: Array<[string, { given: SegmentMergePatch; want: SegmentMergePatch }]> = [
    [
      "the spec's example",
      {
        given: { description: "Customers enrolled in the beta program", tags: ["beta", "early-access"] },
        want: { description: "Customers enrolled in the beta program", tags: ["beta", "early-access"] },
      },
    ],
    ["null removes the description and tags", { given: { description: null, tags: null }, want: { description: null, tags: null } }],
    ["an empty list clears included users", { given: { included: [] }, want: { included: [] } }],
    [
      "empty lists clear tags, excluded users, context targets and rules",
      {
        given: { tags: [], excluded: [], includedContexts: [], excludedContexts: [], rules: [] },
        want: { tags: [], excluded: [], includedContexts: [], excludedContexts: [], rules: [] },
      },
    ],
    [
      "every field",
      {
        given: {
          name: "Beta users",
          description: "d",
          tags: ["beta"],
          included: ["u1"],
          excluded: ["u2"],
          includedContexts: [{ contextKind: "org", values: ["o1"] }],
          excludedContexts: [{ contextKind: "org", values: ["o2"] }],
          rules: [
            {
              clauses: [clause({ attribute: "email", op: "endsWith", values: [".edu"] })],
              weight: 50000,
              rolloutContextKind: "user",
              bucketBy: "key",
              description: "Students",
            },
          ],
          unboundedContextKind: "device",
        },
        want: {
          name: "Beta users",
          description: "d",
          tags: ["beta"],
          included: ["u1"],
          excluded: ["u2"],
          includedContexts: [{ values: ["o1"], contextKind: "org" }],
          excludedContexts: [{ values: ["o2"], contextKind: "org" }],
          rules: [
            {
              clauses: [{ contextKind: "user", attribute: "email", op: "endsWith", negate: false, values: [".edu"] }],
              weight: 50000,
              rolloutContextKind: "user",
              bucketBy: "key",
              description: "Students",
            },
          ],
          unboundedContextKind: "device",
        },
      },
    ],
    [
      "the same key for different context kinds",
      {
        given: {
          includedContexts: [{ contextKind: "org", values: ["acme"] }],
          excludedContexts: [{ contextKind: "user", values: ["acme"] }],
        },
        want: {
          includedContexts: [{ values: ["acme"], contextKind: "org" }],
          excludedContexts: [{ values: ["acme"], contextKind: "user" }],
        },
      },
    ],
    ["a rule without clauses", { given: { rules: [{ clauses: [], weight: 10000 }] }, want: { rules: [{ clauses: [], weight: 10000 }] } }],
  ];

  it.each(cases)("%s", (_name, { given, want }) => {
    expectWire(validateSegmentMergePatch(given), want);
  });

  const invalid: InvalidCase[] = [
    [
      "an empty patch",
      {
        given: merge({}),
        want: {
          kind: "validateSegmentMergePatch",
          field: "parameters",
          rule: "must change at least one field (name, description, tags, included, excluded, includedContexts, excludedContexts, rules, unboundedContextKind)",
        },
      },
    ],
    [
      "only undefined fields",
      {
        given: merge({ name: undefined }),
        want: { kind: "validateSegmentMergePatch", field: "parameters", rule: "must change at least one field" },
      },
    ],
    [
      "an unknown field",
      { given: merge({ key: "beta-users" }), want: { kind: "validateSegmentMergePatch", field: "key", rule: "is not a known field" } },
    ],
    [
      "a JSON Patch wrapper",
      { given: merge({ patch: [] }), want: { kind: "validateSegmentMergePatch", field: "patch", rule: "is not a known field" } },
    ],
    [
      "an empty name",
      { given: merge({ name: "" }), want: { kind: "validateSegmentMergePatch", field: "name", rule: "must not be empty" } },
    ],
    [
      "a null name (name cannot be removed)",
      { given: merge({ name: null }), want: { kind: "validateSegmentMergePatch", field: "name", rule: "must be a string (got null)" } },
    ],
    [
      "a repeated tag",
      { given: merge({ tags: ["a", "a"] }), want: { kind: "validateSegmentMergePatch", field: "tags[1]", rule: "must not repeat" } },
    ],
    [
      "a user both included and excluded",
      {
        given: merge({ included: ["u1", "u2"], excluded: ["u2"] }),
        want: {
          kind: "validateSegmentMergePatch",
          field: "excluded[0]",
          rule: 'must not be both included and excluded: included[1] already includes "u2"',
        },
      },
    ],
    [
      "a context both included and excluded",
      {
        given: merge({
          includedContexts: [{ contextKind: "org", values: ["o1"] }],
          excludedContexts: [{ contextKind: "org", values: ["o0", "o1"] }],
        }),
        want: {
          kind: "validateSegmentMergePatch",
          field: "excludedContexts[0].values[1]",
          rule: "includedContexts[0].values[0] already includes",
        },
      },
    ],
    [
      "context targets that are not an array",
      {
        given: merge({ excludedContexts: { contextKind: "org", values: ["o1"] } }),
        want: { kind: "validateSegmentMergePatch", field: "excludedContexts", rule: "must be an array of context targets (got an object)" },
      },
    ],
    [
      "included users that are not an array",
      {
        given: merge({ included: "u1" }),
        want: { kind: "validateSegmentMergePatch", field: "included", rule: 'must be an array of keys (got "u1")' },
      },
    ],
    [
      "a repeated excluded user",
      {
        given: merge({ excluded: ["u1", "u2", "u1"] }),
        want: { kind: "validateSegmentMergePatch", field: "excluded[2]", rule: 'must not repeat "u1" (already at excluded[0])' },
      },
    ],
    [
      "tags that are not an array",
      {
        given: merge({ tags: "beta" }),
        want: { kind: "validateSegmentMergePatch", field: "tags", rule: 'must be an array of tags (got "beta")' },
      },
    ],
    [
      "rule clauses that are not an array",
      {
        given: merge({ rules: [{ clauses: "email" }] }),
        want: { kind: "validateSegmentMergePatch", field: "rules[0].clauses", rule: 'must be an array of clauses (got "email")' },
      },
    ],
    [
      "rules that are not an array",
      {
        given: merge({ rules: "r1" }),
        want: { kind: "validateSegmentMergePatch", field: "rules", rule: 'must be an array of rules (got "r1")' },
      },
    ],
    [
      "a context kind listed twice",
      {
        given: merge({
          includedContexts: [
            { contextKind: "org", values: ["o1"] },
            { contextKind: "org", values: ["o2"] },
          ],
        }),
        want: {
          kind: "validateSegmentMergePatch",
          field: "includedContexts[1].contextKind",
          rule: 'must not repeat "org" (already at includedContexts[0]); list each context kind once',
        },
      },
    ],
    [
      "a context target without keys",
      {
        given: merge({ includedContexts: [{ contextKind: "org", values: [] }] }),
        want: { kind: "validateSegmentMergePatch", field: "includedContexts[0].values", rule: "must not be empty" },
      },
    ],
    [
      "a rule weight string",
      {
        given: merge({ rules: [{ clauses: [], weight: "20000" }] }),
        want: { kind: "validateSegmentMergePatch", field: "rules[0].weight", rule: "must be a number, not a string" },
      },
    ],
    [
      "a rule with an upper-case operator",
      {
        given: merge({ rules: [{ clauses: [{ attribute: "email", op: "EndsWith", values: [".edu"] }] }] }),
        want: { kind: "validateSegmentMergePatch", field: "rules[0].clauses[0].op", rule: 'must be written "endsWith"' },
      },
    ],
    [
      "a rule with a rule ID",
      {
        given: merge({ rules: [{ _id: "r1", clauses: [] }] }),
        want: { kind: "validateSegmentMergePatch", field: "rules[0]._id", rule: "is not a known field" },
      },
    ],
  ];

  it.each(invalid)("rejects %s", (_name, { given, want }) => {
    expectRejection(given, want);
  });
});
