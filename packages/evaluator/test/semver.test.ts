import { describe, expect, it } from "vitest";
import { compareSemVer, parseSemVer, type SemVer } from "../src/semver.js";

describe("parseSemVer", () => {
  it.each<[string, { given: unknown; want: SemVer | null }]>([
    ["a full version", { given: "1.2.3", want: { major: 1, minor: 2, patch: 3, prerelease: [] } }],
    ["missing patch", { given: "1.2", want: { major: 1, minor: 2, patch: 0, prerelease: [] } }],
    ["missing minor and patch", { given: "2", want: { major: 2, minor: 0, patch: 0, prerelease: [] } }],
    ["missing patch, with a pre-release", { given: "2.1-beta.1", want: { major: 2, minor: 1, patch: 0, prerelease: ["beta", 1] } }],
    ["build metadata is dropped", { given: "1.2.3-rc.1+build.5", want: { major: 1, minor: 2, patch: 3, prerelease: ["rc", 1] } }],
    ["surrounding whitespace is trimmed", { given: " 1.2.3 ", want: { major: 1, minor: 2, patch: 3, prerelease: [] } }],
    [
      "a huge numeric pre-release stays a string",
      { given: "1.0.0-9007199254740993", want: { major: 1, minor: 0, patch: 0, prerelease: ["9007199254740993"] } },
    ],
    ["a leading v is rejected", { given: "v1.2.3", want: null }],
    ["a leading zero is rejected", { given: "01.2.3", want: null }],
    ["a numeric pre-release with a leading zero is rejected", { given: "1.2.3-01", want: null }],
    ["four components are rejected", { given: "1.2.3.4", want: null }],
    ["a major above MAX_SAFE_INTEGER is rejected", { given: "9007199254740992.0.0", want: null }],
    ["more than 256 characters are rejected", { given: `1.2.3-${"a".repeat(251)}`, want: null }],
    ["not a string", { given: 1, want: null }],
    ["empty", { given: "", want: null }],
  ])("%s", (_name, { given, want }) => {
    expect(parseSemVer(given)).toEqual(want);
  });
});

describe("compareSemVer (SemVer 2.0 precedence)", () => {
  // The example chain of semver.org §11.
  const chain = [
    "1.0.0-alpha",
    "1.0.0-alpha.1",
    "1.0.0-alpha.beta",
    "1.0.0-beta",
    "1.0.0-beta.2",
    "1.0.0-beta.11",
    "1.0.0-rc.1",
    "1.0.0",
    "2.0.0",
    "2.1.0",
    "2.1.1",
  ];
  it.each(chain.slice(1).map((version, i) => [chain[i] as string, version]))("%s < %s", (lower, higher) => {
    const [a, b] = [parseSemVer(lower) as SemVer, parseSemVer(higher) as SemVer];
    expect(compareSemVer(a, b)).toBeLessThan(0);
    expect(compareSemVer(b, a)).toBeGreaterThan(0);
  });

  it.each([
    ["2", "2.0.0"],
    ["1.2.3+a", "1.2.3+b"],
  ])("%s == %s", (a, b) => {
    expect(compareSemVer(parseSemVer(a) as SemVer, parseSemVer(b) as SemVer)).toBe(0);
  });
});
