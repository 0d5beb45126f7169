import { describe, expect, it } from "vitest";
import {
  createClient,
  NotFoundError,
  PartialFailureError,
  UnexpectedResponseError,
  ValidationError,
  type LdkitClient,
} from "../src/index.js";

const where = { projectKey: "p", environmentKey: "e", segmentKey: "s" };

/** A client answering every request with `answer()`, recording what it was sent. */
function clientAnswering(answer: () => Response = () => Response.json({ key: "s" })): { client: LdkitClient; sent: Request[] } {
  const sent: Request[] = [];
  const client = createClient({ apiKey: "api-test-token", retry: false, fetch: async (input) => (sent.push(input as Request), answer()) });
  return { client, sent };
}

const caught = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as Error,
  );

describe("invalid arguments: a ValidationError with the rule, nothing sent", () => {
  it.each<[string, { call: (c: LdkitClient) => Promise<unknown>; want: string }]>([
    ["no argument object", { call: (c) => c.getSegment(null as never), want: "Invalid arguments: getSegment takes one object argument" }],
    [
      "a number as the argument",
      { call: (c) => c.getSegment(42 as never), want: "Invalid arguments: getSegment takes one object argument" },
    ],
    [
      "a string dryRun",
      { call: (c) => c.patchSegment({ ...where, dryRun: "yes" as never, body: [] }), want: "Invalid dryRun: must be a boolean" },
    ],
    [
      "a limit below its minimum",
      { call: (c) => c.getSegments({ projectKey: "p", environmentKey: "e", limit: 0 }), want: "Invalid limit: must be an integer ≥ 1" },
    ],
    [
      "a negative offset",
      { call: (c) => c.getSegments({ projectKey: "p", environmentKey: "e", offset: -1 }), want: "Invalid offset: must be an integer ≥ 0" },
    ],
    [
      "a numeric sort",
      { call: (c) => c.getSegments({ projectKey: "p", environmentKey: "e", sort: 1 as never }), want: "Invalid sort: must be a string" },
    ],
    [
      "a sort with a lone surrogate",
      {
        call: (c) => c.getSegments({ projectKey: "p", environmentKey: "e", sort: "name\uD800" }),
        want: "Invalid sort: must be well-formed Unicode",
      },
    ],
    [
      "a filter with a lone surrogate",
      {
        call: (c) => c.getSegments({ projectKey: "p", environmentKey: "e", filter: "query:\uDC00" }),
        want: "Invalid filter: must be well-formed Unicode",
      },
    ],
    [
      "a string body on a JSON operation",
      {
        call: (c) => c.postSegment({ projectKey: "p", environmentKey: "e", body: "{}" as never }),
        want: "Invalid body: must be an object or array",
      },
    ],
    [
      "a null body on a JSON operation",
      {
        call: (c) => c.postSegment({ projectKey: "p", environmentKey: "e", body: null as never }),
        want: "Invalid body: must be an object or array",
      },
    ],
    [
      "a BigInt in a JSON body",
      {
        call: (c) => c.patchSegment({ ...where, body: [{ op: "replace", path: "/version", value: 1n }] as never }),
        want: "Invalid body: must be JSON-serializable (no BigInt, no cycles)",
      },
    ],
    [
      "a string as the multipart body",
      {
        call: (c) => c.createBigSegmentImport({ ...where, body: "key\nu-1\n" as never }),
        want: "Invalid body: must be an object of form fields",
      },
    ],
    [
      "null as the multipart body",
      { call: (c) => c.createBigSegmentImport({ ...where, body: null as never }), want: "Invalid body: must be an object of form fields" },
    ],
    [
      "an object as a multipart field",
      {
        call: (c) => c.createBigSegmentImport({ ...where, body: { file: new Blob(["k\n"]), mode: { merge: true } as never } }),
        want: "Invalid body.mode: must be a Blob, string, number or boolean",
      },
    ],
  ])("%s", async (_name, { call, want }) => {
    const { client, sent } = clientAnswering();
    const error = await caught(call(client));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error!.message).toBe(want);
    expect(sent).toHaveLength(0);
  });
});

