import { describe, expect, it } from "vitest";
import { parseAttributeReference } from "../src/attribute-reference.js";
import { attributesOf, contextKey, normalizeContext, valueForKind, type NormalizedContext } from "../src/context.js";

const ok = (context: unknown): NormalizedContext => {
  const normalized = normalizeContext(context);
  if (typeof normalized === "string") throw new Error(normalized);
  return normalized;
};

describe("normalizeContext", () => {
  it.each<[string, { given: unknown; want: string }]>([
    ["not an object", { given: "user-1", want: "No context specified, or it is not an object" }],
    ["an empty key", { given: { kind: "user", key: "" }, want: "The key for the context was not valid" }],
    ["a non-string key", { given: { kind: "user", key: 1 }, want: "The key for the context was not valid" }],
    ["kind 'kind'", { given: { kind: "kind", key: "k" }, want: "The kind was not valid for the context" }],
    ["a kind with a space", { given: { kind: "us er", key: "k" }, want: "The kind was not valid for the context" }],
    ["a multi-kind context without kinds", { given: { kind: "multi" }, want: "A multi-kind context must contain at least one kind" }],
    [
      "a multi-kind part that is not an object",
      { given: { kind: "multi", user: "u" }, want: "Context contained contexts that were not objects" },
    ],
    ["a multi-kind part without key", { given: { kind: "multi", user: {} }, want: "Context contained invalid keys" }],
    ["a kind that is not a string", { given: { kind: 5, key: "k" }, want: "Context was not of a valid kind" }],
    ["a legacy user without key", { given: { name: "x" }, want: "The key for the context was not valid" }],
  ])("rejects %s", (_name, { given, want }) => {
    expect(normalizeContext(given)).toBe(want);
  });

  it("reads single-kind, multi-kind and legacy contexts", () => {
    expect(ok({ kind: "org", key: "o" }).kinds).toEqual(["org"]);
    const multi = ok({ kind: "multi", user: { key: "u" }, org: { key: "o", plan: "pro" } });
    expect([multi.kinds, contextKey(multi, "org"), contextKey(multi, "device"), attributesOf(multi, "kind")]).toEqual([
      ["user", "org"],
      "o",
      undefined,
      undefined,
    ]);
    const legacy = ok({ key: 7, email: "a@b", custom: { plan: "pro", email: "ignored" }, secondary: "dropped", anonymous: "yes" });
    expect(attributesOf(legacy, "user")).toEqual({ plan: "pro", email: "a@b", kind: "user", key: "7", anonymous: true });
  });

  it("reads values for a kind: kinds, anonymous as a boolean, attributes", () => {
    const context = ok({ kind: "multi", user: { key: "u", name: "Ada" }, org: { key: "o" } });
    expect(valueForKind(context, parseAttributeReference("kind", true), "org")).toEqual(["user", "org"]);
    expect(valueForKind(context, parseAttributeReference("anonymous", true), "user")).toBe(false);
    expect(valueForKind(context, parseAttributeReference("name", true), "user")).toBe("Ada");
    expect(valueForKind(context, parseAttributeReference("name", true), "device")).toBeUndefined();
  });
});
