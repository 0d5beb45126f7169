/**
 * An error the emulator answers with: the HTTP status and LaunchDarkly's `{ code, message }` body.
 * Route handlers throw it; the router turns it into the response.
 * @example
 * throw new ApiError(404, "not_found", "Unknown segment beta-users");
 */
export class ApiError extends Error {
  /** The HTTP status of the response. */
  readonly status: number;
  /** LaunchDarkly's error code (`not_found`, `invalid_request`, …). */
  readonly code: string;
  /** Extra response headers (for example `Retry-After` on a 429). */
  readonly headers: Readonly<Record<string, string>>;

  constructor(status: number, code: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

/**
 * Shorthands for the errors LaunchDarkly answers with, one per status the spec documents.
 * @example
 * throw apiErrors.notFound("Unknown project default");
 */
export const apiErrors = {
  badRequest: (message: string) => new ApiError(400, "invalid_request", message),
  unauthorized: (message = "Invalid access token") => new ApiError(401, "unauthorized", message),
  forbidden: (message = "Forbidden. Access to the requested resource was denied.") => new ApiError(403, "forbidden", message),
  notFound: (message = "Invalid resource identifier") => new ApiError(404, "not_found", message),
  methodNotAllowed: (message: string) => new ApiError(405, "method_not_allowed", message),
  conflict: (message: string, code = "conflict") => new ApiError(409, code, message),
  tooLarge: (message: string) => new ApiError(413, "request_entity_too_large", message),
};

/**
 * A JSON response with LaunchDarkly's error body for an {@link ApiError}.
 * @example
 * const response = errorResponse(apiErrors.notFound());
 * response.status; // 404
 */
export function errorResponse(error: ApiError, headers: Headers = new Headers()): Response {
  for (const [name, value] of Object.entries(error.headers)) headers.set(name, value);
  headers.set("Content-Type", "application/json");
  return new Response(JSON.stringify({ code: error.code, message: error.message }), { status: error.status, headers });
}
