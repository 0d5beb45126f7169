import { API_BASE_PATH, BODY_REQUIRED, operationTable, PARTIAL_FAILURE, RETURNS_LOCATION } from "./generated/operations.gen.js";
import type { OperationId } from "./generated/operation-metadata.gen.js";
import {
  errorClassFor,
  parseErrorBody,
  PartialFailureError,
  UnexpectedResponseError,
  ValidationError,
  type InstructionFailure,
} from "./errors.js";
import { serializePath } from "./path.js";
import { chooseMediaType, formatOf, type BodyFormat } from "./content-type.js";
import { createTransport } from "./transport.js";
import { applyClientHeaders } from "./headers.js";
import type { ResolvedConfig } from "./config.js";
import type { Redactor } from "./redact.js";
import { resolveRetry, type RetryOptions } from "./retry/options.js";

/** What the operation methods share: the resolved options and the token redactor. */
export interface OperationContext {
  config: ResolvedConfig;
  redact: Redactor;
}

const optionKeys = ["signal", "timeout", "headers", "body", "format", "allowPartial", "retry"];

/**
 * Runs one operation by id: validates and splits the single argument object into path params,
 * query params and body, picks the Content-Type, sends the request through the transport (timeout,
 * retries), and turns the outcome into data or a typed error. Nothing is sent when the input is invalid.
 */
export async function invokeOperation(ctx: OperationContext, id: OperationId, args: Record<string, unknown>): Promise<unknown> {
  const [method, template, queryParams, mediaTypes, flags] = operationTable[id];
  const { config, redact } = ctx;
  if (!args || typeof args !== "object") throw new ValidationError("arguments", `${id} takes one object argument`);
  const pathParams: readonly string[] = template.match(/[^{}]+(?=})/g) ?? [];
  for (const key of Object.keys(args)) {
    if (!pathParams.includes(key) && !queryParams.includes(key) && !optionKeys.includes(key)) {
      throw new ValidationError(key, `is not a parameter of ${id}`);
    }
  }
  const path = serializePath(template, args);
  const query = queryParams
    .filter((name) => args[name] !== undefined)
    .map((name) => `${encodeURIComponent(name)}=${encodeURIComponent(String(args[name]))}`)
    .join("&");

  const headers = new Headers(args.headers as Record<string, string> | undefined);
  let body: BodyInit | undefined;
  if (args.body === undefined) {
    if (flags & BODY_REQUIRED) throw new ValidationError("body", `is required by ${id}`);
  } else if (mediaTypes.length === 0) {
    throw new ValidationError("body", `${id} takes no request body`);
  } else if (formatOf(mediaTypes[0]!) === "multipart") {
    body = toFormData(args.body);
  } else {
    if (args.body === null || typeof args.body !== "object") throw new ValidationError("body", "must be an object or array");
    headers.set("Content-Type", chooseMediaType(mediaTypes, args.body, args.format as BodyFormat | undefined));
    body = JSON.stringify(args.body);
  }

  const timeout = args.timeout === undefined ? config.timeout : Number(args.timeout);
  if (!Number.isFinite(timeout) || timeout < 0) throw new ValidationError("timeout", "must be a non-negative number of milliseconds");
  const callRetry = args.retry as RetryOptions | false | undefined;
  const retry = callRetry === undefined ? config.retry : resolveRetry(callRetry && { ...config.retry, ...callRetry });

  const url = `${config.baseUrl}${API_BASE_PATH}${path}${query ? `?${query}` : ""}`;
  const init: RequestInit = { method, headers: applyClientHeaders(headers, config), body, signal: (args.signal as AbortSignal | undefined) ?? null };
  const response = await createTransport({ fetch: config.fetch, timeout, retry })(() => new Request(url, init));
  const responseHeaders = redact(Object.fromEntries(response.headers));
  const text = await response.text();
  if (!response.ok) {
    const ErrorClass = errorClassFor(response.status);
    throw new ErrorClass({
      status: response.status,
      headers: responseHeaders,
      body: redact(parseErrorBody(text)),
      request: `${method} ${API_BASE_PATH}${template}`,
    });
  }
  if (flags & RETURNS_LOCATION) {
    const location = response.headers.get("location");
    if (!location) {
      throw new UnexpectedResponseError(`${id} succeeded (${response.status}) but the response has no Location header`, response.status, responseHeaders);
    }
    const last = new URL(location, "http://x.invalid").pathname.split("/").filter(Boolean).pop() ?? "";
    return { location, id: decodeURIComponent(last) };
  }
  const data = parseJson(text, response.status, responseHeaders);
  if (flags & PARTIAL_FAILURE && args.allowPartial !== true) {
    const failures = instructionFailures(data, args.body);
    if (failures.length > 0) throw new PartialFailureError(redact(failures), redact(data));
  }
  return data;
}

function parseJson(text: string, status: number, headers: Record<string, string>): unknown {
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new UnexpectedResponseError(`The ${status} response body is not valid JSON`, status, headers);
  }
}

function instructionFailures(data: unknown, body: unknown): InstructionFailure[] {
  const errors = (data as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(errors)) return [];
  const instructions = (body as { instructions?: unknown[] } | undefined)?.instructions ?? [];
  return errors.map((e: { instructionIndex?: unknown; message?: unknown }) => {
    const index = typeof e?.instructionIndex === "number" ? e.instructionIndex : -1;
    return {
      index,
      message: typeof e?.message === "string" ? e.message : "instruction failed",
      instruction: instructions[index],
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
