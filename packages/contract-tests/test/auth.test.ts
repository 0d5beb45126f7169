import { describe, expect, it } from "vitest";
import { UnauthorizedError, type LdkitClient, type OperationId } from "@ldkit/client";
import { makeClient } from "./support/client.js";
import { expectRateLimitHeaders } from "./support/contract.js";
import { fixtures, type Fixtures } from "./support/fixtures.js";
import { responseExample } from "./support/spec.js";
import { target } from "./support/target.js";

/** One read, one semantic patch and one multipart upload: every kind of request needs the token. */
const calls: Array<[OperationId, (client: LdkitClient, fx: Fixtures) => Promise<unknown>]> = [
  ["getSegments", (c, fx) => c.getSegments({ projectKey: fx.projectKey, environmentKey: fx.environmentKey })],
  [
    "patchSegment",
    (c, fx) =>
      c.patchSegment({
        projectKey: fx.projectKey,
        environmentKey: fx.environmentKey,
        segmentKey: "beta-users",
        body: { environmentKey: fx.environmentKey, instructions: [{ kind: "addTags", values: ["beta"] }] },
      }),
  ],
  [
    "createBigSegmentImport",
    (c, fx) =>
      c.createBigSegmentImport({
        projectKey: fx.projectKey,
        environmentKey: fx.environmentKey,
        segmentKey: "enterprise-devices",
        body: { file: new Blob(["user-key-123abc\n"], { type: "text/csv" }) },
      }),
  ],
];

describe("a request without a token", () => {
  for (const [op, call] of calls) {
    it(`${op}: is rejected with 401 and surfaces as UnauthorizedError`, async () => {
      const fx = await fixtures(makeClient().client);
      const { client, rec } = makeClient({ apiKey: null });
      const error = await call(client, fx).then(
        () => undefined,
        (e: unknown) => e,
      );
      const ex = rec.last();
      expect(ex.op).toBe(op);
      expect(ex.requestHeaders).not.toHaveProperty(["authorization"]);
      expect(ex.status).toBe(401);
      expect(error).toBeInstanceOf(UnauthorizedError);
      const example = responseExample(op, 401) as { code: string; message: string };
      expect((error as UnauthorizedError).status).toBe(401);
      expect((error as UnauthorizedError).code).toBe(example.code);
      if (target().mode === "prism") {
        // Prism rejects it because the request breaks the spec's security requirement.
        expect(ex.violations).toEqual([expect.objectContaining({ code: 401, message: "Invalid security scheme used" })]);
        expect((error as UnauthorizedError).apiMessage).toBe(example.message);
        expectRateLimitHeaders((error as UnauthorizedError).headers);
      }
      rec.asserted(ex);
    });
  }
});

describe("a request with a token", () => {
  it("sends it as the raw Authorization value, with LD-API-Version", async () => {
    const { client, rec } = makeClient();
    const fx = await fixtures(client);
    await client.getSegments({ projectKey: fx.projectKey, environmentKey: fx.environmentKey });
    expect(rec.last().requestHeaders.authorization).toBe(target().apiKey);
    expect(rec.last().requestHeaders["ld-api-version"]).toMatch(/^\d{8}$/);
    expect(rec.last().violations).toEqual([]);
  });
});
