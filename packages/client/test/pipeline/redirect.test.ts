import { describe, expect, it } from "vitest";
import { UnexpectedResponseError } from "../../src/errors.js";
import { nextHop, type Hop } from "../../src/pipeline/redirect.js";

const first = "https://api.example/api/v2/segments/p/e";
const hop = (method: string): Hop => ({ url: first, method, headers: { authorization: "t" }, body: method === "GET" ? null : "{}" });
const redirect = (status: number, location: string) => new Response(null, { status, headers: { location } });

describe("nextHop", () => {
  it.each<
    [
      string,
      {
        status: number;
        location: string;
        method: string;
        bare?: boolean;
        want: { method: string; url: string; body: unknown; token: boolean } | undefined;
      },
    ]
  >([
    ["not a redirect", { status: 200, location: "/x", method: "GET", want: undefined }],
    ["a 304", { status: 304, location: "/x", method: "GET", want: undefined }],
    ["a 305 (not a redirect ldkit follows)", { status: 305, location: "/x", method: "GET", want: undefined }],
    [
      "same origin, 307 keeps method and body",
      {
        status: 307,
        location: "/moved",
        method: "POST",
        want: { method: "POST", url: "https://api.example/moved", body: "{}", token: true },
      },
    ],
    [
      "same origin, 302 after a POST becomes a GET without body",
      {
        status: 302,
        location: "/moved",
        method: "POST",
        want: { method: "GET", url: "https://api.example/moved", body: null, token: true },
      },
    ],
    [
      "same origin, 303 after a PATCH becomes a GET",
      {
        status: 303,
        location: "/moved",
        method: "PATCH",
        want: { method: "GET", url: "https://api.example/moved", body: null, token: true },
      },
    ],
    [
      "same origin, 301 after a PUT keeps the PUT",
      {
        status: 301,
        location: "/moved",
        method: "PUT",
        want: { method: "PUT", url: "https://api.example/moved", body: "{}", token: true },
      },
    ],
    [
      "other origin, bare GET: no headers",
      {
        status: 302,
        location: "https://store.example/f.csv",
        method: "GET",
        bare: true,
        want: { method: "GET", url: "https://store.example/f.csv", body: null, token: false },
      },
    ],
  ])("%s", (_name, { status, location, method, bare, want }) => {
    const next = nextHop(redirect(status, location), hop(method), first, bare);
    expect(next && { method: next.method, url: next.url, body: next.body, token: "authorization" in next.headers }).toEqual(want);
  });

  it.each<[string, { status: number; location: string; method: string; bare?: boolean }]>([
    ["another origin", { status: 302, location: "https://evil.example/x", method: "GET" }],
    ["the same host with credentials", { status: 302, location: "https://u:p@api.example/x", method: "GET" }],
    ["a 307 POST to another origin, even bare", { status: 307, location: "https://store.example/x", method: "POST", bare: true }],
    ["https to http, even bare", { status: 302, location: "http://store.example/x", method: "GET", bare: true }],
    ["a non-http scheme, even bare", { status: 302, location: "ftp://store.example/x", method: "GET", bare: true }],
    ["credentials on another origin, even bare", { status: 302, location: "https://u:p@store.example/x", method: "GET", bare: true }],
    ["the same host with a user name only", { status: 302, location: "https://u@api.example/x", method: "GET" }],
    ["the same host with a password only", { status: 302, location: "https://:p@api.example/x", method: "GET" }],
  ])("refuses a redirect to %s", (_name, { status, location, method, bare }) => {
    expect(() => nextHop(redirect(status, location), hop(method), first, bare)).toThrow(UnexpectedResponseError);
  });

  it("from a plain-http origin, follows a bare GET to another http origin but refuses a non-http scheme", () => {
    const plain: Hop = { url: "http://127.0.0.1:4010/dl", method: "GET", headers: { authorization: "t" }, body: null };
    expect(nextHop(redirect(302, "http://store.example/f.csv"), plain, plain.url, true)).toEqual({
      url: "http://store.example/f.csv",
      method: "GET",
      headers: {},
      body: null,
    });
    expect(() => nextHop(redirect(302, "ftp://store.example/f.csv"), plain, plain.url, true)).toThrow(UnexpectedResponseError);
  });

  it("says which redirect it refused, and where to", () => {
    expect(() => nextHop(redirect(307, "https://evil.example:8443/x?t=1"), hop("PUT"), first, false)).toThrow(
      "PUT: 307 redirect to another origin (https://evil.example:8443) refused",
    );
  });

  it("refuses an opaque redirect (a browser's manual mode) with a typed error", () => {
    const opaque = { type: "opaqueredirect", status: 0, headers: new Headers() } as Response;
    expect(() => nextHop(opaque, hop("GET"), first, true)).toThrow(UnexpectedResponseError);
    expect(() => nextHop(opaque, hop("GET"), first, true)).toThrow("GET: this runtime hid a redirect; not followed");
  });
});
