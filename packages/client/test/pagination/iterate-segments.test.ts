import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  APIUserAbortError,
  createClient,
  iterateSegmentPages,
  iterateSegments,
  PaginationError,
  segmentFilter as f,
  UnexpectedResponseError,
  ValidationError,
  type LdkitClient,
} from "../../src/index.js";
import { startRecordingServer, type RecordedRequest, type RecordingServer, type ScriptedResponse } from "../support/recording-server.js";

const TOTAL = 1_000;
const segments = Array.from({ length: TOTAL }, (_, i) => ({ key: `seg-${String(i).padStart(4, "0")}`, name: `Segment ${i}` }));
const base = "/api/v2/segments/default/production";

interface Paging {
  totalCount?: boolean;
  next?: boolean;
  /** The most the server returns per page, whatever the limit asked. */
  cap?: number;
}

/** A LaunchDarkly-like listing: `limit` (default 20) and `offset`, optional totalCount and next link. */
function listing(paging: Paging, data = segments): (req: RecordedRequest) => ScriptedResponse {
  return (req) => {
    const limit = Math.min(Number(req.query.limit ?? 20), paging.cap ?? Infinity);
    const offset = Number(req.query.offset ?? 0);
    const items = data.slice(offset, offset + limit);
    const links: Record<string, { href: string }> = { self: { href: req.url } };
    if (paging.next && offset + limit < data.length) {
      const params = new URLSearchParams({ ...req.query, limit: String(limit), offset: String(offset + limit) });
      links.next = { href: `${base}?${params}` };
    }
    return { status: 200, body: { items, _links: links, ...(paging.totalCount ? { totalCount: data.length } : {}) } };
  };
}

