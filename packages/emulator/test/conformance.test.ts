import { describe, expect, it } from "vitest";
import { specOperations } from "../src/generated/spec.gen.js";
import { checkExchange, documentedStatuses, specOperationIds } from "./support/conformance.js";
import { harness } from "./support/harness.js";

const get = new Request("http://e/api/v2/segments/default/production/beta");
const rateHeaders = { "X-Ratelimit-Global-Remaining": "1", "X-Ratelimit-Route-Remaining": "1", "X-Ratelimit-Reset": "1" };

describe("the conformance checker (it must be able to fail)", () => {
  it.each([
    [
      "an undocumented status",
      new Response(JSON.stringify({ code: "x", message: "y" }), { status: 409, headers: rateHeaders }),
      /status not documented/,
    ],
    ["a body off the schema", new Response(JSON.stringify({ key: 1 }), { status: 200, headers: rateHeaders }), /does not match the schema/],
    [
      "a missing rate-limit header",
      new Response(JSON.stringify({ code: "not_found", message: "m" }), { status: 404 }),
      /missing header X-Ratelimit-Global-Remaining/,
    ],
    [
      "a body where none is documented",
      new Response("{}", { status: 200, headers: { ...rateHeaders, Location: "/x", "x-export": "1" } }),
      /documents no body/,
    ],
  ])("flags %s", async (_name, response, problem) => {
    const request = response.headers.has("x-export")
      ? new Request("http://e/api/v2/segments/default/production/beta/exports", { method: "POST" })
      : get;
    const { problems } = await checkExchange(request, response);
    expect(problems.join("\n")).toMatch(problem);
  });
});

describe("the emulator covers the spec", () => {
  it("the generated spec module has exactly the spec's operations", () => {
    expect(Object.keys(specOperations).sort()).toEqual([...specOperationIds].sort());
    expect(Object.keys(specOperations)).toHaveLength(23);
  });

  it("every operation is routed (no 'No route' 404) and answers a documented status", async () => {
    const h = harness({ segments: [{ key: "s" }] });
    for (const [operationId, op] of Object.entries(specOperations)) {
      const path = op.path.replace(/\{[^}]+\}/g, (m) =>
        m === "{projectKey}" ? "default" : m === "{environmentKey}" ? "production" : m === "{segmentKey}" ? "s" : "x",
      );
      const response = await h.fetch(path, {
        method: op.method,
        ...(op.method === "GET" || op.method === "DELETE" ? {} : { headers: { "content-type": "application/json" }, body: "{}" }),
      });
      const body =
        response.status === 204 || response.headers.get("content-length") === "0"
          ? {}
          : ((await response.json().catch(() => ({}))) as { message?: string });
      expect(body.message ?? "", operationId).not.toMatch(/^No route/);
      expect(documentedStatuses(operationId), operationId).toContain(response.status);
    }
    expect(h.violations).toEqual([]);
  });
});
