import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  BigSegmentExportError,
  BigSegmentTimeoutError,
  createClient,
  exportBigSegment,
  NotFoundError,
  type ExportProgress,
  type LDClient,
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

function exportServer(statuses: string[], download?: string) {
  let polls = 0;
  return (req: RecordedRequest): ScriptedResponse => {
    if (req.method === "POST" && req.path === `${base}/exports`) return { status: 200, headers: { location: `${base}/exports/exp-7` } };
    if (req.method === "GET" && req.path === `${base}/exports/exp-7`) {
      const status = statuses[Math.min(polls++, statuses.length - 1)]!;
      return { status: 200, body: exportState(status, status === "completed" ? download : undefined) };
    }
    if (req.method === "GET" && req.path === "/files/exp-7.csv") return { status: 200, headers: { "content-type": "text/csv" }, body: CSV };
    return { status: 404, body: { code: "not_found", message: req.path } };
  };
}

let api: RecordingServer;
let storage: RecordingServer;
let client: LDClient;
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
  it("creates the export, polls until completed and returns the download link without fetching it", async () => {
    const link = `${storage.baseUrl}/files/exp-7.csv?sig=abc`;
    api.respond(exportServer(["pending", "in_progress", "completed"], link));
    const progress: ExportProgress[] = [];
    const result = await exportBigSegment(client, { ...where, onProgress: (p) => progress.push(p) });
    expect(result).toEqual({ id: "exp-7", location: `${base}/exports/exp-7`, export: exportState("completed", link), url: link });
    expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`POST ${base}/exports`, ...Array(3).fill(`GET ${base}/exports/exp-7`)]);
    expect(storage.requests).toHaveLength(0);
    expect(waits).toEqual([1_000, 1_500, 2_250]);
    expect(progress.map((p) => (p.stage === "polled" ? p.export.status : p.stage))).toEqual(["created", "pending", "in_progress", "completed"]);
  });

  it("download: true fetches a link on another host without the token", async () => {
    api.respond(exportServer(["completed"], `${storage.baseUrl}/files/exp-7.csv`));
    storage.respond(exportServer([]));
    const { response, url } = await exportBigSegment(client, { ...where, download: true });
    expect(url).toBe(`${storage.baseUrl}/files/exp-7.csv`);
    expect(await response.text()).toBe(CSV);
    expect(storage.requests).toHaveLength(1);
    expect(storage.requests[0]!.headers.authorization).toBeUndefined();
    expect(JSON.stringify(storage.requests[0]!.headers)).not.toContain(TOKEN);
  });

  it("download: true streams a link on the API host through the client, with the token", async () => {
    api.respond(exportServer(["completed"], "/files/exp-7.csv"));
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
    api.respond(exportServer(["completed"], `${storage.baseUrl}/files/missing.csv`));
    storage.respond(exportServer([]));
    await expect(exportBigSegment(client, { ...where, download: true })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a failed download on the API host keeps LaunchDarkly's error body", async () => {
    api.respond(exportServer(["completed"], "/files/missing.csv"));
    const error = await exportBigSegment(client, { ...where, download: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).body).toEqual({ code: "not_found", message: "/files/missing.csv" });
  });

  it("a download on another host is retried like any GET", async () => {
    api.respond(exportServer(["completed"], `${storage.baseUrl}/files/exp-7.csv`));
    let n = 0;
    storage.respond((req) => (n++ === 0 ? { status: 503 } : exportServer([])(req)));
    const { response } = await exportBigSegment(client, { ...where, download: true });
    expect(await response.text()).toBe(CSV);
    expect(storage.requests).toHaveLength(2);
  });

  it("a failed export throws BigSegmentExportError carrying the Export", async () => {
    api.respond(exportServer(["in_progress", "failed"]));
    const error = await exportBigSegment(client, where).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BigSegmentExportError);
    expect((error as BigSegmentExportError).export.status).toBe("failed");
  });

  it("a completed export without a download link is a BigSegmentExportError", async () => {
    api.respond(exportServer(["completed"]));
    const error = await exportBigSegment(client, where).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BigSegmentExportError);
    expect((error as Error).message).toMatch(/without a download link/);
  });

  it("gives up after timeoutMs", async () => {
    api.respond(exportServer(["pending"]));
    const error = await exportBigSegment(client, { ...where, timeoutMs: 3_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BigSegmentTimeoutError);
    expect((error as BigSegmentTimeoutError).kind).toBe("export");
    expect(waits).toEqual([1_000, 1_500]);
  });
});
