/**
 * fast-check generators of segments and contexts that hit LaunchDarkly's corner cases: small pools of
 * kinds, keys and attribute names so that targets and clauses meet the contexts; every operator with
 * values of every type (and of the wrong type); versions and dates at the edges of their grammars;
 * attribute references valid and invalid; weights, bucketBy and rolloutContextKind; nested and circular
 * `segmentMatch`; big segments with memberships.
 */
import fc from "fast-check";
import type { ClauseInput, SegmentInput, SegmentRuleInput, SegmentTargetInput } from "../../src/segment.js";

export const SEGMENT_KEYS = ["s0", "s1", "s2", "s3"] as const;
export const KINDS = ["user", "org", "device"] as const;
export const CONTEXT_KEYS = ["k0", "k1", "k2", "k:3"] as const;

const OPERATORS = [
  "in",
  "endsWith",
  "startsWith",
  "matches",
  "contains",
  "lessThan",
  "lessThanOrEqual",
  "greaterThan",
  "greaterThanOrEqual",
  "before",
  "after",
  "semVerEqual",
  "semVerLessThan",
  "semVerGreaterThan",
  "segmentMatch",
  "noSuchOperator",
] as const;

const VERSIONS = [
  "1.2.3",
  "1.2",
  "2",
  "2.0.0",
  "2.0",
  "1.2.3-beta.1",
  "1.2.3-beta.2",
  "1.2.3-beta.10",
  "1.2.3-beta",
  "1.2.3-alpha",
  "1.2.3-alpha.beta",
  "1.2.3-1",
  "1.2.3-rc.1+build.5",
  "1.2.3+build",
  "2-rc.1",
  "2.1-beta",
  "v1.2.3",
  " 1.2.3",
  "1.2.3 ",
  "01.2.3",
  "1.02.3",
  "1.2.3.4",
  "1.2.3-",
  "1.2.3-01",
  "1.2.3-x.7.z.92",
  "0.0.0",
  "9007199254740991.0.0",
  "9007199254740992.0.0",
  "1.2.3-9007199254740993",
  "1.2.3-9007199254740992",
  "1",
  "1-",
  "1.",
  "1.2.",
  "=1.2.3",
  "1.2.3-beta..1",
  "",
] as const;

const DATES = [
  "2019-10-31T23:59:59Z",
  "2019-10-31T23:59:59.100Z",
  "2019-10-31T23:59:59.1Z",
  "2019-10-31T23:59:59-07:00",
  "2019-10-31T23:59:59+01:00",
  "2019-10-31T23:59:59-07",
  "2019-10-31",
  "2019-10-31 23:59:59Z",
  "2019-13-45T99:99:99Z",
  "2019-10-31T23:59:59Zjunk",
  "2020-02-29T00:00:00Z",
  "2019-10-31T23:59:59+0100",
] as const;

const STRINGS = [
  "",
  "a",
  "abc",
  "b",
  "ada@example.com",
  "@example.com",
  "example",
  ".com",
  "A",
  "^a",
  "b+",
  "[",
  "a|b",
  "(?<x>a)",
  "\\d+",
  ".*",
  "user",
  "org",
  "k0",
  "k1",
  "ünï",
  "🙂",
] as const;

const NUMBERS = [0, 1, -1, 1.5, 2, 42, 1e21, 1572566399000, 1572566400000, 1572566400001, -0.5] as const;

/** A scalar of any JSON type, biased towards values that make operators meet. */
export const scalar: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...STRINGS) },
  { weight: 3, arbitrary: fc.constantFrom(...VERSIONS) },
  { weight: 3, arbitrary: fc.constantFrom(...DATES) },
  { weight: 3, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.integer({ min: -1000, max: 1000 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }) },
  { weight: 1, arbitrary: fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }).map((date) => date.toISOString()) },
  { weight: 1, arbitrary: fc.date({ min: new Date(0), max: new Date(4e12), noInvalidDate: true }).map((date) => date.getTime()) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.nat(12),
        fc.option(fc.nat(12)),
        fc.option(fc.nat(12)),
        fc.option(fc.constantFrom("alpha", "beta.1", "1", "rc.2", "x-y")),
        fc.option(fc.constantFrom("b1", "sha.5")),
      )
      .map(
        ([major, minor, patch, pre, build]) =>
          `${major}${minor === null ? "" : `.${minor}`}${patch === null ? "" : `.${patch}`}${pre === null ? "" : `-${pre}`}${build === null ? "" : `+${build}`}`,
      ),
  },
);

