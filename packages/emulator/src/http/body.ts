import { apiErrors } from "./api-error.js";

/**
 * Reads a request body up to `limit` bytes; a larger body (by `Content-Length` or by what arrives)
 * is a `413` before anything else happens.
 * @example
 * const bytes = await readBody(request, 1024 * 1024);
 */
export async function readBody(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > limit)
    throw apiErrors.tooLarge(`Request body of ${declared} bytes exceeds the limit of ${limit} bytes`);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let result: ReadableStreamReadResult<Uint8Array>;
    try {
      result = await reader.read();
    } catch {
      throw apiErrors.badRequest("The request body could not be read");
    }
    if (result.done) break;
    size += result.value.byteLength;
    if (size > limit) {
      // not awaited: cancelling one branch of a tee() settles only once the other is cancelled too
      void reader.cancel().catch(() => undefined);
      throw apiErrors.tooLarge(`Request body exceeds the limit of ${limit} bytes`);
    }
    chunks.push(result.value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/**
 * Parses a JSON body; malformed JSON is a `400 invalid_request`.
 * @example
 * parseJson(new TextEncoder().encode('{"a":1}')); // { a: 1 }
 */
export function parseJson(bytes: Uint8Array): unknown {
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  if (text.trim() === "") throw apiErrors.badRequest("The request body is empty; a JSON body is required");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw apiErrors.badRequest(`Malformed JSON body: ${(error as Error).message}`);
  }
}

/**
 * Parses a `multipart/form-data` body; a malformed one is a `400 invalid_request`.
 * @example
 * const form = await parseMultipart(bytes, request.headers.get("content-type")!);
 */
export async function parseMultipart(bytes: Uint8Array, contentType: string): Promise<FormData> {
  if (!/boundary=/i.test(contentType)) throw apiErrors.badRequest("multipart/form-data body without a boundary");
  try {
    return await new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]), { headers: { "content-type": contentType } }).formData();
  } catch (error) {
    throw apiErrors.badRequest(`Malformed multipart/form-data body: ${(error as Error).message}`);
  }
}
