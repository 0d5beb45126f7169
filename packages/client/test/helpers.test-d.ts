import { describe, expectTypeOf, it } from "vitest";
import {
  createClient,
  exportBigSegment,
  importBigSegment,
  iterateSegmentPages,
  iterateSegments,
  segmentFilter as f,
  updateBigSegmentTargetsInBulk,
  type BigSegmentExportDownload,
  type BigSegmentExportResult,
  type BulkTargetsResult,
  type ImportBigSegmentResult,
  type SegmentFilter,
  type UserSegment,
  type UserSegments,
} from "../src/index.js";

const client = createClient({ apiKey: "k", retry: { maxAttempts: 3, onRetry: (e) => void e.delayMs } });
const where = { projectKey: "p", environmentKey: "e", segmentKey: "s" };

describe("resilience helpers: correct use compiles", () => {
  it("types results", () => {
    expectTypeOf(iterateSegments(client, { projectKey: "p", environmentKey: "e" })).toMatchTypeOf<AsyncIterable<UserSegment>>();
    expectTypeOf(iterateSegmentPages(client, { projectKey: "p", environmentKey: "e" })).toMatchTypeOf<AsyncIterable<UserSegments>>();
    expectTypeOf(importBigSegment(client, { ...where, csv: "key\n", mode: "merge" })).resolves.toEqualTypeOf<ImportBigSegmentResult>();
    expectTypeOf(exportBigSegment(client, where)).resolves.toEqualTypeOf<BigSegmentExportResult>();
    expectTypeOf(exportBigSegment(client, { ...where, download: true })).resolves.toEqualTypeOf<BigSegmentExportDownload>();
    expectTypeOf(
      updateBigSegmentTargetsInBulk(client, { ...where, target: "included", add: ["k"] }),
    ).resolves.toEqualTypeOf<BulkTargetsResult>();
  });

  it("builds filters", () => {
    expectTypeOf(f.and(f.tags.anyOf(["a"]), f.external.exists())).toEqualTypeOf<SegmentFilter>();
    const tree: SegmentFilter = {
      or: [
        { field: "query", op: "equals", value: ["a", "b"] },
        { field: "unbounded", op: "equals", value: false },
      ],
    };
    void tree;
  });
});

describe("resilience helpers: misuse fails to compile", () => {
  it("rejects bad options", () => {
    // @ts-expect-error retry is an object or false
    createClient({ apiKey: "k", retry: true });
    // @ts-expect-error tags supports only anyOf
    void f.tags.equals(["a"]);
    // @ts-expect-error unbounded takes a boolean
    const bad: SegmentFilter = { field: "unbounded", op: "equals", value: "true" };
    void bad;
    // @ts-expect-error query does not support anyOf
    const bad2: SegmentFilter = { field: "query", op: "anyOf", value: ["a"] };
    void bad2;
    // @ts-expect-error mode is merge or replace
    void importBigSegment(client, { ...where, csv: "key\n", mode: "append" });
    // @ts-expect-error target is included or excluded
    void updateBigSegmentTargetsInBulk(client, { ...where, target: "both", add: ["k"] });
    // @ts-expect-error a link-only export has no response
    void exportBigSegment(client, where).then((r) => r.response);
  });
});
