/**
 * LaunchDarkly contexts: the shapes the evaluator accepts and their normalisation, following
 * `Context.fromLDContext` of `@launchdarkly/js-sdk-common` 2.26 (single-kind, multi-kind and legacy
 * user contexts, with the same validation).
 */
import { isKindReference, readAttribute, type AttributeReference } from "./attribute-reference.js";

/**
 * A single-kind context: `kind`, `key` and any attributes.
 *
 * @example
 * const context: SingleKindContext = { kind: "org", key: "org-acme", plan: "enterprise", address: { city: "Lyon" } };
 */
export interface SingleKindContext {
  /** The context kind (letters, digits, `.`, `_`, `-`; not `kind` or `multi`). */
  readonly kind: string;
  /** The context key (non-empty). */
  readonly key: string;
  /** Read as a boolean by clauses on `anonymous` (absent is `false`). */
  readonly anonymous?: boolean;
  /** SDK metadata; not addressable by attribute references. */
  readonly _meta?: { readonly privateAttributes?: readonly string[] };
  /** Any other attribute. */
  readonly [attribute: string]: unknown;
}

/**
 * A multi-kind context: `kind: "multi"` plus one context (without `kind`) per context kind.
 *
 * @example
 * const context: MultiKindContext = { kind: "multi", user: { key: "user-1", email: "a@example.com" }, org: { key: "org-acme" } };
 */
export interface MultiKindContext {
  /** Always `multi`. */
  readonly kind: "multi";
  /** One context per kind: `{ key, ...attributes }`. */
  readonly [contextKind: string]: unknown;
}

/**
 * A legacy user (no `kind`): kind `user`, built-in attributes at the top level, others in `custom`.
 *
 * @example
 * const user: LegacyUser = { key: "user-1", email: "a@example.com", custom: { plan: "pro" } };
 */
export interface LegacyUser {
  /** The user key (a number is read as its decimal string). */
  readonly key: string | number;
  /** Absent: what makes it a legacy user. */
  readonly kind?: undefined | null;
  /** Custom attributes. */
  readonly custom?: Readonly<Record<string, unknown>>;
  /** Built-in attributes: `name`, `email`, `ip`, `firstName`, `lastName`, `avatar`, `country`, `anonymous` (others are ignored, as by the SDKs). */
  readonly [attribute: string]: unknown;
}

/**
 * Any context the evaluator accepts: {@link SingleKindContext}, {@link MultiKindContext} or
 * {@link LegacyUser}, typed loosely so that contexts from JSON or `@ldkit/client` pass as they are; an
 * invalid one gives the `invalidContext` reason.
 *
 * @example
 * const context: EvaluationContext = { kind: "user", key: "user-1" };
 */
export type EvaluationContext = SingleKindContext | MultiKindContext | LegacyUser | { readonly [attribute: string]: unknown };

/** A validated context, as the evaluator reads it: one kind's attributes, or several by kind. */
export interface NormalizedContext {
  /** The context kinds, in order. */
  readonly kinds: readonly string[];
  /** A single-kind context's attributes. */
  readonly single?: Readonly<Record<string, unknown>>;
  /** A multi-kind context (its parts by kind, validated). */
  readonly multi?: Readonly<Record<string, unknown>>;
}

/**
 * The attributes of one kind of a normalized context, or `undefined` when it has no such kind.
 *
 * @example
 * attributesOf(normalizeContext({ kind: "org", key: "o" }) as NormalizedContext, "org"); // { kind: "org", key: "o" }
 */
export function attributesOf(context: NormalizedContext, kind: string): Readonly<Record<string, unknown>> | undefined {
  if (context.single) return context.kinds[0] === kind ? context.single : undefined;
  if (kind === "kind" || !context.multi || !Object.hasOwn(context.multi, kind)) return undefined;
  return context.multi[kind] as Readonly<Record<string, unknown>>;
}