let server: RecordingServer;
let client: LdkitClient;
beforeAll(async () => {
  server = await startRecordingServer();
  client = createClient({ apiKey: "api-page", baseUrl: server.baseUrl, retry: false });
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

const where = { projectKey: "default", environmentKey: "production" };

async function keys(iterable: AsyncIterable<{ key: string }>): Promise<string[]> {
  const out: string[] = [];
  for await (const s of iterable) out.push(s.key);
  return out;
}

describe("iterateSegments over 1,000 segments", () => {
  it.each<[string, Paging, number]>([
    ["totalCount and _links.next", { totalCount: true, next: true }, 20],
    ["_links.next only", { next: true }, 21],
    ["totalCount only", { totalCount: true }, 20],
    ["neither (stops at the short page)", {}, 21],
    ["a server that caps the page size, with totalCount", { totalCount: true, cap: 30 }, 34],
    ["a server that caps the page size, with next links", { next: true, cap: 30 }, 34],
  ])("yields each exactly once with %s", async (_name, paging, requests) => {
    server.respond(listing(paging));
    const got = await keys(iterateSegments(client, { ...where, pageSize: 50 }));
    expect(got).toEqual(segments.map((s) => s.key));
    expect(new Set(got).size).toBe(TOTAL);
    expect(server.requests).toHaveLength(requests);
    expect(server.requests.every((r) => r.path === base)).toBe(true);
  });

  it("uses limit/offset: 50, 0 then 50, 50 …", async () => {
    server.respond(listing({ totalCount: true }));
    await keys(iterateSegments(client, { ...where, pageSize: 50 }));
    expect(server.requests.slice(0, 3).map((r) => [r.query.limit, r.query.offset])).toEqual([
      ["50", "0"],
      ["50", "50"],
      ["50", "100"],
    ]);
  });

  it("stops at an empty page", async () => {
    server.respond(listing({ next: true }, []));
    expect(await keys(iterateSegments(client, where))).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it("an exact multiple of the page size ends with totalCount, without an extra request", async () => {
    server.respond(listing({ totalCount: true }, segments.slice(0, 100)));
    expect(await keys(iterateSegments(client, { ...where, pageSize: 50 }))).toHaveLength(100);
    expect(server.requests).toHaveLength(2);
  });

  it("skips a segment already yielded when offsets shift", async () => {
    // page 2 starts one item early, as when a segment was deleted between the requests
    server.respond((req) => {
      const offset = Number(req.query.offset);
      const start = offset === 0 ? 0 : offset - 1;
      return { status: 200, body: { items: segments.slice(start, start + 3), _links: {}, totalCount: 5 } };
    });
    const got = await keys(iterateSegments(client, { ...where, pageSize: 3 }));
    expect(got).toEqual(["seg-0000", "seg-0001", "seg-0002", "seg-0003", "seg-0004"]);
    expect(new Set(got).size).toBe(got.length);
  });
});

describe("iterateSegmentPages", () => {
  it("yields the pages as the server sent them", async () => {
    server.respond(listing({ totalCount: true, next: true }));
    const pages = [];
    for await (const page of iterateSegmentPages(client, { ...where, pageSize: 400 })) pages.push(page);
    expect(pages.map((p) => p.items.length)).toEqual([400, 400, 200]);
    expect(pages.every((p) => p.totalCount === TOTAL)).toBe(true);
  });

  it("stops requesting when the loop breaks", async () => {
    server.respond(listing({ totalCount: true }));
    for await (const page of iterateSegmentPages(client, { ...where, pageSize: 10 })) {
      expect(page.items).toHaveLength(10);
      break;
    }
    expect(server.requests).toHaveLength(1);
  });
});

describe("filter and sort", () => {
  it.each([
    ["a string", 'tags anyOf ["beta"],query equals "toggle"'],
    ["a filter tree", f.and(f.tags.anyOf(["beta"]), f.query.equals("toggle"))],
  ])("passes %s through on every page, next links included", async (_name, filter) => {
    server.respond(listing({ next: true }, segments.slice(0, 5)));
    await keys(iterateSegments(client, { ...where, filter, sort: "-name,creationDate", pageSize: 2 }));
    expect(server.requests).toHaveLength(3);
    for (const r of server.requests) {
      expect(r.query.filter).toBe('tags anyOf ["beta"],query equals "toggle"');
      expect(r.query.sort).toBe("-name,creationDate");
    }
    expect(server.requests[0]!.url).toContain("filter=tags%20anyOf%20%5B%22beta%22%5D%2Cquery%20equals%20%22toggle%22");
  });

  it.each([
    ["an invalid filter tree", { filter: { field: "tags", op: "equals", value: ["x"] } as never }, "filter.tags"],
    ["a zero page size", { pageSize: 0 }, "pageSize"],
    ["a fractional maxPages", { maxPages: 1.5 }, "maxPages"],
  ])("rejects %s before sending anything", async (_name, options, field) => {
    server.respond(listing({}));
    let error: unknown;
    try {
      await keys(iterateSegments(client, { ...where, ...options }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe(field);
    expect(server.requests).toHaveLength(0);
  });
});

describe("bounded against a misbehaving server", () => {
  it("a next link that repeats throws PaginationError", async () => {
    server.respond({ status: 200, body: { items: segments.slice(0, 2), _links: { next: { href: `${base}?limit=2&offset=2` } } } });
    let error: unknown;
    const got: string[] = [];
    try {
      for await (const s of iterateSegments(client, { ...where, pageSize: 2 })) got.push(s.key);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PaginationError);
    expect(got).toEqual(["seg-0000", "seg-0001"]);
    expect(server.requests).toHaveLength(2);
  });

  it("the same page forever stops at the first page that adds nothing new, with PaginationError", async () => {
    server.respond({ status: 200, body: { items: segments.slice(0, 5), _links: {} } });
    let error: unknown;
    const got: string[] = [];
    try {
      for await (const s of iterateSegments(client, { ...where, pageSize: 5 })) got.push(s.key);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as PaginationError).pages).toBe(2);
    expect(server.requests).toHaveLength(2);
    expect(got).toEqual(segments.slice(0, 5).map((s) => s.key));
  });

  it("new full pages forever, with neither totalCount nor next, stop at maxPages with PaginationError", async () => {
    server.respond((req) => {
      const offset = Number(req.query.offset ?? 0);
      return { status: 200, body: { items: Array.from({ length: 5 }, (_, i) => ({ key: `k-${offset + i}`, name: "n" })), _links: {} } };
    });
    let error: unknown;
    let got = 0;
    try {
      for await (const _ of iterateSegments(client, { ...where, pageSize: 5, maxPages: 25 })) got++;
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PaginationError);
    expect((error as PaginationError).pages).toBe(25);
    expect(server.requests).toHaveLength(25);
    expect(got).toBe(125);
  });

  it.each([
    ["a page without items", { totalCount: 3 }],
    ["a null body", null],
    ["items that is not an array", { items: { a: 1 } }],
  ])("%s is an UnexpectedResponseError, never an empty listing", async (_name, body) => {
    server.respond({ status: 200, body: body === null ? "null" : body, headers: { "content-type": "application/json" } });
    const error = await (async () => {
      for await (const _ of iterateSegments(client, where)) void _;
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(server.requests).toHaveLength(1);
  });

  it("an invalid filter string is a ValidationError before any request", async () => {
    const error = await (async () => {
      for await (const _ of iterateSegments(client, { ...where, filter: "tags anyOf [" })) void _;
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(server.requests).toHaveLength(0);
  });

  it("an abort cancels the listing", async () => {
    const controller = new AbortController();
    server.respond(listing({ totalCount: true }));
    let error: unknown;
    let n = 0;
    try {
      for await (const _s of iterateSegments(client, { ...where, pageSize: 10, signal: controller.signal })) {
        if (++n === 15) controller.abort();
      }
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(2);
  });
});
