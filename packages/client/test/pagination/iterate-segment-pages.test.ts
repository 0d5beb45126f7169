import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createClient,
  iterateSegmentPages,
  PaginationError,
  UnexpectedResponseError,
  ValidationError,
  type IterateSegmentsOptions,
  type LdkitClient,
} from "../../src/index.js";
import { startRecordingServer, type RecordedRequest, type RecordingServer, type ScriptedResponse } from "../support/recording-server.js";

const base = "/api/v2/segments/default/production";
const where = { projectKey: "default", environmentKey: "production" };
const segment = (i: number) => ({ key: `seg-${i}`, name: `Segment ${i}` });
const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => segment(from + i));

let server: RecordingServer;
let client: LdkitClient;
beforeAll(async () => {
  server = await startRecordingServer();
  client = createClient({ apiKey: "api-pages", baseUrl: server.baseUrl, retry: false });
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

/** Reads every page; resolves to the item keys per page, or rejects with the listing's error. */
async function listPages(options: Partial<IterateSegmentsOptions> = {}): Promise<string[][]> {
  const pages: string[][] = [];
  for await (const page of iterateSegmentPages(client, { ...where, ...options })) pages.push(page.items.map((s) => s.key));
  return pages;
}

/** `page(n)` is the body of the n-th request (0-based); the last one answers every later request. */
function pagesOf(...bodies: unknown[]): (req: RecordedRequest) => ScriptedResponse {
  let n = 0;
  return () => ({ status: 200, body: bodies[Math.min(n++, bodies.length - 1)] });
}

const queries = () => server.requests.map((r) => r.query);

describe("iterateSegmentPages follows _links.next", () => {
  it("takes limit, offset, sort and filter from the next link", async () => {
    const next = `${base}?limit=7&offset=13&sort=-name&filter=${encodeURIComponent('tags anyOf ["x"]')}`;
    server.respond(pagesOf({ items: range(0, 3), _links: { next: { href: next } } }, { items: range(13, 2), _links: {} }));
    expect(await listPages({ pageSize: 3, sort: "name", filter: 'tags anyOf ["beta"]' })).toEqual([
      ["seg-0", "seg-1", "seg-2"],
      ["seg-13", "seg-14"],
    ]);
    expect(queries()).toEqual([
      { limit: "3", offset: "0", sort: "name", filter: 'tags anyOf ["beta"]' },
      { limit: "7", offset: "13", sort: "-name", filter: 'tags anyOf ["x"]' },
    ]);
  });

  it.each<[string, string]>([
    ["keeps the current values for what the link leaves out", `${base}?other=1`],
    ["ignores a negative offset and a fractional limit", `${base}?limit=2.5&offset=-5`],
    ["ignores values that are not numbers", `${base}?limit=many&offset=`],
  ])("%s", async (_name, href) => {
    server.respond(pagesOf({ items: range(0, 3), _links: { next: { href } } }, { items: range(3, 1), _links: {} }));
    expect(await listPages({ pageSize: 3, sort: "name" })).toHaveLength(2);
    expect(queries()).toEqual([
      { limit: "3", offset: "0", sort: "name" },
      { limit: "3", offset: "3", sort: "name" },
    ]);
  });

  it("a next link back at offset 0 ends with PaginationError instead of skipping ahead", async () => {
    server.respond(pagesOf({ items: range(0, 3), _links: { next: { href: `${base}?limit=3&offset=0&page=2` } } }));
    const error = await listPages({ pageSize: 3 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({
      pages: 2,
      message: "Page 2 (offset 0) holds only segments already listed: the server is repeating pages",
    });
    expect(queries()[1]).toEqual({ limit: "3", offset: "0" });
  });

  it("a repeated next link is named in the PaginationError", async () => {
    const href = `${base}?limit=2&offset=2`;
    server.respond((req) => ({
      status: 200,
      body: { items: range(Number(req.query.offset) * 10, 2), _links: { next: { href } } },
    }));
    const error = await listPages({ pageSize: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ pages: 2, message: `The server repeated the next link ${href}` });
    expect(server.requests).toHaveLength(2);
  });
});

describe("iterateSegmentPages without next links", () => {
  it.each<[string, Record<string, unknown>]>([
    ["no _links at all", {}],
    ["a null totalCount (as absent)", { totalCount: null, _links: {} }],
  ])("pages by offset with %s", async (_name, extra) => {
    server.respond((req) => ({
      status: 200,
      body: { items: range(Number(req.query.offset), Number(req.query.offset) < 4 ? 2 : 1), ...extra },
    }));
    expect(await listPages({ pageSize: 2 })).toEqual([["seg-0", "seg-1"], ["seg-2", "seg-3"], ["seg-4"]]);
    expect(server.requests).toHaveLength(3);
  });

  it("maxPages: 1 reads one page, then throws PaginationError with the bound in its message", async () => {
    server.respond((req) => ({ status: 200, body: { items: range(Number(req.query.offset), 2), _links: {} } }));
    const pages: string[][] = [];
    const error = await (async () => {
      for await (const page of iterateSegmentPages(client, { ...where, pageSize: 2, maxPages: 1 }))
        pages.push(page.items.map((s) => s.key));
    })().catch((e: unknown) => e);
    expect(pages).toEqual([["seg-0", "seg-1"]]);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ pages: 1, message: "Listing segments did not end within maxPages (1) pages" });
  });

  it("a page size of 1 is allowed", async () => {
    server.respond((req) => ({ status: 200, body: { items: range(Number(req.query.offset), 1), totalCount: 2 } }));
    expect(await listPages({ pageSize: 1 })).toEqual([["seg-0"], ["seg-1"]]);
  });
});

describe("iterateSegmentPages rejects", () => {
  it.each<[string, Partial<IterateSegmentsOptions>, { field: string; rule: string }]>([
    ["a negative page size", { pageSize: -1 }, { field: "pageSize", rule: "must be a positive integer" }],
    ["a maxPages of 0", { maxPages: 0 }, { field: "maxPages", rule: "must be a positive integer" }],
    ["a negative maxPages", { maxPages: -3 }, { field: "maxPages", rule: "must be a positive integer" }],
    ["a null filter", { filter: null as never }, { field: "filter", rule: "must be a string or a SegmentFilter" }],
    ["a numeric filter", { filter: 42 as never }, { field: "filter", rule: "must be a string or a SegmentFilter" }],
  ])("%s before sending anything", async (_name, options, { field, rule }) => {
    server.respond(pagesOf({ items: [], _links: {} }));
    const error = await listPages(options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field, rule, message: `Invalid ${field}: ${rule}` });
    expect(server.requests).toHaveLength(0);
  });

  it.each<[string, unknown, string]>([
    ["a page without items", { totalCount: 3 }, "getSegments answered a page without an items array (offset 0)"],
    ["a null segment", { items: [segment(0), null] }, "getSegments answered a segment without a key (offset 0)"],
    ["a segment without a key", { items: [{ name: "nameless" }] }, "getSegments answered a segment without a key (offset 0)"],
  ])("%s as an UnexpectedResponseError", async (_name, body, message) => {
    server.respond(pagesOf(body));
    const error = await listPages().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error).toMatchObject({ message, status: 200 });
    expect(server.requests).toHaveLength(1);
  });
});
