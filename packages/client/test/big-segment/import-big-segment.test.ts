import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  APIUserAbortError,
  BadRequestError,
  BigSegmentImportError,
  BigSegmentTimeoutError,
  ConflictError,
  createClient,
  importBigSegment,
  ImportInProgressError,
  ValidationError,
  type CsvSource,
  type ImportProgress,
  type LdkitClient,
} from "../../src/index.js";
import { timing } from "../../src/internal/timing.js";
import { formDataOf } from "../support/multipart.js";
import { fakeTiming } from "../support/fake-timing.js";
import { startRecordingServer, type RecordedRequest, type RecordingServer, type ScriptedResponse } from "../support/recording-server.js";

const CSV = "key\nuser-1\nuser-2\nuser-3\n";
const base = "/api/v2/segments/p/e/big";
const where = { projectKey: "p", environmentKey: "e", segmentKey: "big" };

const importState = (status: string) => ({
  id: "imp-1",
  segmentKey: "big",
  creationTime: 1,
  mode: "replace",
  status,
  files: [{ filename: "import.csv", status }],
  _links: { self: { href: `${base}/imports/imp-1` } },
});

/** Accepts the upload, then answers the polls with `statuses` in order (the last one forever). */
function importServer(statuses: string[], upload: ScriptedResponse = { status: 204, headers: { location: `${base}/imports/imp-1` } }) {
  let polls = 0;
  return (req: RecordedRequest): ScriptedResponse => {
    if (req.method === "POST" && req.path === `${base}/imports`) return upload;
    if (req.method === "GET" && req.path === `${base}/imports/imp-1`) {
      return { status: 200, body: importState(statuses[Math.min(polls++, statuses.length - 1)]!) };
    }
    return { status: 404, body: { code: "not_found", message: req.path } };
  };
}

let server: RecordingServer;
let client: LdkitClient;
const waits = fakeTiming({ now: 0 });
let dir: string;

beforeAll(async () => {
  server = await startRecordingServer();
  client = createClient({ apiKey: "api-import", baseUrl: server.baseUrl, retry: false });
  dir = await mkdtemp(join(tmpdir(), "ldkit-import-"));
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  server.requests.length = 0;
});