/** An attribute value: a scalar, an array, or a nested object. */
export const attributeValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: scalar },
  { weight: 2, arbitrary: fc.array(scalar, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.record({ city: scalar, zip: scalar }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.array(fc.array(scalar, { maxLength: 2 }), { maxLength: 2 }) },
);

const strings = fc.constantFrom(...STRINGS);
const versions = fc.oneof(fc.constantFrom(...VERSIONS), scalar);
const dates = fc.oneof(fc.constantFrom(...DATES), fc.constantFrom(...NUMBERS), scalar);
const TIGHT_VERSIONS = fc.constantFrom(
  "1.2.3",
  "1.2",
  "1",
  "1.2.3-beta.2",
  "1.2.3-beta.10",
  "1.2.3-beta",
  "1.2.3-alpha.1",
  "1.2.3+b",
  "v1.2.3",
  "1.2.3-1",
  "1.2.3-a",
);
const TIGHT_STRINGS = fc.constantFrom(
  "ada@example.com",
  "@example.com",
  ".com",
  "ada",
  "a",
  "",
  "example",
  "^a",
  "a|b",
  "[",
  "Ada@example.com",
  "k0",
  "user",
);
const TIGHT_DATES = fc.constantFrom(
  "2019-10-31T23:59:59Z",
  "2019-10-31T23:59:59.000Z",
  "2019-10-31T23:59:59+0100",
  "2019-10-31T22:59:59Z",
  1572566399000,
  1572562799000,
);

const numbers = fc.oneof(fc.constantFrom(...NUMBERS), fc.integer({ min: -5, max: 50 }));

/** Each attribute has a domain of values, so that clauses written for it meet the contexts' values. */
const DOMAINS = {
  name: fc.oneof(TIGHT_STRINGS, strings),
  email: fc.oneof(TIGHT_STRINGS, strings),
  plan: strings,
  "a/b": strings,
  "~x": strings,
  version: fc.oneof(TIGHT_VERSIONS, versions),
  when: fc.oneof(TIGHT_DATES, dates),
  age: numbers,
  tags: fc.array(strings, { maxLength: 3 }),
  address: fc.record({ city: strings, zip: numbers }, { requiredKeys: [] }),
  anonymous: fc.boolean(),
} as const;
type AttributeName = keyof typeof DOMAINS;
const ATTRIBUTE_NAMES = Object.keys(DOMAINS) as AttributeName[];

/** An attribute value: mostly from the attribute's domain, sometimes of any type. */
function domainValue(name: AttributeName): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 4, arbitrary: DOMAINS[name] as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: attributeValue });
}

/** Attribute references and literal names, valid and not (`""`, `/`, `//x`, `/_meta`, a trailing `~`). */
const CLAUSE_ATTRIBUTES = [
  "key",
  "name",
  "email",
  "age",
  "tags",
  "version",
  "when",
  "kind",
  "/kind",
  "anonymous",
  "/anonymous",
  "/address/city",
  "/address",
  "address",
  "a/b",
  "/a~1b",
  "~x",
  "/~x",
  "/~0x",
  "/~1x",
  "_meta",
  "/_meta",
  "plan",
  "/plan",
  "",
  "/",
  "//x",
  "/x~",
  "/a~2b",
] as const;

const contextKind = fc.option(fc.constantFrom(...KINDS, ""), { nil: undefined, freq: 3 });

/** Operators by the domain they compare, with the clause values that make them meet. */
const FOCUSED: readonly { attributes: readonly string[]; ops: readonly string[]; values: fc.Arbitrary<unknown> }[] = [
  {
    attributes: ["version", "/version"],
    ops: ["semVerEqual", "semVerLessThan", "semVerGreaterThan"],
    values: fc.oneof(TIGHT_VERSIONS, versions),
  },
  { attributes: ["when", "/when"], ops: ["before", "after"], values: fc.oneof(TIGHT_DATES, dates) },
  {
    attributes: ["age", "/age", "/address/zip"],
    ops: ["lessThan", "lessThanOrEqual", "greaterThan", "greaterThanOrEqual", "in"],
    values: numbers,
  },
  {
    attributes: ["name", "email", "plan", "tags", "/tags", "/address/city", "a/b", "/a~1b", "~x", "/~0x", "key", "kind", "/kind"],
    ops: ["in", "endsWith", "startsWith", "contains", "matches"],
    values: fc.oneof(TIGHT_STRINGS, strings, fc.constantFrom(...KINDS, ...CONTEXT_KEYS)),
  },
  { attributes: ["anonymous", "/anonymous"], ops: ["in"], values: fc.boolean() },
];

