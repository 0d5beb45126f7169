import { describe, expect, it } from "vitest";
import { createClient, ValidationError, type ClientOptions } from "../src/index.js";

/** The ValidationError createClient throws for `options` (fails the test when it throws nothing or something else). */
function rejected(options: unknown): ValidationError {
  try {
    createClient(options as ClientOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new Error("createClient accepted the options");
}

describe("createClient options: the error names the option and the rule", () => {
  it.each<[string, { given: unknown; want: string }]>([
    ["no options at all", { given: undefined, want: "Invalid options: must be an object" }],
    ["options that are a string", { given: "api-key", want: "Invalid options: must be an object" }],
    ["an empty apiKey", { given: { apiKey: " " }, want: "Invalid apiKey: must be a non-empty printable string, or null" }],
    [
      "a baseUrl with a query",
      {
        given: { apiKey: "k", baseUrl: "https://app.launchdarkly.com?x=1" },
        want: "Invalid baseUrl: must be an https URL without spaces, credentials, query or fragment",
      },
    ],
    [
      "a plain-http baseUrl to a remote host",
      {
        given: { apiKey: "k", baseUrl: "http://app.launchdarkly.com" },
        want: "Invalid baseUrl: must use https (or set allowInsecureHttp)",
      },
    ],
    [
      "an Authorization header",
      { given: { apiKey: "k", headers: { Authorization: "x" } }, want: "Invalid headers: must not set Authorization (use apiKey)" },
    ],
    [
      "an apiVersion with a space",
      { given: { apiKey: "k", apiVersion: "2024 04" }, want: "Invalid apiVersion: must be a version such as 20240415" },
    ],
    ["headers that are null", { given: { apiKey: "k", headers: null }, want: "Invalid headers: must be an object of string values" }],
    [
      "headers as an array",
      { given: { apiKey: "k", headers: [["X-A", "b"]] }, want: "Invalid headers: must be an object of string values" },
    ],
    [
      "a header with a number value",
      {
        given: { apiKey: "k", headers: { "X-A": 1 } },
        want: "Invalid headers.X-A: must be a valid header name with a printable string value",
      },
    ],
    ["a fetch that is not a function", { given: { apiKey: "k", fetch: "fetch" }, want: "Invalid fetch: must be a function" }],
    [
      "an apiVersion that is a number",
      { given: { apiKey: "k", apiVersion: 20240415 }, want: "Invalid apiVersion: must be a version such as 20240415" },
    ],
    [
      "a baseUrl whose scheme only ends in https",
      {
        given: { apiKey: "k", baseUrl: "xhttps://app.example" },
        want: "Invalid baseUrl: must be an https URL without spaces, credentials, query or fragment",
      },
    ],
  ])("%s", (_name, { given, want }) => {
    expect(rejected(given).message).toBe(want);
  });
});

describe("createClient options that are accepted", () => {
  it.each<[string, { given: Partial<ClientOptions>; want: string }]>([
    [
      "trailing slashes of the baseUrl are dropped",
      { given: { baseUrl: "https://app.launchdarkly.com//" }, want: "https://app.launchdarkly.com" },
    ],
    ["http to 127.0.0.1", { given: { baseUrl: "http://127.0.0.1:4010" }, want: "http://127.0.0.1:4010" }],
    ["http to localhost", { given: { baseUrl: "http://localhost" }, want: "http://localhost" }],
    ["http to [::1]", { given: { baseUrl: "http://[::1]:4010" }, want: "http://[::1]:4010" }],
  ])("%s", (_name, { given, want }) => {
    expect(createClient({ apiKey: "k", ...given }).baseUrl).toBe(want);
  });

  it("headers that only contain the word Authorization are sent as given", async () => {
    let sent: Headers | undefined;
    const client = createClient({
      apiKey: "api-config-token",
      headers: { "Proxy-Authorization": "Basic eA==", "Authorization-Context": "team" },
      fetch: async (input) => ((sent = (input as Request).headers), new Response(null, { status: 204 })),
    });
    await client.deleteSegment({ projectKey: "p", environmentKey: "e", segmentKey: "s" });
    expect([sent?.get("proxy-authorization"), sent?.get("authorization-context"), sent?.get("authorization")]).toEqual([
      "Basic eA==",
      "team",
      "api-config-token",
    ]);
  });
});
