import { errorClassFor, parseErrorBody, type APIError } from "../errors.js";
import type { Redactor } from "../redact.js";

/**
 * The one factory of HTTP errors: the {@link APIError} subclass for the status, with the body parsed
 * and every header and body value redacted (token, URL credentials) before the message is built.
 * @example
 * if (!response.ok) throw apiErrorFrom(response, text, "GET /api/v2/segments/{projectKey}/{environmentKey}", redact);
 */
export function apiErrorFrom(response: Response, text: string, request: string, redact: Redactor): APIError {
  const ErrorClass = errorClassFor(response.status);
  return new ErrorClass({
    status: response.status,
    headers: redact(Object.fromEntries(response.headers)),
    body: redact(parseErrorBody(text)),
    request,
  });
}
