import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  APIUserAbortError,
  BigSegmentExportError,
  BigSegmentTimeoutError,
  createClient,
  exportBigSegment,
  NotFoundError,
  ValidationError,
  type ExportProgress,
  type LdkitClient,
} from "../../src/index.js";
import { fakeTiming } from "../support/fake-timing.js";
import { startRecordingServer, type RecordedRequest, type RecordingServer, type ScriptedResponse } from "../support/recording-server.js";

const TOKEN = "api-EXPORT-91c2-token";
const CSV = "key\ndevice-1\ndevice-2\n";
const base = "/api/v2/segments/p/e/big";
const where = { projectKey: "p", environmentKey: "e", segmentKey: "big" };

const exportState = (status: string, download?: string) => ({
  id: "exp-7",
  segmentKey: "big",
  creationTime: 1,
  status,
  sizeBytes: CSV.length,
  size: "1 KB",
  initiator: { name: "A", email: "a@example.com" },
  _links: { self: { href: `${base}/exports/exp-7` }, ...(download ? { download: { href: download, type: "text/csv" } } : {}) },
});

/** Creates the export, then answers the polls with `statuses` in order; the download link comes with the `linkOn` statuses. */
function exportServer(statuses: string[], download?: string, linkOn: string[] = ["complete"]) {
  let polls = 0;
  return (req: RecordedRequest): ScriptedResponse => {
    if (req.method === "POST" && req.path === `${base}/exports`) return { status: 200, headers: { location: `${base}/exports/exp-7` } };
    if (req.method === "GET" && req.path === `${base}/exports/exp-7`) {
      const status = statuses[Math.min(polls++, statuses.length - 1)]!;
      return { status: 200, body: exportState(status, linkOn.includes(status) ? download : undefined) };
    }
    if (req.method === "GET" && req.path === "/files/exp-7.csv") return { status: 200, headers: { "content-type": "text/csv" }, body: CSV };
    return { status: 404, body: { code: "not_found", message: req.path } };
  };
}

let api: RecordingServer;
let storage: RecordingServer;
let client: LdkitClient;
const waits = fakeTiming({ now: 0 });

beforeAll(async () => {
  api = await startRecordingServer();
  storage = await startRecordingServer();
  client = createClient({ apiKey: TOKEN, baseUrl: api.baseUrl, retry: false });
});
afterAll(async () => {
  await api.close();
  await storage.close();
});
beforeEach(() => {
  api.requests.length = 0;
  storage.requests.length = 0;
});

