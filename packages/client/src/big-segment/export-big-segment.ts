import { errorClassFor, parseErrorBody } from "../errors.js";
import type { LDClient } from "../create-client.js";
import type { Export } from "../generated/models.gen.js";
import { resolveRetry } from "../retry/options.js";
import { createTransport } from "../transport.js";
import { BigSegmentExportError } from "./errors.js";
import { pollUntilFinal, type PollOptions } from "./poll.js";

/**
 * Export statuses after which LaunchDarkly does no more work on the export.
 * @example
 * FINAL_EXPORT_STATUSES.includes(exp.status); // true once the export is over
 */
export const FINAL_EXPORT_STATUSES: readonly string[] = ["completed", "failed"];

/**
 * Progress of {@link exportBigSegment}: once after the export is created, then after every poll.
 * @example
 * const onProgress = (p: ExportProgress) => console.log(p.stage === "polled" ? p.export.status : `created ${p.id}`);
 */
export type ExportProgress =
  | { stage: "created"; id: string; location: string }
  | { stage: "polled"; id: string; location: string; export: Export };

/**
 * Options of {@link exportBigSegment}.
 * @example
 * const options: ExportBigSegmentOptions = { projectKey: "default", environmentKey: "production", segmentKey: "devices", download: true };
 */
export interface ExportBigSegmentOptions extends PollOptions {
  projectKey: string;
  environmentKey: string;
  segmentKey: string;
  /** Called after the export is created and after every poll. */
  onProgress?: (progress: ExportProgress) => void;
  /** Also fetch the file (default `false`: only return its link). */
  download?: boolean;
  /** Fetch used for a download link on another host (default `globalThis.fetch`). */
  fetch?: typeof globalThis.fetch;
  /** Timeout of the download request in ms, until its headers arrive (default 60 000). */
  downloadTimeoutMs?: number;
}

/**
 * A completed big segment export.
 * @example
 * const { url, export: exp }: BigSegmentExportResult = await exportBigSegment(client, where);
 */
export interface BigSegmentExportResult {
  id: string;
  /** The `Location` of the export resource. */
  location: string;
  /** LaunchDarkly's final view of the export. */
  export: Export;
  /** Absolute URL of the exported file (`_links.download.href` resolved against the client's base URL). */
  url: string;
}

/**
 * A completed export with its file fetched: read `response.body` as a stream, or `await response.text()`.
 * @example
 * const { response }: BigSegmentExportDownload = await exportBigSegment(client, { ...where, download: true });
 * const csv = await response.text();
 */
export interface BigSegmentExportDownload extends BigSegmentExportResult {
  /** The successful (2xx) response of the download, body not yet read. */
  response: Response;
}

/**
 * Exports a big segment: `createBigSegmentExport`, then polls `getBigSegmentExport` with growing
 * waits until it is `completed` and resolves to its download link — or, with `download: true`, to
 * the download's `Response` as well, whose body you can stream. A link on the client's own host is
 * fetched through the client (token, retries); a link on another host (a pre-signed storage URL) is
 * fetched WITHOUT the token, retried like any GET.
 *
 * Throws {@link BigSegmentExportError} when the export fails (or completes without a link), and
 * {@link BigSegmentTimeoutError} when it is not final within `timeoutMs`.
 * @example
 * import { createClient, exportBigSegment } from "@ldkit/client";
 * const client = createClient({ apiKey: process.env.LD_API_KEY! });
 * const { url } = await exportBigSegment(client, { projectKey: "default", environmentKey: "production", segmentKey: "enterprise-devices" });
 * const { response } = await exportBigSegment(client, { projectKey: "default", environmentKey: "production", segmentKey: "enterprise-devices", download: true });
 * const csv = await response.text();
 */
export function exportBigSegment(client: LDClient, options: ExportBigSegmentOptions & { download: true }): Promise<BigSegmentExportDownload>;
/**
 * Exports a big segment and resolves to its download link (see the `download: true` overload).
 * @example
 * const { url } = await exportBigSegment(client, { projectKey: "default", environmentKey: "production", segmentKey: "devices" });
 */
export function exportBigSegment(client: LDClient, options: ExportBigSegmentOptions & { download?: false }): Promise<BigSegmentExportResult>;
/**
 * Exports a big segment; with `download` unknown at compile time, check for `response` in the result.
 * @example
 * const result = await exportBigSegment(client, { ...where, download: wantFile });
 * if ("response" in result) await result.response.text();
 */
export function exportBigSegment(client: LDClient, options: ExportBigSegmentOptions): Promise<BigSegmentExportResult | BigSegmentExportDownload>;
export async function exportBigSegment(client: LDClient, options: ExportBigSegmentOptions): Promise<BigSegmentExportResult | BigSegmentExportDownload> {
  const { projectKey, environmentKey, segmentKey, onProgress, signal } = options;
  const where = { projectKey, environmentKey, segmentKey, ...(signal ? { signal } : {}) };
  const { id, location } = await client.createBigSegmentExport(where);
  onProgress?.({ stage: "created", id, location });

  const final = await pollUntilFinal(
    "export",
    id,
    options,
    () => client.getBigSegmentExport({ ...where, exportID: id }),
    (status) => FINAL_EXPORT_STATUSES.includes(status),
    (exp) => onProgress?.({ stage: "polled", id, location, export: exp }),
  );
  if (final.status !== "completed") throw new BigSegmentExportError(final);
  const href = final._links?.download?.href;
  if (!href) throw new BigSegmentExportError(final, "completed without a download link");
  const url = new URL(href, `${client.baseUrl}/`).href;
  const result: BigSegmentExportResult = { id, location, export: final, url };
  if (!options.download) return result;
  return { ...result, response: await download(client, url, options) };
}

async function download(client: LDClient, url: string, options: ExportBigSegmentOptions): Promise<Response> {
  const target = new URL(url);
  let response: Response;
  if (target.origin === new URL(client.baseUrl).origin) {
    // LaunchDarkly's own host: go through the client for the token, API version, retries and timeout.
    response = await client.fetch(url, options.signal ? { signal: options.signal } : {});
  } else {
    const send = createTransport({ fetch: options.fetch, timeout: options.downloadTimeoutMs ?? 60_000, retry: resolveRetry({}) });
    response = await send(new Request(url, options.signal ? { signal: options.signal } : {}));
  }
  if (response.ok) return response;
  const body = parseErrorBody(await response.text().catch(() => ""));
  const ErrorClass = errorClassFor(response.status);
  throw new ErrorClass({ status: response.status, headers: Object.fromEntries(response.headers), body, request: "GET export download" });
}
