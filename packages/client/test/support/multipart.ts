import type { RecordedRequest } from "./recording-server.js";

/** Parses the multipart/form-data body of a recorded request. */
export async function formDataOf(req: RecordedRequest): Promise<FormData> {
  return new Response(req.body, { headers: { "content-type": String(req.headers["content-type"]) } }).formData();
}
