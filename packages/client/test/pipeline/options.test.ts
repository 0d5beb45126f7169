import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/errors.js";
import { checkSignal } from "../../src/pipeline/options.js";

const fn = () => undefined;

describe("checkSignal", () => {
  it("passes an AbortSignal through, and no signal as undefined", () => {
    const { signal } = new AbortController();
    expect(checkSignal(signal)).toBe(signal);
    expect(checkSignal(undefined)).toBeUndefined();
    expect(checkSignal(null)).toBeUndefined();
  });

  it.each<[string, unknown]>([
    ["a string", "abort"],
    ["aborted that is not a boolean", { aborted: "no", addEventListener: fn, removeEventListener: fn }],
    ["no addEventListener", { aborted: false, removeEventListener: fn }],
    ["no removeEventListener", { aborted: false, addEventListener: fn }],
  ])("refuses %s with a ValidationError naming signal", (_name, given) => {
    expect(() => checkSignal(given)).toThrow(ValidationError);
    expect(() => checkSignal(given)).toThrow("Invalid signal: must be an AbortSignal");
  });
});
