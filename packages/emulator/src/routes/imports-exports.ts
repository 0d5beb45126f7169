import { parse } from "csv-parse/sync";
import { apiErrors } from "../http/api-error.js";
import type { OperationRequest, RouteTable } from "../http/operation-request.js";
import { empty, json } from "../http/responses.js";
import { RUNNING_IMPORT_STATUSES, segmentPath } from "../representation/segment.js";
import type { Runtime } from "../runtime/runtime.js";
import type { ExportRecord, ImportRecord } from "../state/types.js";
import { bigSegment } from "./big-segment-targets.js";

/** Header cells the first row of an import CSV may have instead of a key (skipped). */
const HEADER_CELLS = new Set(["key", "contextkey", "userkey", "context key", "user key"]);
const INITIATOR = { name: "ldkit emulator", email: "emulator@ldkit.invalid" };

/**
 * The keys of an import file: the first column of every row, a header row (`key`, `contextKey`,
 * `userKey`) skipped, blank rows and duplicates dropped. Malformed CSV or no key at all is a `400`.
 * @example
 * parseImportCsv("key\nuser-1\nuser-2\n"); // ["user-1", "user-2"]
 */
export function parseImportCsv(text: string): string[] {
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as string[][];
  } catch (error) {
    throw apiErrors.badRequest(`The import file is not valid CSV: ${(error as Error).message}`);
  }
  const first = rows[0]?.[0];
  if (first !== undefined && HEADER_CELLS.has(first.toLowerCase())) rows = rows.slice(1);
  const keys = [...new Set(rows.map((r) => r[0] ?? "").filter((k) => k !== ""))];
  if (keys.length === 0) throw apiErrors.badRequest("The import file holds no keys");
  return keys;
}

function importBody(req: OperationRequest, job: ImportRecord) {
  const path = `${segmentPath({ projectKey: req.params.projectKey!, environmentKey: req.params.environmentKey!, segmentKey: job.segmentKey })}/imports/${job.id}`;
  return {
    id: job.id,
    segmentKey: job.segmentKey,
    creationTime: job.creationTime,
    mode: job.mode,
    status: job.status,
    files: [{ filename: job.filename, status: job.status }],
    initiator: INITIATOR,
    _links: { self: { href: path, type: "application/json" } },
  };
}

async function createBigSegmentImport(req: OperationRequest, rt: Runtime): Promise<Response> {
  const { address } = bigSegment(rt.store, req);
  const entry = rt.store.entry(address);
  const form = req.form!;
  const file = form.get("file");
  if (!(file instanceof Blob)) throw apiErrors.badRequest('The form needs a "file" part (a CSV file of keys)');
  const mode = form.get("mode") ?? "merge";
  if (mode !== "merge" && mode !== "replace") throw apiErrors.badRequest(`mode must be "merge" or "replace" (got ${JSON.stringify(mode)})`);
  const wait = form.get("waitOnApprovals");
  if (wait !== null && wait !== "true" && wait !== "false")
    throw apiErrors.badRequest(`waitOnApprovals must be true or false (got ${JSON.stringify(wait)})`);
  const keys = parseImportCsv(await file.text());
  if (entry.imports.some((i) => RUNNING_IMPORT_STATUSES.has(i.status))) {
    throw apiErrors.conflict(`An import is already running on segment "${address.segmentKey}"`, "conflict");
  }
  const now = rt.clock.now();
  const job: ImportRecord = {
    id: rt.random.uuid(),
    segmentKey: address.segmentKey,
    creationTime: now,
    mode,
    filename: file instanceof File && file.name ? file.name : "import.csv",
    keys,
    waitOnApprovals: wait === "true",
    status: "preparing",
    statusSince: now,
  };
  entry.imports.push(job);
  rt.wakeAt(now + rt.jobStepMs);
  return empty(204, { Location: `${segmentPath(address)}/imports/${job.id}` });
}

function getBigSegmentImport(req: OperationRequest, rt: Runtime): Response {
  const { address } = bigSegment(rt.store, req);
  const job = rt.store.entry(address).imports.find((i) => i.id === req.params.importID);
  if (!job) throw apiErrors.notFound(`Unknown import "${req.params.importID}" of segment "${address.segmentKey}"`);
  return json(200, importBody(req, job));
}

/**
 * The download path of an export's CSV (served by the emulator itself, without a token, like
 * LaunchDarkly's signed download links).
 * @example
 * exportDownloadPath("7c9e6679-…"); // "/emulator/exports/7c9e6679-….csv"
 */
export function exportDownloadPath(id: string): string {
  return `/emulator/exports/${encodeURIComponent(id)}.csv`;
}

function exportBody(req: OperationRequest, job: ExportRecord) {
  const path = `${segmentPath({ projectKey: req.params.projectKey!, environmentKey: req.params.environmentKey!, segmentKey: job.segmentKey })}/exports/${job.id}`;
  const sizeBytes = job.csv === undefined ? 0 : new TextEncoder().encode(job.csv).byteLength;
  return {
    id: job.id,
    segmentKey: job.segmentKey,
    creationTime: job.creationTime,
    status: job.status,
    sizeBytes,
    size:
      sizeBytes < 1024
        ? `${sizeBytes} B`
        : sizeBytes < 1024 * 1024
          ? `${Math.round(sizeBytes / 1024)} KB`
          : `${(sizeBytes / 1024 / 1024).toFixed(1)} MB`,
    initiator: INITIATOR,
    _links: {
      self: { href: path, type: "application/json" },
      ...(job.status === "complete" ? { download: { href: exportDownloadPath(job.id), type: "text/csv" } } : {}),
    },
  };
}

function createBigSegmentExport(req: OperationRequest, rt: Runtime): Response {
  const { address } = bigSegment(rt.store, req);
  const entry = rt.store.entry(address);
  const now = rt.clock.now();
  const job: ExportRecord = {
    id: rt.random.uuid(),
    segmentKey: address.segmentKey,
    creationTime: now,
    status: "preparing",
    statusSince: now,
  };
  entry.exports.push(job);
  rt.wakeAt(now + rt.jobStepMs);
  return empty(200, { Location: `${segmentPath(address)}/exports/${job.id}` });
}

function getBigSegmentExport(req: OperationRequest, rt: Runtime): Response {
  const { address } = bigSegment(rt.store, req);
  const job = rt.store.entry(address).exports.find((e) => e.id === req.params.exportID);
  if (!job) throw apiErrors.notFound(`Unknown export "${req.params.exportID}" of segment "${address.segmentKey}"`);
  return json(200, exportBody(req, job));
}

/**
 * Finds a completed export's CSV anywhere in the state (for the download route).
 * @example
 * const csv = findExportCsv(runtime, "7c9e6679-…");
 */
export function findExportCsv(rt: Runtime, id: string): string | undefined {
  for (const project of Object.values(rt.store.state.projects)) {
    for (const environment of Object.values(project.environments)) {
      for (const entry of Object.values(environment.segments)) {
        const job = entry.exports.find((e) => e.id === id);
        if (job) return job.csv;
      }
    }
  }
  return undefined;
}

/**
 * Big segment imports (multipart CSV, `merge`/`replace`, 409 while one runs, `waitOnApprovals`) and
 * exports (`Location`, status, a CSV download link).
 * @example
 * const app = createApp(runtime, { ...importExportRoutes });
 */
export const importExportRoutes: RouteTable = { createBigSegmentImport, getBigSegmentImport, createBigSegmentExport, getBigSegmentExport };
