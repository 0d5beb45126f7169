import { requestedWaitMs } from "./retry/requested-wait.js";

/**
 * Every error ldkit throws. Each extends {@link LDError}, so `catch (e) { if (e instanceof LDError) … }`
 * catches them all; HTTP failures are {@link APIError} subclasses chosen by status.
 *
 * None of them ever holds the API token: errors are built from the response only (never the request
 * headers), and every string they carry is passed through the client's redactor.
 *
 * Their fields are `declare`d and set in the constructors (same own, enumerable properties, in the
 * same order), so the browser bundle carries no class-field definitions.
 */

/** Plain-object view of an error, as returned by `toJSON()`: name, message and the error's own fields; safe to log. */
export interface LDErrorJSON {
  name: string;
  message: string;
  [field: string]: unknown;
}

/** Base class of every ldkit error. */
export class LDError extends Error {
  override name = "LDError";

  /** A log-safe plain object: name, message and the error's own fields (never the token). */
  toJSON(): LDErrorJSON {
    return { ...(this as object), name: this.name, message: this.message };
  }
}

/** Bad input caught before anything was sent (a path parameter, a body, a client option). */
export class ValidationError extends LDError {
  override name = "ValidationError";
  /** The parameter or field at fault, e.g. `segmentKey` or `body.instructions`. */
  declare readonly field: string;
  /** The rule that was broken, e.g. `must not be empty`. */
  declare readonly rule: string;

  constructor(field: string, rule: string, message = `Invalid ${field}: ${rule}`) {
    super(message);
    this.field = field;
    this.rule = rule;
  }
}

/** An HTTP response with a non-2xx status. Subclasses name the documented statuses. */
export class APIError extends LDError {
  override name = "APIError";
  /** HTTP status code. */
  declare readonly status: number;
  /** LaunchDarkly's error code from the body (`invalid_request`, `not_found`, …), when present. */
  declare readonly code: string | undefined;
  /** The request id LaunchDarkly returned (`X-Request-Id`), when present; quote it to support. */
  declare readonly requestId: string | undefined;
  /** Response headers, lower-cased names. */
  declare readonly headers: Record<string, string>;
  /** The parsed response body (JSON when it was JSON, else the text, else `undefined`). */
  declare readonly body: unknown;

  /**
   * Builds the error of one HTTP response (ldkit does this for you; tests may build their own).
   * `request` is `METHOD path` of the request, for the message (no query string, no host).
   */
  constructor(init: { status: number; headers: Record<string, string>; body: unknown; request?: string }) {
    const { status, headers, body, request } = init;
    const { code, message = status >= 500 ? "LaunchDarkly server error" : `HTTP ${status}` } = readErrorBody(body);
    const requestId = headers["x-request-id"] ?? headers["request-id"];
    super(
      `${status}${code ? ` ${code}` : ""}: ${message}${request ? ` (${request})` : ""}${requestId ? ` [request id ${requestId}]` : ""}`,
    );
    this.status = status;
    this.code = code;
    this.requestId = requestId;
    this.headers = headers;
    this.body = body;
  }

  /** LaunchDarkly's human-readable message from the body, when present. */
  get apiMessage(): string | undefined {
    return readErrorBody(this.body).message;
  }
}

/** 400: the request was malformed or failed LaunchDarkly's validation. */
export class BadRequestError extends APIError {
  override name = "BadRequestError";
}
/** 401: the access token is missing or invalid. */
export class UnauthorizedError extends APIError {
  override name = "UnauthorizedError";
}
/** 403: the token is valid but lacks permission for this resource or action. */
export class ForbiddenError extends APIError {
  override name = "ForbiddenError";
}
/** 404: a project, environment, segment, user, flag, import or export key does not exist. */
export class NotFoundError extends APIError {
  override name = "NotFoundError";
}
/** 409: a conflicting change or process (optimistic locking, an import already running). */
export class ConflictError extends APIError {
  override name = "ConflictError";
}
/** 429: rate limited. `retryAfterMs` says how long LaunchDarkly asked to wait, when it did. */
export class RateLimitError extends APIError {
  override name = "RateLimitError";
  /** Milliseconds to wait, from `Retry-After` (seconds) or `X-Ratelimit-Reset` (epoch ms). */
  get retryAfterMs(): number | undefined {
    return requestedWaitMs((name) => this.headers[name], Date.now());
  }
}
/** 5xx: LaunchDarkly failed to handle the request. */
export class InternalServerError extends APIError {
  override name = "InternalServerError";
}

