import { describe, expect, it } from "vitest";
import { bucket, bucketableValue } from "../src/bucket.js";

describe("bucket", () => {
  // LaunchDarkly's SDK test vectors (key "hashKey", salt "saltyA").
  it.each([
    ["userKeyA", 0.42157587],
    ["userKeyB", 0.6708485],
    ["userKeyC", 0.10343106],
  ])("%s → %f", (value, want) => {
    expect(bucket("hashKey", "saltyA", value)).toBeCloseTo(want, 7);
  });

  it("stays in [0, 1]", () => {
    for (let i = 0; i < 1000; i += 1) {
      const b = bucket("s", "salt", `k${i}`);
      expect(b >= 0 && b <= 1).toBe(true);
    }
  });
});

describe("bucketableValue", () => {
  it.each<[unknown, string | null]>([
    ["a", "a"],
    [33333, "33333"],
    [1e21, "1e+21"],
    [1.5, null],
    [true, null],
    [null, null],
    [["a"], null],
  ])("%j → %j", (value, want) => {
    expect(bucketableValue(value)).toBe(want);
  });
});
