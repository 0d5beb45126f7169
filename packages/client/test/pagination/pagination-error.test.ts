import { describe, expect, it } from "vitest";
import { LDError, PaginationError } from "../../src/index.js";

describe("PaginationError", () => {
  it("names itself, keeps the pages read and logs them as details", () => {
    const error = new PaginationError("Listing segments did not end within maxPages (3) pages", 3);
    expect(error).toBeInstanceOf(LDError);
    expect(error.name).toBe("PaginationError");
    expect(error.pages).toBe(3);
    expect(error.toJSON()).toMatchObject({
      name: "PaginationError",
      message: "Listing segments did not end within maxPages (3) pages",
      details: { pages: 3 },
    });
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name: "PaginationError", details: { pages: 3 } });
  });
});
