import { describe, expect, it } from "vitest";
import { APIUserAbortError, createRawClient, PartialFailureError, ValidationError } from "../src/index.js";

const TOKEN = "api-raw-client-token";
const where = { projectKey: "p", environmentKey: "e", segmentKey: "s" };
const expiringTargets = "/api/v2/segments/{projectKey}/{segmentKey}/expiring-targets/{environmentKey}" as const;

function rawAnswering(answer: () => Response) {
  const sent: Request[] = [];
  const raw = createRawClient({ apiKey: TOKEN, retry: false, fetch: async (input) => (sent.push(input as Request), answer()) });
  return { raw, sent };
}

const caught = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as Error,
  );

describe("createRawClient", () => {
  it("refuses a per-request baseUrl on another origin: the token is only sent to the client's", async () => {
    const { raw, sent } = rawAnswering(() => Response.json({ items: [] }));
    const error = await caught(
      raw.GET("/api/v2/segments/{projectKey}/{environmentKey}", { params: { path: where }, baseUrl: "https://evil.example" }),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error!.message).toBe("Invalid baseUrl: must be https://app.launchdarkly.com (the token is only sent there)");
    expect(sent).toHaveLength(0);
  });

  it("refuses a query value that is not well-formed Unicode with a ValidationError naming it, like the operation methods", async () => {
    const { raw, sent } = rawAnswering(() => Response.json({ items: [] }));
    const error = await caught(
      raw.GET("/api/v2/segments/{projectKey}/{environmentKey}", { params: { path: where, query: { sort: "name", filter: "q\uD800" } } }),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error!.message).toBe("Invalid filter: must be well-formed Unicode");
    expect(sent).toHaveLength(0);
    await raw.GET("/api/v2/segments/{projectKey}/{environmentKey}", { params: { path: where, query: { sort: "na me", limit: 5 } } });
    expect(new URL(sent[0]!.url).search).toBe("?sort=na%20me&limit=5");
  });

  it("refuses a JSON request body that does not parse", async () => {
    const { raw, sent } = rawAnswering(() => Response.json({ key: "s" }));
    const error = await caught(
      raw.POST("/api/v2/segments/{projectKey}/{environmentKey}", {
        params: { path: where },
        body: { key: "s", name: "S" },
        bodySerializer: () => "{not json",
      }),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error!.message).toBe("Invalid body: must be JSON");
    expect(sent).toHaveLength(0);
  });

  it("reports failed instructions of a semantic patch sent without a JSON body, with no instruction to show", async () => {
    const { raw } = rawAnswering(() => Response.json({ items: [], errors: [{ instructionIndex: 0, message: "no such target" }] }));
    const error = await caught(raw.PATCH(expiringTargets, { params: { path: where } } as never));
    expect(error).toBeInstanceOf(PartialFailureError);
    expect((error as PartialFailureError).failures).toEqual([{ index: 0, message: "no such target", instruction: undefined }]);
  });
});

describe("createRawClient: responses as values", () => {
  it.each([204, 205, 304])("a %i comes back with no body", async (status) => {
    const { raw } = rawAnswering(() => new Response(null, { status }));
    const { response } = await raw.DELETE("/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}", { params: { path: where } });
    expect([response.status, response.body]).toEqual([status, null]);
  });

  it("an HTTP error with a text body is an error value, not a thrown contract error", async () => {
    const { raw } = rawAnswering(() => new Response("no such segment", { status: 404, headers: { "content-type": "text/plain" } }));
    const { data, error, response } = await raw.GET("/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}", {
      params: { path: where },
    });
    expect([data, error, response.status]).toEqual([undefined, "no such segment", 404]);
  });

  it("sends a multipart body (a CSV import) as it is", async () => {
    const { raw, sent } = rawAnswering(() => new Response(null, { status: 204, headers: { location: "/x/imports/imp-1" } }));
    const form = new FormData();
    form.append("file", new File(["key\nu-1\n"], "users.csv", { type: "text/csv" }));
    form.append("mode", "merge");
    const { response } = await raw.POST("/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/imports", {
      params: { path: where },
      body: form as never,
    });
    expect(response.status).toBe(204);
    expect(sent[0]!.headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
    const received = await sent[0]!.formData();
    expect([(received.get("file") as File).name, await (received.get("file") as File).text(), received.get("mode")]).toEqual([
      "users.csv",
      "key\nu-1\n",
      "merge",
    ]);
  });

  it("names the failed instruction of a semantic patch", async () => {
    const { raw } = rawAnswering(() => Response.json({ items: [], errors: [{ instructionIndex: 0, message: "no such target" }] }));
    const instruction = { kind: "removeExpiringTarget", contextKey: "c", contextKind: "user", targetType: "included" };
    const error = await caught(raw.PATCH(expiringTargets, { params: { path: where }, body: { instructions: [instruction] } as never }));
    expect((error as PartialFailureError).failures).toEqual([{ index: 0, message: "no such target", instruction }]);
  });

  it("honours the caller's signal: an aborted request is an APIUserAbortError and nothing is sent", async () => {
    const { raw, sent } = rawAnswering(() => Response.json({ key: "s" }));
    const controller = new AbortController();
    controller.abort();
    const error = await caught(
      raw.GET("/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}", { params: { path: where }, signal: controller.signal }),
    );
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(sent).toHaveLength(0);
  });
});
