import { ConflictError, LDError, type LDErrorJSON } from "../errors.js";
import type { Export, Import } from "../generated/models.gen.js";

/**
 * 409 from `createBigSegmentImport`: another import is already running for this segment. Wait for
 * it to finish (the segment's `_importInProgress` turns `false`) and try again.
 * @example
 * try { await importBigSegment(client, options); }
 * catch (e) { if (e instanceof ImportInProgressError) console.warn(`busy: ${e.segmentKey}`); else throw e; }
 */
export class ImportInProgressError extends ConflictError {
  override name = "ImportInProgressError";
  /** The segment whose import was refused. */
  readonly segmentKey: string;

  /** Builds the error from the 409 `createBigSegmentImport` answered (kept as `cause`). */
  constructor(conflict: ConflictError, segmentKey: string) {
    super({ status: conflict.status, headers: conflict.headers, body: conflict.body, request: "POST createBigSegmentImport" });
    this.segmentKey = segmentKey;
    (this as { cause?: unknown }).cause = conflict;
    this.message = `Another import is already in progress for big segment "${segmentKey}"; wait for it to finish and retry. (${this.message})`;
  }
}

/**
 * A big segment import ended `stopped` (without completing). `import` is LaunchDarkly's final view of it.
 * @example
 * catch (e) { if (e instanceof BigSegmentImportError) console.error(e.import.status, e.import.files); }
 */
export class BigSegmentImportError extends LDError {
  override name = "BigSegmentImportError";
  readonly import: Import;

  constructor(imp: Import) {
    super(`Big segment import ${imp.id} of "${imp.segmentKey}" ended with status ${imp.status}`);
    this.import = imp;
  }

  override toJSON(): LDErrorJSON {
    return { ...super.toJSON(), details: this.import };
  }
}

/**
 * A big segment export ended `stopped`, or is `complete` without a download link.
 * @example
 * catch (e) { if (e instanceof BigSegmentExportError) console.error(e.export.id, e.export.status); }
 */
export class BigSegmentExportError extends LDError {
  override name = "BigSegmentExportError";
  readonly export: Export;

  constructor(exp: Export, reason = `ended with status ${exp.status}`) {
    super(`Big segment export ${exp.id} of "${exp.segmentKey}" ${reason}`);
    this.export = exp;
  }

  override toJSON(): LDErrorJSON {
    return { ...super.toJSON(), details: this.export };
  }
}

/**
 * An import or export did not reach a final status within `timeoutMs`. It may still finish on
 * LaunchDarkly's side: poll it again with `id`.
 * @example
 * catch (e) {
 *   if (e instanceof BigSegmentTimeoutError && e.kind === "import") {
 *     const later = await client.getBigSegmentImport({ projectKey, environmentKey, segmentKey, importID: e.id });
 *   }
 * }
 */
export class BigSegmentTimeoutError extends LDError {
  override name = "BigSegmentTimeoutError";
  readonly kind: "import" | "export";
  /** The import or export id. */
  readonly id: string;
  /** The last state polled, if any. */
  readonly last: Import | Export | undefined;

  constructor(kind: "import" | "export", id: string, timeoutMs: number, last: Import | Export | undefined) {
    super(
      `Big segment ${kind} ${id} did not finish within ${timeoutMs} ms (last status: ${last?.status ?? "unknown"}); it may still complete`,
    );
    this.kind = kind;
    this.id = id;
    this.last = last;
  }

  override toJSON(): LDErrorJSON {
    return { ...super.toJSON(), details: { kind: this.kind, id: this.id, last: this.last } };
  }
}
