/**
 * @ldkit/client — a typed, resilient client for LaunchDarkly's Segments and User settings REST API.
 * @packageDocumentation
 */
export { createClient, type LdkitClient } from "./create-client.js";
export { createRawClient, type RawClient } from "./raw-client.js";
export type { ClientOptions } from "./config.js";
export type { RetryOptions, RetryEvent, RetryReason } from "./retry/options.js";
export { servers, DEFAULT_API_VERSION, DEFAULT_BASE_URL } from "./servers.js";
export {
  LDError,
  ValidationError,
  APIError,
  BadRequestError,
  UnauthorizedError,
  ForbiddenError,
  NotFoundError,
  ConflictError,
  RateLimitError,
  InternalServerError,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  PartialFailureError,
  UnexpectedResponseError,
  type InstructionFailure,
  type LDErrorJSON,
} from "./errors.js";
export { SEMANTIC_PATCH_MEDIA_TYPE, type BodyFormat } from "./content-type.js";
export { encodePathSegment } from "./path.js";
export type {
  OperationArgs,
  OperationResult,
  OperationId,
  PathParams,
  QueryParams,
  BodyArgs,
  RequestContent,
  RequestOptions,
  PartialFailureOptions,
  CreatedLocation,
} from "./operation-types.js";
export type { OperationMethods } from "./generated/operation-methods.gen.js";
export type { paths, components, operations } from "./generated/schema.gen.js";
export type * from "./generated/models.gen.js";
export { segmentFilter } from "./filter/builder.js";
export { formatSegmentFilter } from "./filter/format.js";
export { parseSegmentFilter } from "./filter/parse.js";
export { validateSegmentFilter } from "./filter/validate.js";
export { SEGMENT_FILTER_FIELDS, type SegmentFilter, type SegmentFilterCondition, type SegmentFilterField } from "./filter/types.js";
export { iterateSegments } from "./pagination/iterate-segments.js";
export { iterateSegmentPages, type IterateSegmentsOptions } from "./pagination/iterate-segment-pages.js";
export { PaginationError } from "./pagination/pagination-error.js";
export {
  importBigSegment,
  FINAL_IMPORT_STATUSES,
  type ImportBigSegmentOptions,
  type ImportBigSegmentResult,
  type ImportProgress,
} from "./big-segment/import-big-segment.js";
export {
  exportBigSegment,
  FINAL_EXPORT_STATUSES,
  KNOWN_EXPORT_STATUSES,
  type ExportBigSegmentOptions,
  type ExportProgress,
  type BigSegmentExportResult,
  type BigSegmentExportDownload,
} from "./big-segment/export-big-segment.js";
export type { CsvSource } from "./big-segment/csv-source.js";
export type { PollOptions } from "./big-segment/poll.js";
export { ImportInProgressError, BigSegmentImportError, BigSegmentExportError, BigSegmentTimeoutError } from "./big-segment/errors.js";
export {
  updateBigSegmentTargetsInBulk,
  MAX_BULK_CHUNK_SIZE,
  MAX_BULK_CONCURRENCY,
  type BulkTargetsOptions,
  type BulkTargetsResult,
  type BulkProgress,
  type KeySource,
} from "./bulk/update-targets-in-bulk.js";
export type { BulkCheckpoint, BulkListCheckpoint, BulkScope } from "./bulk/checkpoint.js";
export { BulkUpdateError } from "./bulk/bulk-update-error.js";
