/**
 * Percentage bucketing as LaunchDarkly's SDKs compute it for segment rules: the SHA-1 of
 * `<segmentKey>.<salt>.<value>`, its first 15 hex digits read as a number and divided by `0xFFFFFFFFFFFFFFF`
 * gives a bucket in [0, 1]; the rule includes the context when `bucket < weight / 100000`.
 */
import { sha1Prefix } from "./sha1.js";

// The SDK's divisor, as the float literal it uses.
const SCALE = 1152921504606847e3;

/**
 * The value bucketed for an attribute value: strings as they are, integers in decimal, anything else
 * is not bucketable (`null`; LaunchDarkly then uses bucket 0).
 *
 * @example
 * bucketableValue(42);   // "42"
 * bucketableValue(4.2);  // null
 */
export function bucketableValue(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (Number.isInteger(value)) return String(value);
  return null;
}

/**
 * The bucket in [0, 1] of a bucketable value in a segment, with the segment's salt.
 *
 * @example
 * bucket("beta", "salt", "user-1") < 0.25; // is user-1 in a 25% rule of segment "beta"?
 */
export function bucket(segmentKey: string, salt: string, value: string): number {
  return parseInt(sha1Prefix(`${segmentKey}.${salt}.${value}`), 16) / SCALE;
}
