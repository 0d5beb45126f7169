import { ConflictError, ValidationError } from "../errors.js";
import type { LdkitClient } from "../create-client.js";
import type { Import, ImportMode, ImportStatus, SegmentProcessBigSegmentImportInstruction } from "../generated/models.gen.js";
import { toCsvFile, type CsvSource } from "./csv-source.js";
import { BigSegmentImportError, ImportInProgressError } from "./errors.js";
import { pollSettings, pollUntilFinal, type PollOptions } from "./poll.js";

/**
 * Import statuses after which LaunchDarkly does no more work on the import: `complete` (success) and
 * `stopped` (ended without completing).
 * @example
 * FINAL_IMPORT_STATUSES.includes(imp.status); // true once the import is over
 */
export const FINAL_IMPORT_STATUSES: readonly ImportStatus[] = ["complete", "stopped"];

/**
 * What {@link importBigSegment} resolves to. `outcome` is `complete` when the import is done, or
 * says that LaunchDarkly waits for a person: `pending_approval` (an approval is required) or `ready`
 * (an import created with `waitOnApprovals` is prepared and waits to be processed; `process` is the
 * semantic-patch instruction that processes it, to send with `client.patchSegment`). Pass
 * `keepWaiting: true` to poll through those states instead.
 * @example
 * const result = await importBigSegment(client, options);
 * if (result.outcome === "ready") await client.patchSegment({ ...where, body: { environmentKey: where.environmentKey, instructions: [result.process] } });
 */
export type ImportBigSegmentResult =
  | { outcome: "complete"; id: string; location: string; import: Import }
  | { outcome: "pending_approval"; id: string; location: string; import: Import }
  | { outcome: "ready"; id: string; location: string; import: Import; process: SegmentProcessBigSegmentImportInstruction };

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
  /**
   * Wait for approvals before processing: the import stops at `pending_approval` until approved,
   * then at `ready` until someone processes it (the `processBigSegmentImport` instruction).
   */
  waitOnApprovals?: boolean;
  /**
   * Keep polling while LaunchDarkly waits for a person (`pending_approval`, or `ready` with
   * `waitOnApprovals`) until the import is `complete` or `stopped`, bounded by `timeoutMs`
   * (default `false`: resolve at once with that `outcome`).
   */
  keepWaiting?: boolean;
  /** Called after the upload and after every poll; an exception in it stops the helper. */
  onProgress?: (progress: ImportProgress) => void;
}

/**
 * Imports a CSV of keys into a big segment: uploads it (multipart, through
 * `client.createBigSegmentImport`; `{ path }` is streamed from disk), reads the import id from the
 * `Location` header, then polls `getBigSegmentImport` with growing waits through LaunchDarkly's
 * statuses (`preparing` → `in_progress` → `complete`). It resolves to an
 * {@link ImportBigSegmentResult}: `outcome: "complete"`, or, without `keepWaiting`, as soon as
 * LaunchDarkly waits for a person — `pending_approval`, or `ready` when `waitOnApprovals` is set
 * (with the `processBigSegmentImport` instruction that processes it). It never polls into its
 * timeout while a person has to act. A status ldkit does not know is reported through `onProgress`
 * and polled past.
 *
 * Throws {@link ImportInProgressError} (a `ConflictError`) when another import of the segment is
 * running, {@link BigSegmentImportError} (carrying the Import) when it ends `stopped`, and
 * {@link BigSegmentTimeoutError} when it is not done within `timeoutMs` (it may still finish).
 * The upload is a POST, so it is retried only after a 429 or a refused connection.
 * @example
 * import { createClient, importBigSegment } from "@ldkit/client";
 * const client = createClient({ apiKey: process.env.LD_API_KEY! });
 * const result = await importBigSegment(client, {
 *   projectKey: "default", environmentKey: "production", segmentKey: "enterprise-devices",
 *   csv: { path: "./devices.csv" }, mode: "replace",
 *   onProgress: (p) => console.log(p.stage, p.stage === "polled" ? p.import.status : p.id),
 * });
 * if (result.outcome === "complete") console.log(result.import.status); // "complete"
 * else console.log(`import ${result.id} waits for a person: ${result.outcome}`);
 */
export async function importBigSegment(client: LdkitClient, options: ImportBigSegmentOptions): Promise<ImportBigSegmentResult> {
  const { projectKey, environmentKey, segmentKey, mode, waitOnApprovals, keepWaiting, onProgress, signal } = options;
  if (mode !== "merge" && mode !== "replace") throw new ValidationError("mode", 'must be "merge" or "replace"');
  if (waitOnApprovals !== undefined && typeof waitOnApprovals !== "boolean")
    throw new ValidationError("waitOnApprovals", "must be a boolean");
  if (keepWaiting !== undefined && typeof keepWaiting !== "boolean") throw new ValidationError("keepWaiting", "must be a boolean");
  const polling = pollSettings(options);
  const where = { projectKey, environmentKey, segmentKey, ...(signal ? { signal } : {}) };
  const file = await toCsvFile(options.csv);

  let created: { id: string; location: string };
  try {
    created = await client.createBigSegmentImport({
      ...where,
      body: { file, mode, ...(waitOnApprovals !== undefined ? { waitOnApprovals } : {}) },
    });
  } catch (error) {
    if (error instanceof ConflictError) {
      throw new ImportInProgressError(error, segmentKey);
    }
    throw error;
  }
  const { id, location } = created;
  onProgress?.({ stage: "uploaded", id, location });

  const final = await pollUntilFinal(
    "import",
    id,
    polling,
    () => client.getBigSegmentImport({ ...where, importID: id }),
    (imp) => FINAL_IMPORT_STATUSES.includes(imp.status) || (!keepWaiting && waitsForPerson(imp.status, waitOnApprovals === true)),
    (imp) => onProgress?.({ stage: "polled", id, location, import: imp }),
  );
  switch (final.status) {
    case "complete":
      return { outcome: "complete", id, location, import: final };
    case "pending_approval":
      return { outcome: "pending_approval", id, location, import: final };
    case "ready":
      return { outcome: "ready", id, location, import: final, process: { kind: "processBigSegmentImport", importId: id } };
    default:
      throw new BigSegmentImportError(final);
  }
}

/** Whether LaunchDarkly waits for a person: for an approval, or (with `waitOnApprovals`) to process a `ready` import. */
function waitsForPerson(status: ImportStatus, waitOnApprovals: boolean): boolean {
  return status === "pending_approval" || (status === "ready" && waitOnApprovals);
}