const KIND = /^(\w|\.|-)+$/;
const LEGACY_BUILT_INS = ["name", "ip", "firstName", "lastName", "email", "avatar", "country"] as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function validKind(kind: unknown): kind is string {
  return typeof kind === "string" && KIND.test(kind) && kind !== "kind";
}

function validKey(key: unknown): key is string {
  return typeof key === "string" && key !== "";
}

function single(kind: string, attributes: Readonly<Record<string, unknown>>): NormalizedContext {
  return { kinds: [kind], single: attributes };
}

function legacyUser(user: Record<string, unknown>): Record<string, unknown> {
  const custom = isObject(user.custom) ? user.custom : {};
  const context: Record<string, unknown> = { ...custom, kind: "user", key: String(user.key) };
  if (user.anonymous !== undefined && user.anonymous !== null) {
    delete context.anonymous;
    context.anonymous = !!user.anonymous;
  }
  for (const name of LEGACY_BUILT_INS) {
    if (user[name] !== undefined && user[name] !== null) context[name] = user[name];
  }
  return context;
}

function multi(context: Record<string, unknown>): NormalizedContext | string {
  const kinds = Object.keys(context);
  kinds.splice(kinds.indexOf("kind"), 1);
  if (kinds.length === 0) return "A multi-kind context must contain at least one kind";
  for (const kind of kinds) if (!validKind(kind)) return "Context contains invalid kinds";
  for (const kind of kinds) if (!isObject(context[kind])) return "Context contained contexts that were not objects";
  for (const kind of kinds) if (!validKey((context[kind] as Record<string, unknown>).key)) return "Context contained invalid keys";
  if (kinds.length === 1) {
    const kind = kinds[0] as string;
    return single(kind, { ...(context[kind] as Record<string, unknown>), kind });
  }
  return { kinds, multi: context };
}

/**
 * Validates and normalises a context as LaunchDarkly's SDKs do; a string says why it is invalid.
 *
 * @example
 * normalizeContext({ kind: "multi", user: { key: "u" }, org: { key: "o" } }); // kinds ["user", "org"]
 * normalizeContext({ kind: "user", key: "" }); // "The key for the context was not valid"
 */
export function normalizeContext(context: unknown): NormalizedContext | string {
  if (!isObject(context)) return "No context specified, or it is not an object";
  const hasKind = "kind" in context;
  const kind = context.kind;
  if (hasKind && typeof kind === "string" && kind !== "multi") {
    if (!validKind(kind)) return "The kind was not valid for the context";
    if (!validKey(context.key)) return "The key for the context was not valid";
    return single(kind, context);
  }
  if (hasKind && kind === "multi") return multi(context);
  if (!hasKind || kind === null || kind === undefined) {
    if (context.key === undefined || context.key === null) return "The key for the context was not valid";
    return single("user", legacyUser(context));
  }
  return "Context was not of a valid kind";
}

/**
 * The key of the context of one kind (`undefined` when the context has no such kind).
 *
 * @example
 * contextKey(normalizeContext({ kind: "org", key: "o" }) as NormalizedContext, "org"); // "o"
 */
export function contextKey(context: NormalizedContext, kind: string): unknown {
  return attributesOf(context, kind)?.key;
}

/**
 * The value an attribute reference reads for a context kind: the context's kinds for `kind`,
 * `anonymous` as a boolean, otherwise the attribute (or `undefined`).
 *
 * @example
 * valueForKind(context, parseAttributeReference("/address/city", false), "user");
 */
export function valueForKind(context: NormalizedContext, reference: AttributeReference, kind: string): unknown {
  if (isKindReference(reference)) return context.kinds;
  const attributes = attributesOf(context, kind);
  if (attributes === undefined) return undefined;
  if (reference.components.length === 1 && reference.components[0] === "anonymous") return !!attributes.anonymous;
  return readAttribute(attributes, reference);
}
