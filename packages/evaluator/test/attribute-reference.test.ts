import { describe, expect, it } from "vitest";
import { isKindReference, parseAttributeReference, readAttribute, type AttributeReference } from "../src/attribute-reference.js";

describe("parseAttributeReference", () => {
  it.each<[string, { given: [string, boolean]; want: AttributeReference }]>([
    ["a plain name", { given: ["email", false], want: { valid: true, components: ["email"] } }],
    ["a path", { given: ["/address/city", false], want: { valid: true, components: ["address", "city"] } }],
    ["escapes ~1 and ~0", { given: ["/a~1b/c~0d", false], want: { valid: true, components: ["a/b", "c~d"] } }],
    [
      "a component starting with ~ is kept as written (the SDK's quirk)",
      { given: ["/~1x", false], want: { valid: true, components: ["~1x"] } },
    ],
    ["a literal keeps slashes", { given: ["/address/city", true], want: { valid: true, components: ["/address/city"] } }],
    ["empty", { given: ["", false], want: { valid: false, components: [] } }],
    ["empty literal", { given: ["", true], want: { valid: false, components: [] } }],
    ["a lone slash", { given: ["/", false], want: { valid: false, components: [] } }],
    ["an empty component", { given: ["//x", false], want: { valid: false, components: [] } }],
    ["a bad escape", { given: ["/a~2b", false], want: { valid: false, components: [] } }],
    ["a trailing ~", { given: ["x~", false], want: { valid: false, components: [] } }],
    ["_meta is not addressable", { given: ["/_meta", false], want: { valid: false, components: ["_meta"] } }],
    ["_meta as a literal is", { given: ["_meta", true], want: { valid: true, components: ["_meta"] } }],
  ])("%s", (_name, { given, want }) => {
    expect(parseAttributeReference(...given)).toEqual(want);
  });
});

describe("readAttribute", () => {
  const attributes = { address: { city: "Lyon" }, tags: ["a"], name: "x" };
  it.each<[string, { given: string; want: unknown }]>([
    ["a nested value", { given: "/address/city", want: "Lyon" }],
    ["an object", { given: "/address", want: { city: "Lyon" } }],
    ["not into arrays", { given: "/tags/0", want: undefined }],
    ["not into strings", { given: "/name/length", want: undefined }],
    ["not inherited properties", { given: "/address/toString", want: undefined }],
    ["absent", { given: "/nope", want: undefined }],
  ])("%s", (_name, { given, want }) => {
    expect(readAttribute(attributes, parseAttributeReference(given, false))).toEqual(want);
  });

  it("kind is special, as a name or a path", () => {
    expect([
      isKindReference(parseAttributeReference("kind", true)),
      isKindReference(parseAttributeReference("/kind", false)),
      isKindReference(parseAttributeReference("/kind/x", false)),
    ]).toEqual([true, true, false]);
  });
});
