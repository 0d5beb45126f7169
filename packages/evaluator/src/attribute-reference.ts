/**
 * Attribute references as LaunchDarkly's SDKs read them. A clause with a `contextKind` names its
 * attribute with a reference: `name` (one literal component), or `/a/b` (a path, `~1` for `/` and
 * `~0` for `~`). A clause without one (a legacy clause) names it literally. Rules mirror
 * `AttributeReference` of `@launchdarkly/js-sdk-common` 2.26, including its quirks: a component that
 * starts with `~` is kept as written, and `_meta` is not addressable through a reference.
 */

/** A parsed attribute reference: its path components, or `valid: false`. */
export interface AttributeReference {
  readonly valid: boolean;
  readonly components: readonly string[];
}

const INVALID: AttributeReference = { valid: false, components: [] };
// The SDK's validity check, verbatim: no empty component, no bad escape in a path, no trailing `~`.
const BAD_REFERENCE = /\/\/|(^\/.*~[^0|^1])|~$/;

function unescapeComponent(component: string): string {
  // `indexOf` is 0 (falsy) when the component starts with `~`: the SDK then leaves it as is.
  return component.indexOf("~") ? component.replace(/~1/g, "/").replace(/~0/g, "~") : component;
}

/**
 * Parses an attribute name: a reference when `literal` is false, else a literal name.
 *
 * @example
 * parseAttributeReference("/address/city", false); // { valid: true, components: ["address", "city"] }
 * parseAttributeReference("a/b", true);            // { valid: true, components: ["a/b"] }
 */
export function parseAttributeReference(text: string, literal: boolean): AttributeReference {
  if (literal) return text === "" ? INVALID : { valid: true, components: [text] };
  if (text === "" || text === "/" || BAD_REFERENCE.test(text)) return INVALID;
  let components: string[];
  if (!text.startsWith("/")) components = [text];
  else if (text.indexOf("/", 1) < 0) components = [unescapeComponent(text.slice(1))];
  else components = text.slice(1).split("/").map(unescapeComponent);
  return components[0] === "_meta" ? { valid: false, components } : { valid: true, components };
}

/**
 * Reads the value a reference points to in one context's attributes: own properties of plain
 * objects only, never into arrays (`undefined` when absent).
 *
 * @example
 * readAttribute({ address: { city: "Lyon" } }, parseAttributeReference("/address/city", false)); // "Lyon"
 */
export function readAttribute(attributes: unknown, reference: AttributeReference): unknown {
  let current: unknown = attributes;
  for (const component of reference.components) {
    if (current === null || typeof current !== "object" || Array.isArray(current) || !Object.hasOwn(current, component)) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[component];
  }
  return current;
}

/**
 * Whether the reference is the special `kind` attribute (the context's kinds, for every clause).
 *
 * @example
 * isKindReference(parseAttributeReference("kind", true)); // true
 */
export function isKindReference(reference: AttributeReference): boolean {
  return reference.components.length === 1 && reference.components[0] === "kind";
}