describe("multipart bodies", () => {
  const imported = () => new Response(null, { status: 204, headers: { location: "/x/imports/1" } });

  it("sends string, number and boolean fields as text, names an unnamed Blob after its field, and skips undefined fields", async () => {
    const { client, sent } = clientAnswering(imported);
    await client.createBigSegmentImport({
      ...where,
      body: {
        file: new Blob(["key\nu-1\n"], { type: "text/csv" }),
        mode: "merge",
        waitOnApprovals: false,
        retries: 3,
        skipped: undefined,
      } as never,
    });
    const form = await sent[0]!.formData();
    expect([...form.keys()]).toEqual(["file", "mode", "waitOnApprovals", "retries"]);
    expect((form.get("file") as File).name).toBe("file.csv");
    expect(await (form.get("file") as File).text()).toBe("key\nu-1\n");
    expect([form.get("mode"), form.get("waitOnApprovals"), form.get("retries")]).toEqual(["merge", "false", "3"]);
  });

  it("sends a FormData as it is", async () => {
    const { client, sent } = clientAnswering(imported);
    const form = new FormData();
    form.append("file", new File(["key\n"], "mine.csv"));
    form.append("mode", "replace");
    await client.createBigSegmentImport({ ...where, body: form as never });
    const received = await sent[0]!.formData();
    expect([(received.get("file") as File).name, received.get("mode")]).toEqual(["mine.csv", "replace"]);
  });
});

describe("what a 2xx response means", () => {
  it.each<[string, { location: string; want: string }]>([
    ["an id at the end of the path", { location: "/api/v2/segments/p/e/s/exports/exp-1", want: "exp-1" }],
    ["a Location with a trailing slash", { location: "/api/v2/segments/p/e/s/exports/exp-1/", want: "exp-1" }],
    ["a Location without a path", { location: "https://app.launchdarkly.com", want: "" }],
  ])("the id of %s", async (_name, { location, want }) => {
    const { client } = clientAnswering(() => new Response(null, { status: 202, headers: { location } }));
    await expect(client.createBigSegmentExport(where)).resolves.toEqual({ location, id: want });
  });

  it.each<[string, { call: (c: LdkitClient) => Promise<unknown>; body: string; want: unknown }]>([
    ["a blank body of a delete", { call: (c) => c.deleteSegment(where), body: " \n", want: undefined }],
    ["a JSON array from an operation with no declared body", { call: (c) => c.deleteSegment(where), body: "[1]", want: [1] }],
    [
      "a JSON string from a flag-setting update",
      {
        call: (c) => c.putFlagSetting({ projectKey: "p", environmentKey: "e", userKey: "u", featureFlagKey: "f", body: { setting: true } }),
        body: '"ok"',
        want: "ok",
      },
    ],
  ])("returns the data of %s", async (_name, { call, body, want }) => {
    const { client } = clientAnswering(() => new Response(body, { status: 200 }));
    await expect(call(client)).resolves.toEqual(want);
  });

  it.each<[string, { call: (c: LdkitClient) => Promise<unknown>; body: string; want: string }]>([
    [
      "a body that is not JSON",
      { call: (c) => c.deleteSegment(where), body: "<html>", want: "deleteSegment: the 200 response is not JSON" },
    ],
    [
      "an array where an object is promised",
      { call: (c) => c.getSegment(where), body: "[]", want: "getSegment: the 200 response is not a JSON object" },
    ],
  ])("%s is an UnexpectedResponseError saying so", async (_name, { call, body, want }) => {
    const { client } = clientAnswering(() => new Response(body, { status: 200 }));
    const error = await caught(call(client));
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error!.message).toBe(want);
  });

  it("an HTTP error names the method and the path template", async () => {
    const { client } = clientAnswering(() => Response.json({ code: "not_found", message: "Unknown segment" }, { status: 404 }));
    const error = await caught(client.getSegment(where));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error!.message).toBe("404 not_found: Unknown segment (GET /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey})");
  });
});

describe("failed instructions of a semantic patch", () => {
  const instructions = [
    { kind: "addExpiringTarget" as const, targetType: "included" as const, contextKey: "a", contextKind: "user", value: 1 },
    { kind: "removeExpiringTarget" as const, targetType: "included" as const, contextKey: "b", contextKind: "user" },
  ];

  it.each<[string, { errors: unknown[]; want: Array<{ index: number; message: string; instruction: unknown }> }]>([
    [
      "an index and a message",
      {
        errors: [{ instructionIndex: 1, message: "no such target" }],
        want: [{ index: 1, message: "no such target", instruction: instructions[1] }],
      },
    ],
    ["no index", { errors: [{ message: "bad" }], want: [{ index: -1, message: "bad", instruction: undefined }] }],
    [
      "no message",
      { errors: [{ instructionIndex: 0 }], want: [{ index: 0, message: "instruction failed", instruction: instructions[0] }] },
    ],
    ["a null entry", { errors: [null], want: [{ index: -1, message: "instruction failed", instruction: undefined }] }],
  ])("an error with %s", async (_name, { errors, want }) => {
    const { client } = clientAnswering(() => Response.json({ items: [], errors }));
    const error = await caught(client.patchExpiringTargetsForSegment({ ...where, body: { instructions } }));
    expect(error).toBeInstanceOf(PartialFailureError);
    expect((error as PartialFailureError).failures).toEqual(want);
  });
});
