import { BadRequestError, ConflictError, NotFoundError, exportBigSegment, importBigSegment } from "@ldkit/client";
import { afterEach, describe, expect, it } from "vitest";
import { specEnum } from "../support/conformance.js";
import { harness, prod, type Harness } from "../support/harness.js";

let h: Harness;
afterEach(() => expect(h.violations).toEqual([]));
const big = { ...prod, segmentKey: "big" };
const bigSeed = { key: "big", unbounded: true, unboundedContextKind: "device" };

describe("big segment targets", () => {
  it("adds and removes keys, looks them up, counts them in _unboundedMetadata", async () => {
    h = harness({ segments: [bigSeed] });
    await h.client.updateBigSegmentContextTargets({ ...big, body: { included: { add: ["d-1", "d-2"] }, excluded: { add: ["d-3"] } } });
    await h.client.updateBigSegmentTargets({ ...big, body: { included: { remove: ["d-2"] } } });
    expect(await h.client.getSegmentMembershipForContext({ ...big, contextKey: "d-1" })).toEqual({
      userKey: "d-1",
      included: true,
      excluded: false,
    });
    expect(await h.client.getSegmentMembershipForUser({ ...big, userKey: "d-2" })).toEqual({
      userKey: "d-2",
      included: false,
      excluded: false,
    });
    expect(await h.client.getSegmentMembershipForContext({ ...big, contextKey: "d-3" })).toEqual({
      userKey: "d-3",
      included: false,
      excluded: true,
    });
    const segment = await h.client.getSegment(big);
    expect(segment._unboundedMetadata).toMatchObject({ includedCount: 1, excludedCount: 1, version: 2 });
    expect(segment).not.toHaveProperty("included");
  });

  it("refuses a key both included and excluded, changing nothing", async () => {
    h = harness({ segments: [{ ...bigSeed, bigTargets: { included: ["d-1"] } }] });
    const before = h.emulator.snapshot();
    const error = await h.client.updateBigSegmentTargets({ ...big, body: { excluded: { add: ["d-2", "d-1"] } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(h.emulator.snapshot()).toEqual(before);
    // moving it is fine when the same request takes it out of the other list
    await h.client.updateBigSegmentTargets({ ...big, body: { included: { remove: ["d-1"] }, excluded: { add: ["d-1"] } } });
    expect(await h.client.getSegmentMembershipForUser({ ...big, userKey: "d-1" })).toMatchObject({ included: false, excluded: true });
  });

  it.each(["a/b", "x y", "é%", "ann@example.com"])("path keys are percent-decoded: %s", async (key) => {
    h = harness({ segments: [{ ...bigSeed, bigTargets: { included: [key] } }] });
    expect(await h.client.getSegmentMembershipForContext({ ...big, contextKey: key })).toEqual({
      userKey: key,
      included: true,
      excluded: false,
    });
  });

  it("400 on a standard segment, 404 on an unknown one", async () => {
    h = harness({ segments: [{ key: "std" }] });
    await expect(h.client.getSegmentMembershipForContext({ ...prod, segmentKey: "std", contextKey: "x" })).rejects.toBeInstanceOf(
      BadRequestError,
    );
    await expect(h.client.updateBigSegmentTargets({ ...prod, segmentKey: "nope", body: {} })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("imports", () => {
  it("goes preparing → in_progress → complete on the clock (statuses of the spec) and merges", async () => {
    h = harness({ segments: [{ ...bigSeed, bigTargets: { included: ["d-0"], excluded: ["d-2"] } }] });
    const { id, location } = await h.client.createBigSegmentImport({
      ...big,
      body: { file: new Blob(["key\nd-1\nd-2\n"], { type: "text/csv" }), mode: "merge" },
    });
    expect(location).toBe(`/api/v2/segments/default/production/big/imports/${id}`);
    const status = async () => (await h.client.getBigSegmentImport({ ...big, importID: id })).status;
    const seen = [await status()];
    expect((await h.client.getSegment(big))._importInProgress).toBe(true);
    h.emulator.clock.advance(300);
    seen.push(await status());
    h.emulator.clock.advance(300);
    seen.push(await status());
    expect(seen).toEqual(["preparing", "in_progress", "complete"]);
    for (const s of seen) expect(specEnum("ImportStatus") ?? seen).toContain(s);
    const m = (k: string) => h.client.getSegmentMembershipForUser({ ...big, userKey: k });
    expect(await m("d-0")).toMatchObject({ included: true });
    expect(await m("d-2")).toEqual({ userKey: "d-2", included: true, excluded: false });
    expect((await h.client.getSegment(big))._importInProgress).toBe(false);
  });

  it("replace makes the file the included list", async () => {
    h = harness({ segments: [{ ...bigSeed, bigTargets: { included: ["old-1", "old-2"] } }] });
    const { id } = await h.client.createBigSegmentImport({ ...big, body: { file: new Blob(["new-1\n"]), mode: "replace" } });
    h.emulator.clock.advance(1000);
    expect((await h.client.getBigSegmentImport({ ...big, importID: id })).status).toBe("complete");
    expect((await h.client.getSegment(big))._unboundedMetadata?.includedCount).toBe(1);
  });

  it("409 while one runs", async () => {
    h = harness({ segments: [bigSeed] });
    await h.client.createBigSegmentImport({ ...big, body: { file: new Blob(["a\n"]), mode: "merge" } });
    await expect(h.client.createBigSegmentImport({ ...big, body: { file: new Blob(["b\n"]), mode: "merge" } })).rejects.toBeInstanceOf(
      ConflictError,
    );
    h.emulator.clock.advance(1000);
    await h.client.createBigSegmentImport({ ...big, body: { file: new Blob(["b\n"]), mode: "merge" } });
  });

  it("waitOnApprovals waits in pending_approval until processBigSegmentImport", async () => {
    h = harness({ segments: [bigSeed] });
    const { id } = await h.client.createBigSegmentImport({
      ...big,
      body: { file: new Blob(["d-1\n"]), mode: "merge", waitOnApprovals: true },
    });
    h.emulator.clock.advance(10_000);
    expect((await h.client.getBigSegmentImport({ ...big, importID: id })).status).toBe("pending_approval");
    expect(specEnum("ImportStatus") ?? ["pending_approval"]).toContain("pending_approval");
    await h.client.patchSegment({
      ...big,
      body: { environmentKey: "production", instructions: [{ kind: "processBigSegmentImport", importId: id }] },
    });
    h.emulator.clock.advance(300);
    expect((await h.client.getBigSegmentImport({ ...big, importID: id })).status).toBe("complete");
    expect(await h.client.getSegmentMembershipForUser({ ...big, userKey: "d-1" })).toMatchObject({ included: true });
  });

  it("processBigSegmentImport of an unknown or running import is a 400", async () => {
    h = harness({ segments: [bigSeed] });
    const { id } = await h.client.createBigSegmentImport({ ...big, body: { file: new Blob(["d-1\n"]), mode: "merge" } });
    for (const importId of [id, "nope"]) {
      await expect(
        h.client.patchSegment({
          ...big,
          body: { environmentKey: "production", instructions: [{ kind: "processBigSegmentImport", importId }] },
        }),
      ).rejects.toBeInstanceOf(BadRequestError);
    }
  });

  it.each([
    ["no keys", "\n\n", /no keys/],
    ["malformed CSV", 'a,"unterminated\n', /not valid CSV/],
  ])("400 for %s", async (_name, csv, message) => {
    h = harness({ segments: [bigSeed] });
    const error = await h.client
      .createBigSegmentImport({ ...big, body: { file: new Blob([csv]), mode: "merge" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).apiMessage).toMatch(message);
  });

  it("runs with wall time by default: the client's importBigSegment helper completes", async () => {
    h = harness({ now: undefined, jobs: { stepMs: 20 }, segments: [bigSeed] });
    const result = await importBigSegment(h.client, {
      ...big,
      csv: "key\nd-1\nd-2\n",
      mode: "merge",
      pollIntervalMs: 20,
      timeoutMs: 10_000,
    });
    expect(result.outcome).toBe("complete");
    expect(result.import.status).toBe("complete");
  });
});

describe("exports", () => {
  it("completes on the clock with a download link the emulator serves as CSV", async () => {
    h = harness({ segments: [{ ...bigSeed, bigTargets: { included: ["d-1", "d,2"] } }] });
    const { id, location } = await h.client.createBigSegmentExport(big);
    expect(location).toBe(`/api/v2/segments/default/production/big/exports/${id}`);
    expect((await h.client.getBigSegmentExport({ ...big, exportID: id })).status).toBe("preparing");
    h.emulator.clock.advance(600);
    const done = await h.client.getBigSegmentExport({ ...big, exportID: id });
    expect(done.status).toBe("complete");
    const response = await h.client.fetch(done._links!.download!.href!);
    expect(response.headers.get("content-type")).toBe("text/csv");
    expect(await response.text()).toBe('d-1\n"d,2"\n');
    expect(done.sizeBytes).toBe(10);
  });

  it("404 for an unknown export", async () => {
    h = harness({ segments: [bigSeed] });
    await expect(h.client.getBigSegmentExport({ ...big, exportID: "nope" })).rejects.toBeInstanceOf(NotFoundError);
    expect((await h.fetch("/emulator/exports/nope.csv")).status).toBe(404);
  });

  it("the client's exportBigSegment helper downloads it (wall time)", async () => {
    h = harness({ now: undefined, jobs: { stepMs: 20 }, segments: [{ ...bigSeed, bigTargets: { included: ["d-1"] } }] });
    const result = await exportBigSegment(h.client, { ...big, download: true, pollIntervalMs: 20, timeoutMs: 10_000 });
    expect(await result.response.text()).toBe("d-1\n");
  });
});

describe("import form validation (against the spec's BigSegmentImportForm)", () => {
  it.each([
    ["an unknown field", (f: FormData) => f.set("colour", "red"), /unknown property "colour"/],
    ["a bad mode", (f: FormData) => f.set("mode", "append"), /mode must be one of/],
    ["a bad waitOnApprovals", (f: FormData) => f.set("waitOnApprovals", "maybe"), /waitOnApprovals must be boolean/],
    ["no file", (f: FormData) => f.delete("file"), /required property 'file'/],
  ])("400 for %s", async (_name, change, message) => {
    h = harness({ segments: [bigSeed] });
    const form = new FormData();
    form.set("file", new Blob(["k\n"]), "k.csv");
    form.set("mode", "merge");
    change(form);
    const response = await h.fetch("/api/v2/segments/default/production/big/imports", { method: "POST", body: form });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(message);
  });
});
