import { afterEach, describe, expect, it, vi } from "vitest";
import { ValidationError } from "../../src/index.js";
import { toCsvFile } from "../../src/big-segment/csv-source.js";

const CSV = "key\nuser-1\n";
const bytes = new TextEncoder().encode(CSV);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("toCsvFile", () => {
  it("reads a web ReadableStream that is not async iterable (as in browsers without stream iteration)", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 4));
        controller.enqueue(bytes.slice(4));
        controller.close();
      },
    });
    Object.defineProperty(stream, Symbol.asyncIterator, { value: undefined });
    const file = await toCsvFile(stream);
    expect(await file.text()).toBe(CSV);
    expect(file.type).toBe("text/csv");
  });

  it("reads an async iterable in a runtime without ReadableStream", async () => {
    vi.stubGlobal("ReadableStream", undefined);
    const file = await toCsvFile(
      (async function* () {
        yield "key\n";
        yield "user-1\n";
      })(),
    );
    expect(await file.text()).toBe(CSV);
  });

  it.each<[string, unknown, { field: string; rule: string | RegExp }]>([
    ["undefined", undefined, { field: "csv", rule: "must be a string, Blob, ReadableStream, (async) iterable of chunks or { path }" }],
    ["null", null, { field: "csv", rule: "must be a string, Blob, ReadableStream, (async) iterable of chunks or { path }" }],
    [
      "an object that is neither iterable nor { path }",
      { name: "keys.csv" },
      { field: "csv", rule: "must be a string, Blob, ReadableStream, (async) iterable of chunks or { path }" },
    ],
    ["an iterable of numbers", [1, 2], { field: "csv", rule: "chunks must be strings or bytes" }],
    ["an empty string", "", { field: "csv", rule: "is empty" }],
    ["an empty iterable", [], { field: "csv", rule: "is empty" }],
    // the rule names the error code Node.js gives (ENOENT, or ERR_INVALID_ARG_VALUE from Node 20's openAsBlob)
    ["a path that does not exist", { path: "/nonexistent/ldkit/keys.csv" }, { field: "csv.path", rule: /^cannot be read \([A-Z_]+\)$/ }],
  ])("rejects %s with a ValidationError", async (_name, csv, { field, rule }) => {
    const error = await toCsvFile(csv as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field, rule: typeof rule === "string" ? rule : expect.stringMatching(rule) });
    expect((error as ValidationError).message).toBe(`Invalid ${field}: ${(error as ValidationError).rule}`);
  });
});
