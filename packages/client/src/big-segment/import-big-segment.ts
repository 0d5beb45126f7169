import { ConflictError, ValidationError } from "../errors.js";
import type { LDClient } from "../create-client.js";
import type { Import, ImportMode } from "../generated/models.gen.js";
import { toCsvFile, type CsvSource } from "./csv-source.js";
import { BigSegmentImportError, ImportInProgressError } from "./errors.js";
import { pollUntilFinal, type PollOptions } from "./poll.js";

/**
 * Import statuses after which LaunchDarkly does no more work on the import.
 * @example
 * FINAL_IMPORT_STATUSES.includes(imp.status); // true once the import is over
 */
export const FINAL_IMPORT_STATUSES: readonly string[] = ["completed", "failed", "cancelled"];

/**
 * Progress of {@link importBigSegment}: once after the upload, then after every poll.
 * @example
 * const onProgress = (p: ImportProgress) => console.log(p.stage === "polled" ? p.import.status : `uploaded ${p.id}`);
 */
export type ImportProgress =
  | { stage: "uploaded"; id: string; location: string }
  | { stage: "polled"; id: string; location: string; import: Import };

/**
 * Options of {@link importBigSegment}.
 * @example
 * const options: ImportBigSegmentOptions = { projectKey: "default", environmentKey: "production", segmentKey: "devices", csv: { path: "./devices.csv" }, mode: "merge" };
 */
export interface ImportBigSegmentOptions extends PollOptions {
  projectKey: string;
  environmentKey: string;
  segmentKey: string;
  /** The CSV of keys. */
  csv: CsvSource;
  /** `merge` adds the file's keys; `replace` makes them the segment's only keys. */
  mode: ImportMode;
  /** Wait for approvals before processing (the import then stays `waiting_on_approval` until approved). */
  waitOnApprovals?: boolean;
  /** Called after the upload and after every poll; an exception in it stops the helper. */
  onProgress?: (progress: ImportProgress) => void;
}

/**
 * Imports a CSV of keys into a big segment: uploads it (multipart, through
 * `client.createBigSegmentImport`), reads the import id from the `Location` header, then polls
 * `getBigSegmentImport` with growing waits until the import is `completed`, `failed` or
 * `cancelled`, and resolves to the completed {@link Import}.
 *
 * Throws {@link ImportInProgressError} (a `ConflictError`) when another import of the segment is
 * running, {@link BigSegmentImportError} (carrying the Import) when it fails or is cancelled, and
 * {@link BigSegmentTimeoutError} when it is not final within `timeoutMs` (it may still finish).
 * The upload is a POST, so it is retried only after a 429 or a refused connection.
 * @example
 * import { createClient, importBigSegment } from "@ldkit/client";
 * const client = createClient({ apiKey: process.env.LD_API_KEY! });
 * const result = await importBigSegment(client, {
 *   projectKey: "default", environmentKey: "production", segmentKey: "enterprise-devices",
 *   csv: { path: "./devices.csv" }, mode: "replace",
 *   onProgress: (p) => console.log(p.stage, p.stage === "polled" ? p.import.status : p.id),
 * });
 * console.log(result.status); // "completed"
 */
export async function importBigSegment(client: LDClient, options: ImportBigSegmentOptions): Promise<Import> {
  const { projectKey, environmentKey, segmentKey, mode, waitOnApprovals, onProgress, signal } = options;
  if (mode !== "merge" && mode !== "replace") throw new ValidationError("mode", 'must be "merge" or "replace"');
  if (waitOnApprovals !== undefined && typeof waitOnApprovals !== "boolean") throw new ValidationError("waitOnApprovals", "must be a boolean");
  const where = { projectKey, environmentKey, segmentKey, ...(signal ? { signal } : {}) };
  const file = await toCsvFile(options.csv);

  let created: { id: string; location: string };
  try {
    created = await client.createBigSegmentImport({ ...where, body: { file, mode, ...(waitOnApprovals !== undefined ? { waitOnApprovals } : {}) } });
  } catch (error) {
    if (error instanceof ConflictError) {
      throw new ImportInProgressError({ status: error.status, headers: error.headers, body: error.body, request: "POST createBigSegmentImport" }, segmentKey, { cause: error });
    }
    throw error;
  }
  const { id, location } = created;
  onProgress?.({ stage: "uploaded", id, location });

  const final = await pollUntilFinal(
    "import",
    id,
    options,
    () => client.getBigSegmentImport({ ...where, importID: id }),
    (status) => FINAL_IMPORT_STATUSES.includes(status),
    (imp) => onProgress?.({ stage: "polled", id, location, import: imp }),
  );
  if (final.status !== "completed") throw new BigSegmentImportError(final);
  return final;
}
