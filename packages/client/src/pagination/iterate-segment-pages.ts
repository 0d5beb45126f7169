import { UnexpectedResponseError, ValidationError } from "../errors.js";
import type { LdkitClient } from "../create-client.js";
import type { UserSegments } from "../generated/models.gen.js";
import { formatSegmentFilter } from "../filter/format.js";
import type { SegmentFilter } from "../filter/types.js";
import { parseSegmentFilter } from "../filter/parse.js";
import { PaginationError } from "./pagination-error.js";

/**
 * Options of {@link iterateSegmentPages} and {@link iterateSegments}.
 * @example
 * const options: IterateSegmentsOptions = { projectKey: "default", environmentKey: "production", filter: 'tags anyOf ["beta"]', sort: "name", pageSize: 100 };
 */
export interface IterateSegmentsOptions {
  projectKey: string;
  environmentKey: string;
  /** A filter string (`tags anyOf ["beta"]`) or a {@link SegmentFilter} tree, validated before the first request. */
  filter?: string | SegmentFilter;
  /** Sort fields, e.g. `name` or `-lastModified,name`; passed through. */
  sort?: string;
  /** Segments per request (`limit`), default 50. */
  pageSize?: number;
  /** Upper bound on the number of requests (default 10 000); reaching it throws {@link PaginationError}. */
  maxPages?: number;
  /** Cancels the listing; the pending request rejects with `APIUserAbortError`. */
  signal?: AbortSignal;
}

/**
 * Lists segments page by page with `limit`/`offset`. Follows `_links.next` when the server sends
 * one (the next request takes its `limit`, `offset`, `sort` and `filter`), else advances `offset`
 * by the items received. Stops at an empty page, at `offset ≥ totalCount`, or — when the server
 * sends neither `totalCount` nor `next` — at a short page. A page that adds no segment not listed
 * before, a `next` link seen before, or more than `maxPages` pages, throws {@link PaginationError};
 * a page without an `items` array, or with a segment that has no `key`, is an `UnexpectedResponseError` — a listing never ends silently short. Each page is a request through the client, so
 * it gets the client's retries and timeout.
 * @example
 * for await (const page of iterateSegmentPages(client, { projectKey: "default", environmentKey: "production", pageSize: 100 })) {
 *   console.log(`${page.items.length} of ${page.totalCount}`);
 * }
 */
export async function* iterateSegmentPages(
  client: LdkitClient,
  options: IterateSegmentsOptions,
): AsyncGenerator<UserSegments, void, undefined> {
  const { projectKey, environmentKey, sort, signal } = options;
  const pageSize = options.pageSize ?? 50;
  const maxPages = options.maxPages ?? 10_000;
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new ValidationError("pageSize", "must be a positive integer");
  if (!Number.isInteger(maxPages) || maxPages < 1) throw new ValidationError("maxPages", "must be a positive integer");
  const filter = typeof options.filter === "object" && options.filter !== null ? formatSegmentFilter(options.filter) : options.filter;
  if (filter !== undefined && typeof filter !== "string") throw new ValidationError("filter", "must be a string or a SegmentFilter");
  // A string is parsed (so validated) before the first request; a tree was validated by the formatter.
  if (typeof options.filter === "string") parseSegmentFilter(options.filter);

  let query: { limit: number; offset: number; sort?: string; filter?: string } = {
    limit: pageSize,
    offset: 0,
    ...(sort !== undefined ? { sort } : {}),
    ...(filter !== undefined ? { filter } : {}),
  };
  const seenNext = new Set<string>();
  const seenKeys = new Set<string>();
  for (let pages = 0; ; ) {
    if (pages >= maxPages) throw new PaginationError(`Listing segments did not end within maxPages (${maxPages}) pages`, pages);
    const page = await client.getSegments({ projectKey, environmentKey, ...query, ...(signal ? { signal } : {}) });
    pages++;
    // (the client already rejects a 2xx body that is not an object)
    if (!Array.isArray(page.items))
      throw new UnexpectedResponseError(`getSegments answered a page without an items array (offset ${query.offset})`, 200, {});
    const items = page.items;
    if (items.length === 0) return;
    if (!items.every((segment) => typeof segment?.key === "string"))
      throw new UnexpectedResponseError(`getSegments answered a segment without a key (offset ${query.offset})`, 200, {});
    const before = seenKeys.size;
    for (const segment of items) seenKeys.add(segment.key);
    if (seenKeys.size === before)
      throw new PaginationError(
        `Page ${pages} (offset ${query.offset}) holds only segments already listed: the server is repeating pages`,
        pages,
      );
    yield page;
    const offset = query.offset + items.length;
    const total = page.totalCount;
    if (typeof total === "number" && offset >= total) return;
    const next = page._links?.next?.href;
    if (next) {
      if (seenNext.has(next)) throw new PaginationError(`The server repeated the next link ${next}`, pages);
      seenNext.add(next);
      query = nextQuery(next, query, offset);
    } else if (typeof total === "number" || items.length >= query.limit) {
      query = { ...query, offset };
    } else {
      return;
    }
  }
}

/** The query of a `_links.next` href; missing values keep the current ones (offset: advanced). */
function nextQuery(href: string, current: { limit: number; offset: number; sort?: string; filter?: string }, offset: number) {
  const params = new URL(href, "http://next.invalid").searchParams;
  const int = (name: string, fallback: number) => {
    const n = Number(params.get(name) || NaN); // missing or empty (`offset=`): the fallback
    return Number.isInteger(n) && n >= 0 ? n : fallback;
  };
  const sort = params.get("sort") ?? current.sort;
  const filter = params.get("filter") ?? current.filter;
  return {
    limit: Math.max(1, int("limit", current.limit)),
    offset: int("offset", offset),
    ...(sort !== undefined ? { sort } : {}),
    ...(filter !== undefined ? { filter } : {}),
  };
}
