import {
  API_BASE_PATH,
  BODY_REQUIRED,
  operationTable,
  PARTIAL_FAILURE,
  RETURNS_LOCATION,
  RETURNS_OBJECT,
} from "./generated/operations.gen.js";
import type { OperationId } from "./generated/operation-metadata.gen.js";
import { PartialFailureError, UnexpectedResponseError, ValidationError } from "./errors.js";
import { encodeComponent, serializePath } from "./path.js";
import { chooseMediaType, MULTIPART_MEDIA_TYPE, type BodyFormat } from "./content-type.js";
import { checkHeaders } from "./config.js";
import { resolveRetry, type RetryOptions } from "./retry/options.js";
import { originHeaders, type ClientContext } from "./pipeline/context.js";
import { send } from "./pipeline/send.js";
import { apiErrorFrom } from "./pipeline/api-error.js";
import { checkSignal, checkTimeout } from "./pipeline/options.js";

const optionKeys = ["signal", "timeout", "headers", "body", "format", "allowPartial", "retry"];

/**
 * Runs one operation by id: validates and splits the single argument object into path params,
 * query params (serialized by their type in the spec) and body, picks the Content-Type, sends the
 * request through the pipeline, and turns the outcome into data or a typed error. Nothing is sent
 * when the input is invalid.
 */
export async function invokeOperation(ctx: ClientContext, id: OperationId, args: Record<string, unknown>): Promise<unknown> {
  const [method, template, queryCodes, mediaTypes, flags] = operationTable[id];
  const { config } = ctx;
  if (!args || typeof args !== "object") throw new ValidationError("arguments", `${id} takes one object argument`);
  const query: string[] = [];
  const names = queryCodes.map((code) => {
    // `name`: a string; `name:b`: a boolean; `name:i<min>`: an integer ≥ min.
    const [name, type = ""] = code.split(":") as [string, string?];
    const value = args[name];
    const min = Number(type.slice(1));
    if (value !== undefined) {
      if (
        type === "b" ? typeof value !== "boolean" : type ? !Number.isInteger(value) || (value as number) < min : typeof value !== "string"
      ) {
        throw new ValidationError(name, `must be ${type === "b" ? "a boolean" : type ? `an integer ≥ ${min}` : "a string"}`);
      }
      query.push(`${name}=${encodeComponent(name, String(value))}`);
    }
    return name;
  });
  for (const key of Object.keys(args)) {
    if (!template.includes(`{${key}}`) && !names.includes(key) && !optionKeys.includes(key))
      throw new ValidationError(key, `is not a parameter of ${id}`);
  }
  const path = serializePath(template, args);
  const headers = originHeaders(ctx, checkHeaders("headers", args.headers));
  let body: BodyInit | undefined;
  if (args.body !== undefined) {
    if (!mediaTypes[0]) throw new ValidationError("body", `${id} takes no request body`);
    if (mediaTypes[0] === MULTIPART_MEDIA_TYPE) body = toFormData(args.body);
    else {
      if (typeof args.body !== "object" || !args.body) throw new ValidationError("body", "must be an object or array");
      headers["content-type"] = chooseMediaType(mediaTypes, args.body, args.format as BodyFormat | undefined);
      try {
        body = JSON.stringify(args.body);
      } catch {
        throw new ValidationError("body", "must be JSON-serializable (no BigInt, no cycles)");
      }
    }
  } else if (flags & BODY_REQUIRED) throw new ValidationError("body", `is required by ${id}`);
  const callRetry = args.retry as RetryOptions | false | undefined;
  const { response, text } = await send(ctx, {
    method,
    url: `${config.baseUrl}${API_BASE_PATH}${path}${query.length ? `?${query.join("&")}` : ""}`,
    headers,
    body,
    signal: checkSignal(args.signal),
    timeout: checkTimeout("timeout", args.timeout, config.timeout),
    retry: callRetry === undefined ? config.retry : resolveRetry(callRetry && { ...config.retry, ...callRetry }),
  });
  if (!response.ok) throw apiErrorFrom(response, text, `${method} ${API_BASE_PATH}${template}`, ctx.redact);
  return interpretSuccess(id, flags, response, text, args, ctx);
}

/**
 * What a 2xx response means for an operation: `{ location, id }` for the `Location` operations,
 * else the JSON body — checked to be an object where the spec promises one — and, for semantic
 * patches, a {@link PartialFailureError} when its `errors` array is non-empty (unless `allowPartial`).
 * Shared by the operation methods and the raw client.
 */
export function interpretSuccess(
  id: string,
  flags: number,
  response: Response,
  text: string,
  args: { body?: unknown; allowPartial?: unknown },
  ctx: ClientContext,
): unknown {
  const { status } = response;
  const unexpected = (what: string) =>
    new UnexpectedResponseError(`${id}: the ${status} response ${what}`, status, ctx.redact(Object.fromEntries(response.headers)));
  if (flags & RETURNS_LOCATION) {
    const location = response.headers.get("location");
    if (!location) throw unexpected("has no Location header");
    return { location, id: decodeURIComponent(new URL(location, "http://x.invalid").pathname.split("/").filter(Boolean).pop() ?? "") };
  }
  let data: unknown;
  try {
    data = text.trim() ? JSON.parse(text) : undefined;
  } catch {
    // reported below
  }
  const object = typeof data === "object" && data !== null && !Array.isArray(data);
  if (flags & RETURNS_OBJECT ? !object : data === undefined && text.trim())
    throw unexpected(`is not ${flags & RETURNS_OBJECT ? "a JSON object" : "JSON"}`);
  const errors = object && (data as { errors?: unknown }).errors;
  if (flags & PARTIAL_FAILURE && args.allowPartial !== true && Array.isArray(errors) && errors.length) {
    const instructions = (args.body as { instructions?: unknown[] } | undefined)?.instructions ?? [];
    const failures = errors.map((e: { instructionIndex?: unknown; message?: unknown } | null) => {
      const index = typeof e?.instructionIndex === "number" ? e.instructionIndex : -1;
      return { index, message: typeof e?.message === "string" ? e.message : "instruction failed", instruction: instructions[index] };
    });
    throw new PartialFailureError(ctx.redact(failures), ctx.redact(data));
  }
  return data;
}

/** A multipart body: a FormData as is, or an object of Blob / string / number / boolean fields (a Blob is sent as `<field>.csv` unless it is a named File). */
function toFormData(body: unknown): FormData {
  if (body instanceof FormData) return body;
  if (!body || typeof body !== "object") throw new ValidationError("body", "must be an object of form fields");
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    if (value instanceof Blob) form.append(name, value, (value as File).name ?? `${name}.csv`);
    else if (["string", "number", "boolean"].includes(typeof value)) form.append(name, String(value));
    else if (value !== undefined) throw new ValidationError(`body.${name}`, "must be a Blob, string, number or boolean");
  }
  return form;
}
