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

  /** The scrubbed cause chain of `error`, outermost first. */
  const causes = (error: Error): unknown[] => {
    const chain: unknown[] = [];
    for (let c: unknown = error.cause; c !== undefined; c = (c as Error).cause) chain.push(c);
    return chain;
  };

  it("gives an error without a cause none, and the last copy of a chain no cause of its own", () => {
    const bare = scrubError(new Error(`bare ${TOKEN}`), createRedactor(TOKEN));
    expect("cause" in bare).toBe(false);
    const error = scrubError(new Error("outer", { cause: new Error("inner") }), createRedactor(TOKEN));
    expect("cause" in (error.cause as Error)).toBe(false);
  });

  it.each<[string, { cause: unknown; want: unknown }]>([
    ["a string", { cause: `token ${TOKEN}`, want: "token [REDACTED]" }],
    ["a plain object", { cause: { detail: `token ${TOKEN}`, status: 1 }, want: { detail: "token [REDACTED]", status: 1 } }],
    ["null", { cause: null, want: undefined }],
  ])("keeps a cause that is %s, redacted, not turned into an Error", (_name, { cause, want }) => {
    const error = scrubError(new Error("outer", { cause }), createRedactor(TOKEN));
    expect(error.cause).toEqual(want);
  });

  it("drops a null cause deeper in the chain", () => {
    const error = scrubError(new Error("outer", { cause: new Error("inner", { cause: null }) }), createRedactor(TOKEN));
    expect(causes(error)).toHaveLength(1);
    expect("cause" in (error.cause as Error)).toBe(false);
  });

  it("redacts the name and code of a cause too (a transport may put anything there)", () => {
    const cause = Object.assign(new Error("refused"), { name: `ProxyError ${TOKEN}`, code: `E_${TOKEN}` });
    const error = scrubError(new Error("failed", { cause }), createRedactor(TOKEN));
    const copy = error.cause as Error & { code?: string };
    expect(copy.name).toBe("ProxyError [REDACTED]");
    expect(copy.code).toBe("E_[REDACTED]");
    expect(JSON.stringify({ name: copy.name, code: copy.code, stack: copy.stack })).not.toContain(TOKEN);
  });

  it("does not copy a code that is not a string", () => {
    const redact = createRedactor(TOKEN);
    const numeric = scrubError(new Error("outer", { cause: Object.assign(new Error("x"), { code: -111 }) }), redact);
    expect("code" in (numeric.cause as Error)).toBe(false);
  });

  it("keeps five levels of a cyclic cause chain instead of overflowing the stack", () => {
    const loop = new Error(`loop ${TOKEN}`);
    loop.cause = loop;
    const chain = causes(scrubError(new Error("outer", { cause: loop }), createRedactor(TOKEN)));
    expect(chain.map((c) => (c as Error).message)).toEqual(Array(5).fill("loop [REDACTED]"));
  });

  it("keeps the errors of an AggregateError that contains itself to the same depth", () => {
    const aggregate = new AggregateError([], `all failed ${TOKEN}`);
    aggregate.errors.push(aggregate);
    const error = scrubError(new Error("outer", { cause: aggregate }), createRedactor(TOKEN));
    let depth = 0;
    for (let c = error.cause as { errors?: unknown[] } | undefined; c; c = c.errors?.[0] as typeof c) depth++;
    expect(depth).toBe(5);
  });
});
