import { afterEach, describe, expect, it } from "vitest";
import { createEmulator } from "../../src/index.js";
import { harness, type Harness } from "../support/harness.js";

let h: Harness;
afterEach(() => expect(h.violations).toEqual([]));

const json = (body: string, contentType = "application/json") => ({ method: "POST", headers: { "content-type": contentType }, body });

describe("bad input never crashes it and never changes the state", () => {
  it.each([
    ["malformed JSON", "/api/v2/segments/default/production", json("{nope"), 400, "invalid_request"],
    ["an empty body", "/api/v2/segments/default/production", json(""), 400, "invalid_request"],
    ["JSON of the wrong shape", "/api/v2/segments/default/production", json("[1,2]"), 400, "invalid_request"],
    ["a wrong content type", "/api/v2/segments/default/production", json("key=a", "text/plain"), 400, "invalid_request"],
    [
      "a semantic patch with an unknown kind",
      "/api/v2/segments/default/production/beta",
      {
        method: "PATCH",
        headers: { "content-type": "application/json; domain-model=launchdarkly.semanticpatch" },
        body: JSON.stringify({ environmentKey: "production", instructions: [{ kind: "explode" }] }),
      },
      400,
      "invalid_request",
    ],
    [
      "multipart without a boundary",
      "/api/v2/segments/default/production/big/imports",
      json("x", "multipart/form-data"),
      400,
      "invalid_request",
    ],
    [
      "malformed multipart",
      "/api/v2/segments/default/production/big/imports",
      json("--b\r\nnot a part", "multipart/form-data; boundary=b"),
      400,
      "invalid_request",
    ],
    ["an unknown route", "/api/v2/flags/default", { method: "GET" }, 404, "not_found"],
    ["an unknown route outside the API", "/", { method: "GET" }, 404, "not_found"],
    [
      "a method the route does not have",
      "/api/v2/segments/default/production",
      { method: "PUT", headers: { "content-type": "application/json" }, body: "{}" },
      405,
      "method_not_allowed",
    ],
  ])("%s → %i %s", async (_name, path, init, status, code) => {
    h = harness({ segments: [{ key: "beta" }, { key: "big", unbounded: true }] });
    const before = h.emulator.snapshot();
    const response = await h.fetch(path, init as RequestInit);
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ code, message: expect.any(String) });
    expect(h.emulator.snapshot()).toEqual(before);
  });

  it("413 above the documented limit, by Content-Length or by what arrives", async () => {
    h = harness({ limits: { maxJsonBodyBytes: 1024, maxImportBodyBytes: 2048 } });
    const before = h.emulator.snapshot();
    const big = JSON.stringify({ key: "k", name: "x".repeat(2000) });
    const response = await h.fetch("/api/v2/segments/default/production", json(big));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: "request_entity_too_large" });
    // a streamed body without Content-Length
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const streamed = await h.fetch("/api/v2/segments/default/production", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(h.emulator.snapshot()).toEqual(before);
  });

  it("a thrown error inside a handler is a 500 with a LaunchDarkly body, and the emulator keeps serving", async () => {
    const emulator = createEmulator();
    // a Request whose body cannot be read
    const broken = new Request("http://e/api/v2/segments/default/production", {
      method: "POST",
      headers: { authorization: "t", "content-type": "application/json" },
      body: new ReadableStream({ pull: (c) => c.error(new Error("boom")) }),
      duplex: "half",
    } as RequestInit);
    const response = await emulator.fetch(broken);
    expect(response.status).toBe(400);
    expect(
      (await emulator.fetch(new Request("http://e/api/v2/segments/default/production", { headers: { authorization: "t" } }))).status,
    ).toBe(200);
    h = harness();
  });
});
