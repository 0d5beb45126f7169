/**
 * One validated request as a route handler sees it.
 * @example
 * const handler: RouteHandler = (req) => json(200, { key: req.params.segmentKey });
 */
export interface OperationRequest {
  operationId: string;
  /** Path parameters, decoded. */
  params: Readonly<Record<string, string>>;
  /** Query parameters, typed by the spec's schema. */
  query: Readonly<Record<string, unknown>>;
  /** The parsed JSON body (validated), when the operation takes one. */
  body: unknown;
  /** The spec's media type the body was sent as. */
  mediaType: string | undefined;
  /** The parsed multipart form, for uploads. */
  form: FormData | undefined;
  /** The original request. */
  request: Request;
}

import type { Runtime } from "../runtime/runtime.js";

/**
 * Handles one operation: reads the state through the runtime, returns the response, or throws an
 * `ApiError`.
 * @example
 * const getThing: RouteHandler = (req, rt) => json(200, rt.store.project(req.params.projectKey!));
 */
export type RouteHandler = (req: OperationRequest, runtime: Runtime) => Response | Promise<Response>;

/**
 * Handlers keyed by operationId: one table per API area.
 * @example
 * export const segmentRoutes: RouteTable = { getSegment, postSegment };
 */
export type RouteTable = Readonly<Record<string, RouteHandler>>;
