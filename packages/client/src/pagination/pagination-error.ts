import { LDError } from "../errors.js";

/**
 * A listing did not end within its bounds: more pages than `maxPages`, or a `_links.next` that
 * points back at a page already read (a server repeating pages). Thrown instead of stopping
 * silently, so a truncated listing never passes for a complete one.
 * @example
 * try { for await (const s of iterateSegments(client, where)) use(s); }
 * catch (e) { if (e instanceof PaginationError) console.error(`gave up after ${e.pages} pages`); }
 */
export class PaginationError extends LDError {
  override name = "PaginationError";
  /** Pages read before giving up. */
  readonly pages: number;

  constructor(message: string, pages: number) {
    super(message);
    this.pages = pages;
  }

  override toJSON() {
    return { ...super.toJSON(), details: { pages: this.pages } };
  }
}
