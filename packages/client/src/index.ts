/**
 * @ldkit/client — a typed, resilient client for LaunchDarkly's Segments and User settings REST API.
 * @packageDocumentation
 */
export { createClient, type LDClient } from "./create-client.js";
export type { ClientOptions } from "./config.js";
export { servers, DEFAULT_API_VERSION } from "./servers.js";
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
  errorClassFor,
  type APIErrorInit,
  type InstructionFailure,
  type LDErrorJSON,
} from "./errors.js";
export {
  SEMANTIC_PATCH_MEDIA_TYPE,
  JSON_MEDIA_TYPE,
  MULTIPART_MEDIA_TYPE,
  chooseMediaType,
  type BodyFormat,
} from "./content-type.js";
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
export { operations as operationMetadata } from "./generated/operations.gen.js";
export type { paths, components, operations } from "./generated/schema.gen.js";
export type * from "./generated/models.gen.js";
