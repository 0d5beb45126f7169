import * as crypto from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nativeSha1Prefix, nobleSha1Prefix, sha1Prefix } from "../src/sha1.js";

describe("sha1Prefix", () => {
  it.each([
    ["", "da39a3ee5e6b4b0"],
    ["abc", "a9993e364706816"],
    ["hashKey.saltyA.userKeyA", crypto.createHash("sha1").update("hashKey.saltyA.userKeyA").digest("hex").slice(0, 15)],
  ])("%j", (text, want) => {
    const createHashOnly = nativeSha1Prefix({ createHash: crypto.createHash });
    expect([nobleSha1Prefix(text), nativeSha1Prefix(crypto)(text), createHashOnly(text), sha1Prefix(text)]).toEqual([
      want,
      want,
      want,
      want,
    ]);
  });

  it("the @noble/hashes and native paths agree on any string (UTF-8, lone surrogates included)", () => {
    const native = nativeSha1Prefix(crypto);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "grapheme", maxLength: 80 }),
          fc.string({ unit: "binary", maxLength: 80 }),
          fc.string({ maxLength: 200 }),
        ),
        (text) => {
          expect(nobleSha1Prefix(text)).toBe(native(text));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
