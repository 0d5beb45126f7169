import { describe, expect, it } from "vitest";
import { createRedactor, scrubError } from "../src/redact.js";

const TOKEN = "api-REDACT-1234";

describe("createRedactor", () => {
  const redact = createRedactor(TOKEN);

  it.each<[string, { given: unknown; want: unknown }]>([
    ["a string", { given: `bad token ${TOKEN}`, want: "bad token [REDACTED]" }],
    [
      "nested values and keys",
      { given: { [TOKEN]: [TOKEN, { deep: `x${TOKEN}y` }] }, want: { "[REDACTED]": ["[REDACTED]", { deep: "x[REDACTED]y" }] } },
    ],
    ["URL credentials", { given: "via https://user:pw@proxy.example/x", want: "via https://[REDACTED]@proxy.example/x" }],
    ["a value that cannot be serialized", { given: { n: 1n }, want: "[REDACTED]" }],
    ["undefined", { given: undefined, want: undefined }],
    ["a number", { given: 42, want: 42 }],
  ])("%s", (_name, { given, want }) => {
    expect(redact(given)).toEqual(want);
  });

  it("hands back the very same value when it holds neither the token nor an @", () => {
    const value = { message: "nothing secret", list: [1, 2] };
    expect(redact(value)).toBe(value);
  });

  it("finds a token with characters JSON escapes, in strings as in objects", () => {
    const odd = createRedactor('api-"quoted"\\tok');
    expect(odd('say api-"quoted"\\tok')).toBe("say [REDACTED]");
    expect(odd({ m: 'say api-"quoted"\\tok' })).toEqual({ m: "say [REDACTED]" });
  });

  it("without a token still removes URL credentials", () => {
    expect(createRedactor(null)("https://a:b@h")).toBe("https://[REDACTED]@h");
  });
});

describe("scrubError", () => {
  it("redacts message, stack and a copy of the cause chain (name, code, errors), leaving the original cause alone", () => {
    const inner = Object.assign(new Error(`inner ${TOKEN}`), { code: "ECONNRESET" });
    const cause = Object.assign(new TypeError(`fetch failed ${TOKEN}`, { cause: inner }), { errors: [new Error(`one ${TOKEN}`)] });
    const error = scrubError(new Error(`outer ${TOKEN}`, { cause }), createRedactor(TOKEN));
    const copy = error.cause as TypeError & { errors: Error[]; cause: Error & { code?: string } };
    expect([error.message, copy.name, copy.message, copy.errors[0]!.message, copy.cause.message, copy.cause.code]).toEqual([
      "outer [REDACTED]",
      "TypeError",
      "fetch failed [REDACTED]",
      "one [REDACTED]",
      "inner [REDACTED]",
      "ECONNRESET",
    ]);
    expect(`${error.stack}${copy.stack}${copy.cause.stack}`).not.toContain(TOKEN);
    expect(cause.message).toContain(TOKEN);
  });
});
