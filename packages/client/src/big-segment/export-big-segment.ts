import type { LdkitClient } from "../create-client.js";
import type { Export, ExportStatus } from "../generated/models.gen.js";
import { checkTimeout } from "../pipeline/options.js";
import { downloadExport } from "./download-export.js";
import { BigSegmentExportError } from "./errors.js";
import { pollSettings, pollUntilFinal, type PollOptions } from "./poll.js";

/**
 * Export statuses after which LaunchDarkly does no more work on the export: `complete` and
 * `stopped`. LaunchDarkly publishes no list of export statuses (`ExportStatus` is a string); these
 * are the words of its import statuses. An export that carries a download link is done whatever
 * its status says.
 * @example
 * FINAL_EXPORT_STATUSES.includes(exp.status); // true once the export is over
 */
export const FINAL_EXPORT_STATUSES: readonly ExportStatus[] = ["complete", "stopped"];

/**
 * The export statuses ldkit knows (see {@link FINAL_EXPORT_STATUSES}); any other one is reported
 * through `onProgress` with `knownStatus: false` and polled past, never taken as final.
 * @example
 * KNOWN_EXPORT_STATUSES.includes("in_progress"); // true
 */
export const KNOWN_EXPORT_STATUSES: readonly ExportStatus[] = ["preparing", "in_progress", "complete", "stopped"];

/**
 * Progress of `exportBigSegment`: once after the export is created, then after every poll.
 * `knownStatus` is `false` when LaunchDarkly reports a status ldkit does not know.
 * @example
 * const onProgress = (p: ExportProgress) => console.log(p.stage === "polled" ? `${p.export.status}${p.knownStatus ? "" : " (unknown)"}` : `created ${p.id}`);
 */
export type ExportProgress =
  | { stage: "created"; id: string; location: string }
  | { stage: "polled"; id: string; location: string; export: Export; knownStatus: boolean };

/**
 * Options of `exportBigSegment`.
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
  /** Fetch used for a download link on another host (default: the client's `fetch`). */
  fetch?: typeof globalThis.fetch;
  /** Deadline of the download in ms, body included (default: the client's `timeout`; `0`: none). */
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
 * waits until it is `complete` or `stopped`, or carries a download link (a status ldkit does not
 * know is reported through `onProgress` and polled past), and resolves to its download link — or,
 * with `download: true`, to
 * the download's `Response` as well, whose body you can stream (the deadline, `downloadTimeoutMs`,
 * covers reading it). The download goes through the client's request pipeline with its retries: a
 * link on the client's own host gets the token; a link on another host (a pre-signed storage URL),
 * and any redirect to another origin, gets neither the token nor the client's headers.
 *
 * Throws {@link BigSegmentExportError} when the export is `stopped` (or `complete` without a link), and
 * {@link BigSegmentTimeoutError} when it is not final within `timeoutMs`.
 * @example
 * import { createClient, exportBigSegment } from "@ldkit/client";
 * const client = createClient({ apiKey: process.env.LD_API_KEY! });
 * const { url } = await exportBigSegment(client, { projectKey: "default", environmentKey: "production", segmentKey: "enterprise-devices" });
 * const { response } = await exportBigSegment(client, { projectKey: "default", environmentKey: "production", segmentKey: "enterprise-devices", download: true });
 * const csv = await response.text();
 */
export function exportBigSegment(
  client: LdkitClient,
  options: ExportBigSegmentOptions & { download: true },
): Promise<BigSegmentExportDownload>;
/**
 * Exports a big segment and resolves to its download link (see the `download: true` overload).
 * @example
 * const { url } = await exportBigSegment(client, { projectKey: "default", environmentKey: "production", segmentKey: "devices" });
 */
export function exportBigSegment(
  client: LdkitClient,
  options: ExportBigSegmentOptions & { download?: false },
): Promise<BigSegmentExportResult>;
/**
 * Exports a big segment; with `download` unknown at compile time, check for `response` in the result.
 * @example
 * const result = await exportBigSegment(client, { ...where, download: wantFile });
 * if ("response" in result) await result.response.text();
 */
export function exportBigSegment(
  client: LdkitClient,
  options: ExportBigSegmentOptions,
): Promise<BigSegmentExportResult | BigSegmentExportDownload>;
export async function exportBigSegment(
  client: LdkitClient,
  options: ExportBigSegmentOptions,
): Promise<BigSegmentExportResult | BigSegmentExportDownload> {
  const { projectKey, environmentKey, segmentKey, onProgress, signal } = options;
  const polling = pollSettings(options);
  // checked here too, so a bad value fails before the export is created rather than after it completed
  checkTimeout("downloadTimeoutMs", options.downloadTimeoutMs, 0);
  const where = { projectKey, environmentKey, segmentKey, ...(signal ? { signal } : {}) };
  const { id, location } = await client.createBigSegmentExport(where);
  onProgress?.({ stage: "created", id, location });

  const final = await pollUntilFinal(
    "export",
    id,
    polling,
    () => client.getBigSegmentExport({ ...where, exportID: id }),
    (exp) => FINAL_EXPORT_STATUSES.includes(exp.status) || downloadLink(exp) !== undefined,
    (exp) => onProgress?.({ stage: "polled", id, location, export: exp, knownStatus: KNOWN_EXPORT_STATUSES.includes(exp.status) }),
  );
  const href = downloadLink(final);
  if (!href) throw new BigSegmentExportError(final, final.status === "complete" ? "is complete without a download link" : undefined);
  const url = new URL(href, `${client.baseUrl}/`).href;
  const result: BigSegmentExportResult = { id, location, export: final, url };
  if (!options.download) return result;
  return { ...result, response: await downloadExport(client, url, options) };
}

/** The export's `_links.download.href`, if LaunchDarkly gave one. */
function downloadLink(exp: Export): string | undefined {
  return exp._links?.download?.href || undefined;
}