/** The request could not reach LaunchDarkly (DNS, refused or reset connection, TLS). */
export class APIConnectionError extends LDError {
  override name = "APIConnectionError";
  constructor(message = "Connection error", options?: { cause?: unknown }) {
    super(message, options);
  }
}
/** The request did not complete within the configured timeout. */
export class APIConnectionTimeoutError extends APIConnectionError {
  override name = "APIConnectionTimeoutError";
  constructor(timeoutMs: number, options?: { cause?: unknown }) {
    super(`Request timed out after ${timeoutMs} ms`, options);
  }
}
/** The caller aborted the request through its `signal`. */
export class APIUserAbortError extends LDError {
  override name = "APIUserAbortError";
  constructor(message = "Request was aborted", options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** One instruction LaunchDarkly reported as failed in a 200 response. */
export interface InstructionFailure {
  /** Index of the instruction in the request's `instructions` array. */
  index: number;
  /** LaunchDarkly's message for it. */
  message: string;
  /** The instruction that failed, as it was sent (when the index is in range). */
  instruction: unknown;
}

/**
 * A semantic patch answered 200 but some of its instructions failed (a non-empty `errors` array).
 * Thrown by default so nothing fails silently; pass `allowPartial: true` to get the response instead.
 */
export class PartialFailureError extends LDError {
  override name = "PartialFailureError";
  /** Every failed instruction. */
  declare readonly failures: InstructionFailure[];
  /** The full response body (including the instructions that succeeded). */
  declare readonly data: unknown;

  constructor(failures: InstructionFailure[], data: unknown) {
    super(
      `${failures.length} instruction(s) failed: ` +
        failures.map((f) => `#${f.index} ${describeKind(f.instruction)}: ${f.message}`).join("; "),
    );
    this.failures = failures;
    this.data = data;
  }
}

function describeKind(instruction: unknown): string {
  const kind = (instruction as { kind?: unknown } | undefined)?.kind;
  return typeof kind === "string" ? kind : "instruction";
}

/** `code` and `message` of an error body: its string fields when it is an object, its first 500 characters when it is text. */
function readErrorBody(body: unknown): { code?: string | undefined; message?: string | undefined } {
  const text = typeof body === "string" ? body.trim().slice(0, 500) : undefined;
  const { code, message } = (body ?? {}) as { code?: unknown; message?: unknown };
  return { code: typeof code === "string" ? code : undefined, message: text || (typeof message === "string" ? message : undefined) };
}

/** An error response's body: parsed JSON when it is JSON, else the text, else `undefined`. */
export function parseErrorBody(text: string): unknown {
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const classByStatus: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: UnauthorizedError,
  403: ForbiddenError,
  404: NotFoundError,
  409: ConflictError,
  429: RateLimitError,
};

/** Picks the {@link APIError} subclass for a status. */
export function errorClassFor(status: number): typeof APIError {
  return classByStatus[status] ?? (status >= 500 ? InternalServerError : APIError);
}

/** A 2xx response that breaks the API contract (unparseable JSON, a missing `Location` header). */
export class UnexpectedResponseError extends LDError {
  override name = "UnexpectedResponseError";
  /** HTTP status of the response. */
  declare readonly status: number;
  /** Response headers, lower-cased names. */
  declare readonly headers: Record<string, string>;

  constructor(message: string, status: number, headers: Record<string, string>) {
    super(message);
    this.status = status;
    this.headers = headers;
  }
}