describe("importBigSegment", () => {
  it("uploads the CSV as multipart, polls with growing waits through preparing → in_progress → complete, and reports progress", async () => {
    server.respond(importServer(["preparing", "in_progress", "in_progress", "complete"]));
    const progress: ImportProgress[] = [];
    const result = await importBigSegment(client, { ...where, csv: CSV, mode: "replace", onProgress: (p) => progress.push(p) });

    expect(result).toEqual({ outcome: "complete", id: "imp-1", location: `${base}/imports/imp-1`, import: importState("complete") });
    const [upload, ...polls] = server.requests;
    expect(upload!.method).toBe("POST");
    expect(upload!.path).toBe(`${base}/imports`);
    const form = await formDataOf(upload!);
    expect(await (form.get("file") as File).text()).toBe(CSV);
    expect((form.get("file") as File).name).toBe("import.csv");
    expect(form.get("mode")).toBe("replace");
    expect(form.has("waitOnApprovals")).toBe(false);
    expect(polls.map((r) => `${r.method} ${r.path}`)).toEqual(Array(4).fill(`GET ${base}/imports/imp-1`));
    expect(waits).toEqual([1_000, 1_500, 2_250, 3_375]);
    expect(progress.map((p) => (p.stage === "polled" ? p.import.status : p.stage))).toEqual([
      "uploaded",
      "preparing",
      "in_progress",
      "in_progress",
      "complete",
    ]);
    expect(progress[0]).toEqual({ stage: "uploaded", id: "imp-1", location: `${base}/imports/imp-1` });
  });

  describe("when LaunchDarkly waits for a person", () => {
    const location = `${base}/imports/imp-1`;
    it.each<[string, { statuses: string[]; waitOnApprovals?: boolean; want: Record<string, unknown>; polls: number }]>([
      [
        "pending_approval returns promptly, with waitOnApprovals",
        { statuses: ["preparing", "pending_approval", "complete"], waitOnApprovals: true, want: { outcome: "pending_approval" }, polls: 2 },
      ],
      [
        "pending_approval returns promptly, without waitOnApprovals",
        { statuses: ["pending_approval", "complete"], want: { outcome: "pending_approval" }, polls: 1 },
      ],
      [
        "ready with waitOnApprovals returns the processBigSegmentImport instruction",
        {
          statuses: ["preparing", "ready", "in_progress", "complete"],
          waitOnApprovals: true,
          want: { outcome: "ready", process: { kind: "processBigSegmentImport", importId: "imp-1" } },
          polls: 2,
        },
      ],
      [
        "ready without waitOnApprovals is a step on the way, polled past",
        { statuses: ["preparing", "ready", "in_progress", "complete"], want: { outcome: "complete" }, polls: 4 },
      ],
    ])("%s", async (_name, { statuses, waitOnApprovals, want, polls }) => {
      server.respond(importServer(statuses));
      const result = await importBigSegment(client, {
        ...where,
        csv: CSV,
        mode: "merge",
        ...(waitOnApprovals === undefined ? {} : { waitOnApprovals }),
      });
      const status = statuses[polls - 1]!;
      expect(result).toEqual({ id: "imp-1", location, import: importState(status), ...want });
      expect(server.requests).toHaveLength(1 + polls);
      const form = await formDataOf(server.requests[0]!);
      expect(form.get("waitOnApprovals")).toBe(waitOnApprovals === undefined ? null : String(waitOnApprovals));
    });

    it("never polls into the timeout while an approval is pending", async () => {
      server.respond(importServer(["pending_approval"]));
      const result = await importBigSegment(client, { ...where, csv: CSV, mode: "merge", waitOnApprovals: true, timeoutMs: 60_000 });
      expect(result.outcome).toBe("pending_approval");
      expect(server.requests).toHaveLength(2);
      expect(waits).toEqual([1_000]);
    });

    it("keepWaiting polls through pending_approval and ready until complete", async () => {
      server.respond(importServer(["pending_approval", "pending_approval", "ready", "in_progress", "complete"]));
      const result = await importBigSegment(client, {
        ...where,
        csv: CSV,
        mode: "merge",
        waitOnApprovals: true,
        keepWaiting: true,
        pollIntervalMs: 10,
        maxPollIntervalMs: 12,
      });
      expect(result).toEqual({ outcome: "complete", id: "imp-1", location, import: importState("complete") });
      expect(server.requests).toHaveLength(6);
      expect(waits).toEqual([10, 12, 12, 12, 12]);
    });

    it("keepWaiting is still bounded by timeoutMs", async () => {
      server.respond(importServer(["pending_approval"]));
      const error = await importBigSegment(client, { ...where, csv: CSV, mode: "merge", keepWaiting: true, timeoutMs: 3_000 }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(BigSegmentTimeoutError);
      expect((error as BigSegmentTimeoutError).last?.status).toBe("pending_approval");
      expect(waits).toEqual([1_000, 1_500]);
    });
  });

  it("reports a status ldkit does not know through onProgress and polls past it", async () => {
    server.respond(importServer(["preparing", "validating", "complete"]));
    const progress: ImportProgress[] = [];
    const result = await importBigSegment(client, { ...where, csv: CSV, mode: "merge", onProgress: (p) => progress.push(p) });
    expect(result.outcome).toBe("complete");
    expect(progress.map((p) => (p.stage === "polled" ? p.import.status : p.stage))).toEqual([
      "uploaded",
      "preparing",
      "validating",
      "complete",
    ]);
  });

  describe("CSV sources", () => {
    const bytes = new TextEncoder().encode(CSV);
    const sources: [string, () => CsvSource | Promise<CsvSource>, string][] = [
      ["a string", () => CSV, "import.csv"],
      ["a Blob", () => new Blob([CSV]), "import.csv"],
      ["a File (its name is kept)", () => new File([CSV], "devices.csv"), "devices.csv"],
      ["a web ReadableStream", () => new Blob([CSV]).stream(), "import.csv"],
      ["a Node.js Readable", () => Readable.from([bytes.slice(0, 5), bytes.slice(5)]), "import.csv"],
      [
        "an async iterable of strings",
        () =>
          (async function* () {
            yield "key\n";
            yield "user-1\nuser-2\nuser-3\n";
          })(),
        "import.csv",
      ],
      ["an array of chunks", () => ["key\nuser-1\n", bytes.slice(11)], "import.csv"],
      [
        "a file path",
        async () => {
          const path = join(dir, "keys.csv");
          await writeFile(path, CSV);
          return { path };
        },
        "keys.csv",
      ],
    ];
    it.each(sources)("%s", async (_name, make, filename) => {
      server.respond(importServer(["complete"]));
      await importBigSegment(client, { ...where, csv: await make(), mode: "merge" });
      const file = (await formDataOf(server.requests[0]!)).get("file") as File;
      expect(await file.text()).toBe(CSV);
      expect(file.name).toBe(filename);
      expect(file.type).toBe("text/csv");
    });
  });

  it.each(["stopped"])("an import that ends %s throws BigSegmentImportError carrying the Import", async (status) => {
    server.respond(importServer(["preparing", "in_progress", status]));
    let error: unknown;
    try {
      await importBigSegment(client, { ...where, csv: CSV, mode: "replace" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BigSegmentImportError);
    expect((error as BigSegmentImportError).import).toEqual(importState(status));
    expect((error as Error).message).toContain(status);
  });

  it("a 409 surfaces as ImportInProgressError, a ConflictError, without polling", async () => {
    server.respond(importServer([], { status: 409, body: { code: "conflict", message: "import already in progress" } }));
    let error: unknown;
    try {
      await importBigSegment(client, { ...where, csv: CSV, mode: "replace" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportInProgressError);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ImportInProgressError).status).toBe(409);
    expect((error as ImportInProgressError).segmentKey).toBe("big");
    expect((error as Error).message).toMatch(/Another import is already in progress for big segment "big"/);
    expect((error as Error).message).toContain("import already in progress");
    expect(server.requests).toHaveLength(1);
  });

  it("gives up after timeoutMs with BigSegmentTimeoutError, even with a clock that stands still", async () => {
    server.respond(importServer(["in_progress"]));
    let error: unknown;
    try {
      await importBigSegment(client, { ...where, csv: CSV, mode: "replace", timeoutMs: 10_000 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BigSegmentTimeoutError);
    expect(error).toMatchObject({
      kind: "import",
      id: "imp-1",
      message: "Big segment import imp-1 did not finish within 10000 ms (last status: in_progress); it may still complete",
    });
    expect((error as BigSegmentTimeoutError).last?.status).toBe("in_progress");
    expect(waits).toEqual([1_000, 1_500, 2_250, 3_375]); // the next wait (5 063) would pass 10 000
    expect(server.requests).toHaveLength(5);
  });

  it("still takes a wait that ends exactly at timeoutMs", async () => {
    server.respond(importServer(["in_progress", "complete"]));
    const result = await importBigSegment(client, { ...where, csv: CSV, mode: "replace", timeoutMs: 2_500 });
    expect(result.outcome).toBe("complete");
    expect(waits).toEqual([1_000, 1_500]);
  });

  it("any other failure of the upload is the typed error of its status, not ImportInProgressError", async () => {
    server.respond(importServer([], { status: 400, body: { code: "invalid_request", message: "bad file" } }));
    const error = await importBigSegment(client, { ...where, csv: CSV, mode: "replace" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).not.toBeInstanceOf(ImportInProgressError);
    expect(server.requests).toHaveLength(1);
  });

  it("an already aborted signal sends nothing", async () => {
    server.respond(importServer(["complete"]));
    const controller = new AbortController();
    controller.abort();
    await expect(importBigSegment(client, { ...where, csv: CSV, mode: "replace", signal: controller.signal })).rejects.toBeInstanceOf(
      APIUserAbortError,
    );
    expect(server.requests).toHaveLength(0);
  });

  it("gives up by the clock too", async () => {
    let t = 0;
    vi.spyOn(timing, "now").mockImplementation(() => (t += 4_000));
    server.respond(importServer(["in_progress"]));
    await expect(
      importBigSegment(client, { ...where, csv: CSV, mode: "replace", timeoutMs: 10_000, pollIntervalMs: 100 }),
    ).rejects.toBeInstanceOf(BigSegmentTimeoutError);
    expect(server.requests.length).toBeLessThan(5);
  });

  it("an abort cancels a pending wait", async () => {
    vi.mocked(timing.sleep).mockRestore();
    const controller = new AbortController();
    server.respond(importServer(["in_progress"]));
    const pending = importBigSegment(client, {
      ...where,
      csv: CSV,
      mode: "replace",
      pollIntervalMs: 3_600_000,
      maxPollIntervalMs: 3_600_000,
      timeoutMs: 86_400_000,
      signal: controller.signal,
      onProgress: () => setImmediate(() => controller.abort()),
    });
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(1);
  });

  it.each<[string, Record<string, unknown>, string, string | RegExp]>([
    ["a bad mode", { mode: "append" }, "mode", 'must be "merge" or "replace"'],
    ["an empty CSV", { csv: "" }, "csv", "is empty"],
    ["an unsupported CSV source", { csv: 42 }, "csv", /^must be a string, Blob/],
    ["a missing file", { csv: { path: "/nonexistent/ldkit/keys.csv" } }, "csv.path", /^cannot be read/],
    ["a bad poll interval", { pollIntervalMs: 0 }, "pollIntervalMs", "must be a positive number of milliseconds"],
    ["a bad maximum poll interval", { maxPollIntervalMs: Number.NaN }, "maxPollIntervalMs", "must be a positive number of milliseconds"],
    ["a bad timeout", { timeoutMs: -5 }, "timeoutMs", "must be a positive number of milliseconds"],
    ["a waitOnApprovals that is not a boolean", { waitOnApprovals: "yes" }, "waitOnApprovals", "must be a boolean"],
    ["a keepWaiting that is not a boolean", { keepWaiting: "yes" }, "keepWaiting", "must be a boolean"],
  ])("rejects %s before uploading", async (_name, override, field, rule) => {
    server.respond(importServer(["complete"]));
    let error: unknown;
    try {
      await importBigSegment(client, { ...where, csv: CSV, mode: "merge", ...override } as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field, rule: typeof rule === "string" ? rule : expect.stringMatching(rule) });
    expect(server.requests).toHaveLength(0);
  });
});