const focusedClause = fc
  .constantFrom(...FOCUSED)
  .chain(({ attributes, ops, values }) =>
    fc.record({
      attribute: fc.constantFrom(...attributes),
      op: fc.constantFrom(...ops),
      values: fc.array(values, { minLength: 1, maxLength: 3 }),
    }),
  )
  .map(({ attribute, ...rest }) => ({ attribute, ...rest, needsKind: attribute.startsWith("/") }));

const anyClause = fc.record({
  attribute: fc.constantFrom(...CLAUSE_ATTRIBUTES),
  op: fc.constantFrom(...OPERATORS),
  values: fc.array(scalar, { minLength: 1, maxLength: 3 }),
  needsKind: fc.constant(false),
});

const clause: fc.Arbitrary<ClauseInput> = fc
  .record({
    _id: fc.constantFrom("c1", "c2"),
    contextKind,
    body: fc.oneof({ weight: 3, arbitrary: focusedClause }, { weight: 2, arbitrary: anyClause }),
    segmentKeys: fc.array(fc.constantFrom(...SEGMENT_KEYS, "missing"), { minLength: 1, maxLength: 2 }),
    segmentMatch: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
    negate: fc.boolean(),
  })
  .map(({ contextKind: kind, segmentKeys, segmentMatch, body: { needsKind, ...body }, ...rest }) => ({
    ...rest,
    ...body,
    ...(segmentMatch && { op: "segmentMatch", values: segmentKeys }),
    ...(kind !== undefined ? { contextKind: kind } : needsKind ? { contextKind: "user" } : {}),
  }));

const weight = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 100_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 50_000, 99_999, 100_000, 100_001, -5) },
);

const rule: fc.Arbitrary<SegmentRuleInput> = fc
  .record(
    {
      _id: fc.constantFrom("r1", "r2", "r3"),
      clauses: fc.oneof(
        { weight: 1, arbitrary: fc.constant([]) },
        { weight: 4, arbitrary: fc.array(clause, { minLength: 1, maxLength: 1 }) },
        { weight: 2, arbitrary: fc.array(clause, { minLength: 2, maxLength: 3 }) },
      ),
      weight,
      bucketBy: fc.constantFrom("key", "name", "age", "/address/city", "address", "kind", "", "/", "_meta", "/_meta", "email"),
      rolloutContextKind: fc.constantFrom(...KINDS, ""),
    },
    { requiredKeys: ["_id", "clauses"] },
  )
  .map((r) => r);

const target: fc.Arbitrary<SegmentTargetInput> = fc.record({
  contextKind: fc.constantFrom(...KINDS),
  values: fc.uniqueArray(fc.constantFrom(...CONTEXT_KEYS, ""), { maxLength: 3 }),
});

const keys = fc.uniqueArray(fc.constantFrom(...CONTEXT_KEYS), { maxLength: 2 });

/** A segment (REST shape plus `salt`), with one of the pool's keys. */
export const segment: fc.Arbitrary<SegmentInput> = fc
  .record(
    {
      key: fc.constantFrom(...SEGMENT_KEYS),
      included: keys,
      excluded: keys,
      includedContexts: fc.array(target, { maxLength: 2 }),
      excludedContexts: fc.array(target, { maxLength: 2 }),
      rules: fc.array(rule, { maxLength: 3 }),
      salt: fc.oneof({ weight: 9, arbitrary: fc.constantFrom("salt", "abc123", "") }, { weight: 1, arbitrary: fc.constant(undefined) }),
      big: fc.option(
        fc.record({
          unboundedContextKind: fc.option(fc.constantFrom(...KINDS), { nil: undefined }),
          generation: fc.constantFrom(0, 1, 2, undefined),
        }),
        { nil: undefined, freq: 4 },
      ),
      deleted: fc.constantFrom(false, false, false, false, false, true),
    },
    { requiredKeys: ["key", "rules"] },
  )
  .map(({ big, salt, ...rest }) => ({
    ...rest,
    ...(salt !== undefined && { salt }),
    ...(big && {
      unbounded: true,
      ...(big.unboundedContextKind && { unboundedContextKind: big.unboundedContextKind }),
      ...(big.generation !== undefined && { generation: big.generation }),
    }),
  }));

