import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodePathSegment, ValidationError } from "../src/index.js";
import { serializePath } from "../src/path.js";

describe("encodePathSegment", () => {
  it.each([
    ["a/../b", "a%2F..%2Fb"],
    ["x?y#z", "x%3Fy%23z"],
    ["100%", "100%25"],
    ["sort.order", "sort.order"],
    ["with space", "with%20space"],
    ["ümlaut", "%C3%BCmlaut"],
    ["a&b=c", "a%26b%3Dc"],
  ])("%s → %s", (given, want) => {
    expect(encodePathSegment("k", given)).toBe(want);
  });

  it("keeps any string in exactly one path segment that decodes back to it", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => s !== "." && s !== ".."),
        (key) => {
          const path = serializePath("/api/v2/segments/{projectKey}/x", { projectKey: key });
          const url = new URL(path, "https://app.launchdarkly.com");
          const segments = url.pathname.split("/");
          expect(segments).toHaveLength(6);
          expect(decodeURIComponent(segments[4]!)).toBe(key);
          expect(url.search).toBe("");
          expect(url.hash).toBe("");
        },
      ),
      { numRuns: 500 },
    );
  });

  it("encodes a finite number as its decimal text", () => {
    expect(encodePathSegment("version", 3)).toBe("3");
  });

  it.each<[string, unknown, string]>([
    ["an empty string", "", "must not be empty"],
    [".", ".", 'must not be "."'],
    ["..", "..", 'must not be ".."'],
    ["a missing value", undefined, "is required"],
    ["an object", { key: "beta" }, "must be a string"],
    ["NaN", Number.NaN, "must be a string"],
    ["a lone surrogate", "beta\uD800", "must be well-formed Unicode"],
  ])("rejects %s with a ValidationError naming the parameter", (_name, value, rule) => {
    let error: unknown;
    try {
      encodePathSegment("segmentKey", value);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field: "segmentKey", rule, message: `Invalid segmentKey: ${rule}` });
  });

  it("serializePath rejects a parameter the template needs but the call lacks", () => {
    expect(() => serializePath("/api/v2/segments/{projectKey}/{environmentKey}", { projectKey: "p" })).toThrow(
      expect.objectContaining({ field: "environmentKey", rule: "is required" }),
    );
    expect(() => serializePath("/api/v2/segments/{projectKey}", undefined)).toThrow(expect.objectContaining({ field: "projectKey" }));
  });
});
