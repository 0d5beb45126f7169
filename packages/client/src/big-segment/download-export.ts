import type { LdkitClient } from "../create-client.js";
import { contextOf, originHeaders } from "../pipeline/context.js";
import { send } from "../pipeline/send.js";
import { apiErrorFrom } from "../pipeline/api-error.js";
import { checkSignal, checkTimeout } from "../pipeline/options.js";

/** How {@link downloadExport} fetches the file. */
export interface DownloadExportOptions {
  /** Fetch for a link on another host (default: the client's `fetch`). */
  fetch?: typeof globalThis.fetch | undefined;
  /** Deadline of the download in ms, body included (default: the client's `timeout`; `0`: none). */
  downloadTimeoutMs?: number | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * Fetches an export's file through the client's request pipeline, with the client's retries. A link
 * on the client's host gets the token and the client's headers; a link on another host (a
 * pre-signed storage URL) gets none of them, nor does any redirect to another origin (followed
 * bare). A non-2xx answer is the typed error for its status, token redacted. Internal.
 */
export async function downloadExport(client: LdkitClient, url: string, options: DownloadExportOptions): Promise<Response> {
  const ctx = contextOf(client);
  const own = new URL(url).origin === ctx.origin;
  const { response } = await send(ctx, {
    method: "GET",
    url,
    headers: own ? originHeaders(ctx) : {},
    signal: checkSignal(options.signal),
    timeout: checkTimeout("downloadTimeoutMs", options.downloadTimeoutMs, ctx.config.timeout),
    retry: ctx.config.retry,
    fetch: own ? undefined : options.fetch,
    bare: true,
    stream: true,
  });
  if (response.ok) return response;
  const text = await response.text().catch(() => "");
  throw apiErrorFrom(response, text, "GET export download", ctx.redact);
}