const attributes = fc
  .subarray(ATTRIBUTE_NAMES)
  .chain((names) => fc.tuple(...names.map((name) => domainValue(name).map((value) => [name, value] as const))))
  .map((entries) => Object.fromEntries(entries));
const contextKey = fc.constantFrom(...CONTEXT_KEYS);

/** Single-kind, multi-kind, legacy-user and invalid contexts. */
export const context: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.tuple(fc.constantFrom(...KINDS), contextKey, attributes).map(([kind, key, attrs]) => ({ ...attrs, kind, key })),
  },
  {
    weight: 4,
    arbitrary: fc
      .uniqueArray(fc.tuple(fc.constantFrom(...KINDS), contextKey, attributes), { minLength: 1, maxLength: 3, selector: ([kind]) => kind })
      .map((parts) => Object.fromEntries([["kind", "multi"], ...parts.map(([kind, key, attrs]) => [kind, { ...attrs, key }])])),
  },
  {
    weight: 2,
    arbitrary: fc.record(
      {
        key: fc.oneof(contextKey, fc.constant(""), fc.constant(7)),
        custom: attributes,
        name: scalar,
        email: scalar,
        anonymous: fc.constantFrom<unknown>(true, false, null, 0, 1, "", "yes"),
        plan: scalar,
        age: numbers,
      },
      { requiredKeys: ["key"] },
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      { kind: "user", key: "" },
      { kind: "kind", key: "k0" },
      { kind: "us er", key: "k0" },
      { kind: "multi" },
      { kind: "multi", user: { key: "" } },
      { kind: "multi", user: "k0" },
      { kind: "multi", user: { key: "k0" }, "us er": { key: "k1" } },
      { kind: "multi", user: { key: "k0" }, org: { key: 5 } },
      { kind: 5, key: "k0" },
      { name: "no key" },
      { kind: "user", key: 5 },
    ),
  },
);

/** Big-segment memberships by context key, for the references `<key>.g<generation>` of the pool. */
export const memberships: fc.Arbitrary<Record<string, Record<string, boolean | null>>> = fc.dictionary(
  fc.constantFrom(...CONTEXT_KEYS),
  fc.dictionary(
    fc.tuple(fc.constantFrom(...SEGMENT_KEYS), fc.constantFrom(1, 2)).map(([key, generation]) => `${key}.g${generation}`),
    fc.constantFrom(true, false, null),
    { maxKeys: 3 },
  ),
  { maxKeys: 3 },
);

const ruleOptions = fc.record(
  {
    weight,
    bucketBy: fc.constantFrom("key", "age", "name", "/address/zip", "version"),
    rolloutContextKind: fc.constantFrom("user", "org"),
  },
  { requiredKeys: [] },
);

/**
 * A segment whose one rule has one focused clause (and maybe a weight): every case then turns on
 * the operator's semantics, on the value's type, and on bucketing.
 */
export const clauseSegment: fc.Arbitrary<SegmentInput> = fc
  .record({
    body: focusedClause,
    negate: fc.boolean(),
    literal: fc.boolean(),
    options: fc.option(ruleOptions, { nil: undefined, freq: 3 }),
  })
  .map(({ body: { needsKind, ...body }, negate, literal, options }) => ({
    key: "s0",
    salt: "salt",
    rules: [{ _id: "r1", ...options, clauses: [{ ...body, negate, ...(needsKind || !literal ? { contextKind: "user" } : {}) }] }],
  }));

/** User contexts carrying most domain attributes, and legacy users. */
export const userContext: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(contextKey, attributes).map(([key, attrs]) => ({ ...attrs, kind: "user", key })) },
  {
    weight: 1,
    arbitrary: fc.tuple(contextKey, attributes).map(([key, attrs]) => ({ kind: "multi", user: { ...attrs, key }, org: { ...attrs, key } })),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(contextKey, attributes, fc.constantFrom<unknown>(true, false, null, 0, 1, "", "yes", undefined))
      .map(([key, custom, anonymous]) => ({
        key,
        custom,
        ...(anonymous !== undefined && { anonymous }),
        ...(typeof custom.email === "string" && { email: custom.email }),
      })),
  },
);