describe("exportBigSegment", () => {
  it("creates the export, polls through preparing → in_progress → complete and returns the download link without fetching it", async () => {
    const link = `${storage.baseUrl}/files/exp-7.csv?sig=abc`;
    api.respond(exportServer(["preparing", "in_progress", "complete"], link));
    const progress: ExportProgress[] = [];
    const result = await exportBigSegment(client, { ...where, onProgress: (p) => progress.push(p) });
    expect(result).toEqual({ id: "exp-7", location: `${base}/exports/exp-7`, export: exportState("complete", link), url: link });
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST ${base}/exports`,
      ...Array(3).fill(`GET ${base}/exports/exp-7`),
    ]);
    expect(storage.requests).toHaveLength(0);
    expect(waits).toEqual([1_000, 1_500, 2_250]);
    expect(progress.map((p) => (p.stage === "polled" ? p.export.status : p.stage))).toEqual([
      "created",
      "preparing",
      "in_progress",
      "complete",
    ]);
    expect(progress.every((p) => p.stage === "created" || p.knownStatus)).toBe(true);
  });

  it("reports a status ldkit does not know through onProgress and polls past it, never taking it as final", async () => {
    const link = `${storage.baseUrl}/files/exp-7.csv`;
    api.respond(exportServer(["preparing", "archiving", "archiving", "complete"], link));
    const progress: ExportProgress[] = [];
    const result = await exportBigSegment(client, { ...where, onProgress: (p) => progress.push(p) });
    expect(result.url).toBe(link);
    expect(progress.flatMap((p) => (p.stage === "polled" ? [[p.export.status, p.knownStatus]] : []))).toEqual([
      ["preparing", true],
      ["archiving", false],
      ["archiving", false],
      ["complete", true],
    ]);
  });

  it("an export that comes with a download link is done, whatever its status says", async () => {
    const link = `${storage.baseUrl}/files/exp-7.csv`;
    api.respond(exportServer(["preparing", "exported", "complete"], link, ["exported", "complete"]));
    const result = await exportBigSegment(client, where);
    expect(result).toEqual({ id: "exp-7", location: `${base}/exports/exp-7`, export: exportState("exported", link), url: link });
    expect(api.requests).toHaveLength(3);
  });

  it("download: true fetches a link on another host without the token", async () => {
    api.respond(exportServer(["complete"], `${storage.baseUrl}/files/exp-7.csv`));
    storage.respond(exportServer([]));
    const { response, url } = await exportBigSegment(client, { ...where, download: true });
    expect(url).toBe(`${storage.baseUrl}/files/exp-7.csv`);
    expect(await response.text()).toBe(CSV);
    expect(storage.requests).toHaveLength(1);
    expect(storage.requests[0]!.headers.authorization).toBeUndefined();
    expect(JSON.stringify(storage.requests[0]!.headers)).not.toContain(TOKEN);
  });

  it("download: true streams a link on the API host through the client, with the token", async () => {
    api.respond(exportServer(["complete"], "/files/exp-7.csv"));
    const { response, url } = await exportBigSegment(client, { ...where, download: true });
    expect(url).toBe(`${api.baseUrl}/files/exp-7.csv`);
    const chunks: Uint8Array[] = [];
    const reader = response.body!.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
    expect(Buffer.concat(chunks).toString()).toBe(CSV);
    const fetched = api.requests.at(-1)!;
    expect(fetched.path).toBe("/files/exp-7.csv");
    expect(fetched.headers.authorization).toBe(TOKEN);
  });

  it("a failed download is a typed error", async () => {
    api.respond(exportServer(["complete"], `${storage.baseUrl}/files/missing.csv`));
    storage.respond(exportServer([]));
    await expect(exportBigSegment(client, { ...where, download: true })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a failed download on the API host keeps LaunchDarkly's error body", async () => {
    api.respond(exportServer(["complete"], "/files/missing.csv"));
    const error = await exportBigSegment(client, { ...where, download: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).body).toEqual({ code: "not_found", message: "/files/missing.csv" });
  });

  it("a download on another host follows the client's retry settings", async () => {
    api.respond(exportServer(["complete"], `${storage.baseUrl}/files/exp-7.csv`));
    let n = 0;
    storage.respond((req) => (n++ % 2 === 0 ? { status: 503 } : exportServer([])(req)));
    const retrying = createClient({ apiKey: TOKEN, baseUrl: api.baseUrl, retry: { maxAttempts: 2 } });
    const { response } = await exportBigSegment(retrying, { ...where, download: true });
    expect(await response.text()).toBe(CSV);
    expect(storage.requests).toHaveLength(2);
    // `client` has `retry: false`: the download is sent once, like every other request of that client.
    const error = await exportBigSegment(client, { ...where, download: true }).catch((e: unknown) => e);
    expect((error as { status?: number }).status).toBe(503);
    expect(storage.requests).toHaveLength(3);
  });

  it("a stopped export throws BigSegmentExportError carrying the Export", async () => {
    api.respond(exportServer(["preparing", "in_progress", "stopped"]));
    const progress: ExportProgress[] = [];
    const error = await exportBigSegment(client, { ...where, onProgress: (p) => progress.push(p) }).catch((e: unknown) => e);
    expect(progress.at(-1)).toMatchObject({ stage: "polled", knownStatus: true, export: { status: "stopped" } });
    expect(error).toBeInstanceOf(BigSegmentExportError);
    expect((error as BigSegmentExportError).export.status).toBe("stopped");
    expect((error as Error).message).toMatch(/ended with status stopped/);
    expect(api.requests).toHaveLength(4);
  });

  it("a complete export without a download link is a BigSegmentExportError", async () => {
    api.respond(exportServer(["complete"]));
    const error = await exportBigSegment(client, where).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BigSegmentExportError);
    expect((error as Error).message).toMatch(/is complete without a download link/);
  });

  it("a failed download whose error body cannot be read is still the typed error of its status", async () => {
    api.respond(exportServer(["complete"], `${storage.baseUrl}/files/exp-7.csv`));
    const broken = async () =>
      new Response(
        new ReadableStream({
          pull(controller) {
            controller.error(new Error("connection reset"));
          },
        }),
        { status: 404 },
      );
    const error = await exportBigSegment(client, { ...where, download: true, fetch: broken }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, body: undefined, message: "404: HTTP 404 (GET export download)" });
  });

  it("a stopped export without any _links is a BigSegmentExportError", async () => {
    api.respond((req) =>
      req.method === "POST"
        ? { status: 200, headers: { location: `${base}/exports/exp-7` } }
        : { status: 200, body: { id: "exp-7", segmentKey: "big", creationTime: 1, status: "stopped" } },
    );
    const error = await exportBigSegment(client, where).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BigSegmentExportError);
    expect((error as Error).message).toBe('Big segment export exp-7 of "big" ended with status stopped');
  });

  it("an already aborted signal sends nothing", async () => {
    api.respond(exportServer(["complete"], "/files/exp-7.csv"));
    const controller = new AbortController();
    controller.abort();
    await expect(exportBigSegment(client, { ...where, signal: controller.signal })).rejects.toBeInstanceOf(APIUserAbortError);
    expect(api.requests).toHaveLength(0);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ["a bad poll interval", { pollIntervalMs: 0 }, "pollIntervalMs", "must be a positive number of milliseconds"],
    ["a bad maximum poll interval", { maxPollIntervalMs: Infinity }, "maxPollIntervalMs", "must be a positive number of milliseconds"],
    ["a bad timeout", { timeoutMs: 0.5 }, "timeoutMs", "must be a positive number of milliseconds"],
    ["a negative download timeout", { download: true, downloadTimeoutMs: -1 }, "downloadTimeoutMs", "must be a non-negative number (ms)"],
  ])("rejects %s before creating the export", async (_name, override, field, rule) => {
    api.respond(exportServer(["complete"], "/files/exp-7.csv"));
    const error = await exportBigSegment(client, { ...where, ...override } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field, rule });
    expect(api.requests).toHaveLength(0);
  });

  it("gives up after timeoutMs", async () => {
    api.respond(exportServer(["preparing"]));
    const error = await exportBigSegment(client, { ...where, timeoutMs: 3_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BigSegmentTimeoutError);
    expect((error as BigSegmentTimeoutError).kind).toBe("export");
    expect(waits).toEqual([1_000, 1_500]);
  });
});
