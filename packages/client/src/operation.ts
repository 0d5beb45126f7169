import type { Client } from "openapi-fetch";
import type { paths } from "./generated/schema.gen.js";
import { operations, type OperationId } from "./generated/operations.gen.js";
import {
  APIError,
  errorClassFor,
  PartialFailureError,
  UnexpectedResponseError,
  ValidationError,
  type InstructionFailure,
} from "./errors.js";
import { encodePathSegment } from "./path.js";
import { chooseMediaType, formatOf, type BodyFormat } from "./content-type.js";
import { createTransport } from "./transport.js";
import type { Redactor } from "./redact.js";
import { resolveRetry, type ResolvedRetry, type RetryOptions } from "./retry/options.js";

/** What the operation methods share: the raw client and the client's settings. */
export interface OperationContext {
  raw: Client<paths>;
  redact: Redactor;
  fetch: typeof globalThis.fetch | undefined;
  timeout: number;
  retry: ResolvedRetry | undefined;
}

const optionKeys = new Set(["signal", "timeout", "headers", "body", "format", "allowPartial", "retry"]);

/**
 * Runs one operation by id: validates and splits the single argument object into path params,
 * query params and body, picks the Content-Type, sends it through openapi-fetch, and turns the
 * outcome into data or a typed error. Nothing is sent when the input is invalid.
 */
export async function invokeOperation(ctx: OperationContext, id: OperationId, args: Record<string, unknown>): Promise<unknown> {
  const op = operations[id];
  if (!args || typeof args !== "object") throw new ValidationError("arguments", `${id} takes one object argument`);
  const allowed = new Set<string>([...op.pathParams, ...op.queryParams, ...optionKeys]);
  for (const key of Object.keys(args)) {
    if (!allowed.has(key)) throw new ValidationError(key, `is not a parameter of ${id}`);
  }
  const path: Record<string, string> = {};
  for (const name of op.pathParams) {
    encodePathSegment(name, args[name]);
    path[name] = String(args[name]);
  }
  const query: Record<string, unknown> = {};
  for (const name of op.queryParams) {
    if (args[name] !== undefined) query[name] = args[name];
  }

  const headers: Record<string, string> = { ...(args.headers as Record<string, string> | undefined) };
  let body: unknown;
  if (op.requestMediaTypes.length > 0) {
    if (args.body === undefined) {
      if (op.requestBodyRequired) throw new ValidationError("body", `is required by ${id}`);
    } else if (op.requestMediaTypes.length === 1 && formatOf(op.requestMediaTypes[0]!) === "multipart") {
      body = toFormData(args.body);
    } else {
      if (args.body === null || typeof args.body !== "object") throw new ValidationError("body", "must be an object or array");
      headers["Content-Type"] = chooseMediaType(op.requestMediaTypes, args.body, args.format as BodyFormat | undefined);
      body = args.body;
    }
  } else if (args.body !== undefined) {
    throw new ValidationError("body", `${id} takes no request body`);
  }

  const timeout = args.timeout === undefined ? ctx.timeout : Number(args.timeout);
  if (!Number.isFinite(timeout) || timeout < 0) throw new ValidationError("timeout", "must be a non-negative number of milliseconds");
  const callRetry = args.retry as RetryOptions | false | undefined;
  const retry = callRetry === undefined ? ctx.retry : resolveRetry(callRetry && typeof callRetry === "object" ? { ...ctx.retry, ...callRetry } : callRetry);

  const { data, error, response } = await ctx.raw.request(op.method.toLowerCase() as "get", op.path as never, {
    params: { path, query },
    body,
    headers,
    signal: args.signal as AbortSignal | undefined,
    parseAs: "text",
    fetch: createTransport({ fetch: ctx.fetch, timeout, retry }) as typeof globalThis.fetch,
  } as never);

  const responseHeaders = ctx.redact(Object.fromEntries(response.headers));
  if (!response.ok) {
    const ErrorClass = errorClassFor(response.status);
    throw new ErrorClass({
      status: response.status,
      headers: responseHeaders,
      body: ctx.redact(error === "" ? undefined : error),
      request: `${op.method} ${op.path}`,
    });
  }
  if (op.returnsLocation) {
    const location = response.headers.get("location");
    if (!location) {
      throw new UnexpectedResponseError(`${id} succeeded (${response.status}) but the response has no Location header`, response.status, responseHeaders);
    }
    const id_ = decodeURIComponent(new URL(location, "http://x.invalid").pathname.split("/").filter(Boolean).pop() ?? "");
    return { location, id: id_ };
  }
  const parsed = parseJson(data as string | undefined, response.status, responseHeaders);
  if (op.partialFailure && args.allowPartial !== true) {
    const failures = instructionFailures(parsed, args.body);
    if (failures.length > 0) throw new PartialFailureError(ctx.redact(failures), ctx.redact(parsed));
  }
  return parsed;
}

function parseJson(text: string | undefined, status: number, headers: Record<string, string>): unknown {
  if (text === undefined || text.trim() === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new UnexpectedResponseError(`The ${status} response body is not valid JSON`, status, headers);
  }
}

function instructionFailures(data: unknown, body: unknown): InstructionFailure[] {
  const errors = (data as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return [];
  const instructions = (body as { instructions?: unknown[] } | undefined)?.instructions ?? [];
  return errors.map((e: { instructionIndex?: unknown; message?: unknown }) => {
    const index = typeof e?.instructionIndex === "number" ? e.instructionIndex : -1;
    return {
      index,
      message: typeof e?.message === "string" ? e.message : "instruction failed",
      instruction: index >= 0 ? instructions[index] : undefined,
    };
  });
}

function toFormData(body: unknown): FormData {
  if (body instanceof FormData) return body;
  if (!body || typeof body !== "object") throw new ValidationError("body", "must be an object of form fields");
  const form = new FormData();
  for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
    if (value === undefined) continue;
    if (value instanceof Blob) form.append(name, value, typeof File !== "undefined" && value instanceof File ? value.name : `${name}.csv`);
    else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") form.append(name, String(value));
    else throw new ValidationError(`body.${name}`, "must be a Blob, string, number or boolean");
  }
  return form;
}

/** Re-exported for callers that build their own error from a raw response. */
export { APIError };
