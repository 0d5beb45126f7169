import { BadRequestError, NotFoundError } from "@ldkit/client";
import { afterEach, describe, expect, it } from "vitest";
import { harness, prod, T0, type Harness } from "../support/harness.js";

let h: Harness;
afterEach(() => expect(h.violations).toEqual([]));

describe("postSegment / getSegment / deleteSegment", () => {
  it("creates a segment LaunchDarkly-shaped: version 1, dates from the clock, _links", async () => {
    h = harness();
    const created = await h.client.postSegment({
      ...prod,
      body: { key: "beta", name: "Beta testers", description: "d", tags: ["x", "x", "y"] },
    });
    expect(created).toMatchObject({
      key: "beta",
      name: "Beta testers",
      description: "d",
      tags: ["x", "y"],
      version: 1,
      creationDate: T0,
      lastModifiedDate: T0,
      rules: [],
      deleted: false,
      generation: 1,
    });
    expect(created._links?.self?.href).toBe("/api/v2/segments/default/production/beta");
    expect(created).not.toHaveProperty("salt");
    const read = await h.client.getSegment({ ...prod, segmentKey: "beta" });
    expect(read).toEqual(created);
  });

  it("refuses a duplicate key and keeps the first segment", async () => {
    h = harness();
    await h.client.postSegment({ ...prod, body: { key: "beta", name: "First" } });
    const error = await h.client.postSegment({ ...prod, body: { key: "beta", name: "Second" } }).catch((e: unknown) => e);
    expect((error as { status: number }).status).toBeGreaterThanOrEqual(400);
    expect((await h.client.getSegment({ ...prod, segmentKey: "beta" })).name).toBe("First");
  });

  it.each([
    ["unknown project", { projectKey: "nope", environmentKey: "production" }, /project "nope"/],
    ["unknown environment", { projectKey: "default", environmentKey: "staging" }, /environment "staging"/],
  ])("404 for an %s", async (_name, where, message) => {
    h = harness();
    const error = await h.client.getSegments(where).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).apiMessage).toMatch(message);
  });

  it("deletes, then 404s", async () => {
    h = harness({ segments: [{ key: "old" }] });
    await h.client.deleteSegment({ ...prod, segmentKey: "old" });
    await expect(h.client.getSegment({ ...prod, segmentKey: "old" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(h.client.deleteSegment({ ...prod, segmentKey: "old" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("keeps environments apart", async () => {
    h = harness();
    await h.client.postSegment({ ...prod, body: { key: "beta", name: "Beta" } });
    expect((await h.client.getSegments({ projectKey: "default", environmentKey: "test" })).items).toEqual([]);
  });

  it("400s a body the spec rejects, naming the field", async () => {
    h = harness();
    const response = await h.fetch("/api/v2/segments/default/production", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ key: "k", name: "n", colour: "red" }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ code: "invalid_request", message: 'body has unknown property "colour"' });
  });
});

describe("getSegments", () => {
  const seeded = () =>
    harness({
      segments: [
        { key: "alpha", name: "Zeta", tags: ["beta"], description: "toggle users" },
        { key: "bravo", name: "Yankee", tags: ["enterprise"] },
        { key: "charlie", name: "Xray", unbounded: true },
        { key: "delta", name: "Whiskey", tags: ["beta", "enterprise"] },
        { key: "echo", name: "Victor" },
      ],
    });

  it.each([
    ['tags anyOf ["beta"]', ["alpha", "delta"]],
    ['tags anyOf ["enterprise", "beta"],query equals "toggle"', ["alpha"]],
    ['excludedKeys anyOf ["alpha", "bravo"]', ["charlie", "delta", "echo"]],
    ['includedKeys anyOf ["echo"]', ["echo"]],
    ["unbounded equals true", ["charlie"]],
    ["unbounded equals false", ["alpha", "bravo", "delta", "echo"]],
    ["external exists true", []],
    ['query equals "yank"', ["bravo"]],
    ['(tags anyOf ["enterprise"]|unbounded equals true),excludedKeys anyOf ["delta"]', ["bravo", "charlie"]],
  ])("filter %s", async (filter, want) => {
    h = seeded();
    const { items, totalCount } = await h.client.getSegments({ ...prod, filter });
    expect(items.map((s) => s.key)).toEqual(want);
    expect(totalCount).toBe(want.length);
  });

  it("sorts by name, descending, and pages with totalCount and next/prev links", async () => {
    h = seeded();
    const first = await h.client.getSegments({ ...prod, sort: "name", limit: 2 });
    expect(first.items.map((s) => s.name)).toEqual(["Victor", "Whiskey"]);
    expect(first.totalCount).toBe(5);
    expect(first._links?.next?.href).toBe("/api/v2/segments/default/production?limit=2&offset=2&sort=name");
    expect(first._links).not.toHaveProperty("prev");
    const second = await h.client.getSegments({ ...prod, sort: "name", limit: 2, offset: 2 });
    expect(second.items.map((s) => s.name)).toEqual(["Xray", "Yankee"]);
    expect(second._links?.prev?.href).toBe("/api/v2/segments/default/production?limit=2&offset=0&sort=name");
    const last = await h.client.getSegments({ ...prod, sort: "-name", limit: 2, offset: 4 });
    expect(last.items.map((s) => s.name)).toEqual(["Victor"]);
    expect(last._links).not.toHaveProperty("next");
  });

  it("defaults to 20 items", async () => {
    h = harness({ segments: Array.from({ length: 25 }, (_, i) => ({ key: `s-${String(i).padStart(2, "0")}` })) });
    const page = await h.client.getSegments(prod);
    expect(page.items).toHaveLength(20);
    expect(page.totalCount).toBe(25);
  });

  it.each([
    ["a bad filter", { filter: "tags anyOf" }, /Invalid filter/],
    ["an unknown sort field", { sort: "colour" }, /Invalid sort field "colour"/],
  ])("400 for %s", async (_name, query, message) => {
    h = seeded();
    const error = await h.client.getSegments({ ...prod, ...query }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).apiMessage).toMatch(message);
  });

  it("400 for an unknown or mistyped query parameter", async () => {
    h = seeded();
    for (const query of ["colour=red", "limit=abc", "limit=0", "offset=-1"]) {
      const response = await h.fetch(`/api/v2/segments/default/production?${query}`);
      expect(response.status, query).toBe(400);
    }
  });
});
