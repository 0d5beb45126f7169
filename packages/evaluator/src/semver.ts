/**
 * Semantic versions for the `semVer*` operators, as LaunchDarkly's Node SDK reads them: SemVer 2.0
 * (the strict grammar and precedence of the `semver` package 7.5, whose `parse` the SDK calls), with
 * a missing minor or patch filled in as `.0` (`"2"` is `2.0.0`, `"2.1-beta"` is `2.1.0-beta`) and a
 * leading `v` rejected. Build metadata is ignored in comparisons.
 */

/** A parsed version: major, minor, patch and pre-release identifiers (numbers for numeric ones). */
export interface SemVer {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  readonly prerelease: readonly (string | number)[];
}

const MAX_LENGTH = 256;
const NUMERIC = "0|[1-9]\\d*";
const IDENTIFIER = `(?:${NUMERIC}|\\d*[a-zA-Z-][a-zA-Z0-9-]*)`;
const FULL = new RegExp(
  `^v?(${NUMERIC})\\.(${NUMERIC})\\.(${NUMERIC})(?:-(${IDENTIFIER}(?:\\.${IDENTIFIER})*))?(?:\\+([a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)*))?$`,
);
const COMPONENTS = /^\d+(\.\d+)?(\.\d+)?/;
const DIGITS = /^[0-9]+$/;

function strictParse(input: string): SemVer | null {
  if (input.length > MAX_LENGTH) return null;
  const match = FULL.exec(input.trim());
  if (!match) return null;
  const [major, minor, patch] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (major > Number.MAX_SAFE_INTEGER || minor > Number.MAX_SAFE_INTEGER || patch > Number.MAX_SAFE_INTEGER) return null;
  const prerelease = match[4]
    ? match[4].split(".").map((id) => {
        if (DIGITS.test(id)) {
          const n = Number(id);
          if (n >= 0 && n < Number.MAX_SAFE_INTEGER) return n;
        }
        return id;
      })
    : [];
  return { major, minor, patch, prerelease };
}

/**
 * Parses a version the way the SDK's `semVer*` operators do; `null` when it is not one.
 *
 * @example
 * parseSemVer("2");            // { major: 2, minor: 0, patch: 0, prerelease: [] }
 * parseSemVer("1.2.3-beta.1"); // { major: 1, minor: 2, patch: 3, prerelease: ["beta", 1] }
 * parseSemVer("v1.2.3");       // null
 */
export function parseSemVer(input: unknown): SemVer | null {
  if (typeof input !== "string" || input.startsWith("v")) return null;
  const parsed = strictParse(input);
  if (parsed) return parsed;
  const components = COMPONENTS.exec(input);
  if (!components) return null;
  let filled = components[0];
  if (components[1] === undefined) filled += ".0";
  if (components[2] === undefined) filled += ".0";
  return strictParse(filled + input.substring(components[0].length));
}

function compareIdentifiers(a: string | number, b: string | number): number {
  const aNumeric = DIGITS.test(String(a));
  const bNumeric = DIGITS.test(String(b));
  const [x, y] = aNumeric && bNumeric ? [Number(a), Number(b)] : [a, b];
  if (x === y) return 0;
  if (aNumeric && !bNumeric) return -1;
  if (bNumeric && !aNumeric) return 1;
  return x < y ? -1 : 1;
}

/**
 * SemVer 2.0 precedence: negative, zero or positive (a version without pre-release ranks above the
 * same version with one; build metadata is ignored).
 *
 * @example
 * compareSemVer(parseSemVer("1.0.0-alpha")!, parseSemVer("1.0.0")!); // -1
 */
export function compareSemVer(a: SemVer, b: SemVer): number {
  const main = compareIdentifiers(a.major, b.major) || compareIdentifiers(a.minor, b.minor) || compareIdentifiers(a.patch, b.patch);
  if (main !== 0) return main;
  if (a.prerelease.length && !b.prerelease.length) return -1;
  if (!a.prerelease.length && b.prerelease.length) return 1;
  for (let i = 0; ; i += 1) {
    const x = a.prerelease[i];
    const y = b.prerelease[i];
    if (x === undefined && y === undefined) return 0;
    if (y === undefined) return 1;
    if (x === undefined) return -1;
    if (x !== y) return compareIdentifiers(x, y);
  }
}
