import type { operations as OperationSchemas } from "./generated/schema.gen.js";
import type { OperationId, operationMetadata as operations } from "./generated/operation-metadata.gen.js";
import type { BodyFormat } from "./content-type.js";
import type { RetryOptions } from "./retry/options.js";

export type { OperationId };

type Schema<O extends OperationId> = OperationSchemas[O];
type OrEmpty<T> = [T] extends [never] ? {} : [T] extends [undefined] ? {} : T;

/** The path parameters of an operation, e.g. `{ projectKey: string; environmentKey: string }`. */
export type PathParams<O extends OperationId> = OrEmpty<Schema<O>["parameters"]["path"]>;

/** The query parameters of an operation (all optional unless the spec requires them). */
export type QueryParams<O extends OperationId> = OrEmpty<NonNullable<Schema<O>["parameters"]["query"]>>;

/** The request body content map of an operation, keyed by media type (`never` when it has none). */
export type RequestContent<O extends OperationId> = [NonNullable<Schema<O>["requestBody"]>] extends [never]
  ? never
  : NonNullable<Schema<O>["requestBody"]> extends { content: infer C }
    ? C
    : never;

/** Maps a media type to the short {@link BodyFormat} name used by the `format` argument. */
export type FormatOfMediaType<M> = M extends "application/json; domain-model=launchdarkly.semanticpatch"
  ? "semantic"
  : M extends "multipart/form-data"
    ? "multipart"
    : "json";

type BodyFor<C> = {
  [M in keyof C]: { format: FormatOfMediaType<M>; body: C[M] };
}[keyof C];

/**
 * The `body` argument. With one media type, `body` is that type. With several (patchSegment takes
 * a semantic patch, JSON Patch or a merge patch), `body` is any of them and the Content-Type is
 * chosen from its shape; passing `format` narrows `body` to that media type's schema.
 */
export type BodyArgs<O extends OperationId> = [RequestContent<O>] extends [never]
  ? {}
  : keyof RequestContent<O> extends infer K
    ? [K] extends [keyof RequestContent<O>]
      ? IsUnion<K> extends true
        ? { format?: undefined; body: RequestContent<O>[K] } | BodyFor<RequestContent<O>>
        : { body: RequestContent<O>[K]; format?: FormatOfMediaType<K> }
      : never
    : never;

type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;

/** Options every operation method accepts besides the API's own parameters. */
export interface RequestOptions {
  /** Cancels the request (and any pending retry wait); the promise rejects with `APIUserAbortError`. */
  signal?: AbortSignal;
  /** Milliseconds before this request is abandoned (overrides the client's `timeout`). */
  timeout?: number;
  /** Extra request headers for this call. */
  headers?: Record<string, string>;
  /** Retry policy for this call, merged over the client's; `false` sends it once. */
  retry?: RetryOptions | false;
}

/** Options of operations whose 200 can report failed instructions in an `errors` array. */
export interface PartialFailureOptions {
  /**
   * Accept a 200 whose `errors` array is non-empty and return it, instead of throwing
   * `PartialFailureError`. Off by default so that a failed instruction never passes silently.
   */
  allowPartial?: boolean;
}

/** The single argument of an operation method: path params, query params and `body` side by side. */
export type OperationArgs<O extends OperationId> = PathParams<O> &
  QueryParams<O> &
  BodyArgs<O> &
  RequestOptions &
  ((typeof operations)[O]["partialFailure"] extends true ? PartialFailureOptions : {});

type SuccessResponse<O extends OperationId> = (typeof operations)[O]["successStatus"] extends keyof Schema<O>["responses"]
  ? Schema<O>["responses"][(typeof operations)[O]["successStatus"]]
  : never;

/** The `Location` of a resource the request created, and the id its URL ends with. */
export interface CreatedLocation {
  /** The `Location` response header (the URL of the new import or export). */
  location: string;
  /** The last path segment of `location`: the import or export id. */
  id: string;
}

/**
 * What an operation method resolves to: the success response's JSON body; `{ location, id }` when
 * the success response documents a `Location` header instead of a body; else `void`.
 */
export type OperationResult<O extends OperationId> = (typeof operations)[O]["returnsLocation"] extends true
  ? CreatedLocation
  : SuccessResponse<O> extends { content: { "application/json": infer T } }
    ? T
    : void;
