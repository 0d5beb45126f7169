import { describe, expect, it } from "vitest";
import { median, quantile, rotate, summarize } from "../src/util.js";
import { parseDiagnostics } from "../src/typecheck.js";
import { bulkBoundMs } from "../src/bulk.js";
import { ldkitConsumer, officialConsumer } from "../src/consumers.js";

describe("statistics", () => {
  it.each([
    ["odd count", { given: [3, 1, 2], want: 2 }],
    ["even count", { given: [4, 1, 3, 2], want: 2.5 }],
    ["one value", { given: [7], want: 7 }],
  ] as const)("median: %s", (_name, { given, want }) => {
    expect(median(given)).toBe(want);
  });

  it("quantiles interpolate and summarize reports the count", () => {
    expect(quantile([0, 10], 0.25)).toBe(2.5);
    expect(summarize([1, 2, 3, 4, 5])).toEqual({ median: 3, p25: 2, p75: 4, n: 5 });
    expect(median([])).toBeNaN();
  });

  it("rotate gives every contender the first slot in turn", () => {
    expect([0, 1, 2].map((r) => rotate(["a", "b", "c"], r)[0])).toEqual(["a", "b", "c"]);
  });
});

describe("tsc --extendedDiagnostics parsing", () => {
  it("reads counts, seconds as ms and memory in K", () => {
    const out = parseDiagnostics(
      [
        "Files:                          62",
        "Instantiations:               2088",
        "Memory used:                66171K",
        "Check time:                   0.17s",
        "Total time:                   1.82s",
      ].join("\n"),
    );
    expect(out).toMatchObject({ Files: 62, Instantiations: 2088, "Memory used": 66171, "Check time": 170, "Total time": 1820 });
  });
});

describe("bulk bound", () => {
  it.each([
    ["100k keys, 10 per 1 s: 67 requests need 7 windows", { given: [100_000, 1500, 10, 1000], want: 6000 }],
    ["exactly one window", { given: [15_000, 1500, 10, 1000], want: 0 }],
    ["one request over", { given: [15_001, 1500, 10, 1000], want: 1000 }],
  ] as const)("%s", (_name, { given, want }) => {
    const [keys, chunk, limit, windowMs] = given;
    expect(bulkBoundMs(keys, chunk, limit, windowMs)).toBe(want);
  });
});

describe("type-check consumers", () => {
  it("call the same 23 operations", () => {
    const ops = (src: string) => [...src.matchAll(/\b(?:ld|segments|userSettings)\.(\w+)\(/g)].map((m) => m[1]).sort();
    expect(ops(ldkitConsumer())).toHaveLength(23);
    expect(ops(officialConsumer())).toEqual(ops(ldkitConsumer()));
  });
});
