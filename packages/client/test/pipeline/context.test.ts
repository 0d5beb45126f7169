import { describe, expect, it } from "vitest";
import { createClient, ValidationError } from "../../src/index.js";
import { contextOf } from "../../src/pipeline/context.js";

describe("contextOf", () => {
  it("finds the context of a client made by createClient", () => {
    const client = createClient({ apiKey: "k", baseUrl: "https://app.eu.launchdarkly.com/" });
    expect(contextOf(client).origin).toBe("https://app.eu.launchdarkly.com");
  });

  it.each<[string, object]>([
    ["a plain object", {}],
    ["a copy of a client", { ...createClient({ apiKey: "k" }) }],
  ])("refuses %s with a ValidationError naming client", (_name, given) => {
    expect(() => contextOf(given)).toThrow(ValidationError);
    expect(() => contextOf(given)).toThrow("Invalid client: must be a client made by createClient");
  });
});
