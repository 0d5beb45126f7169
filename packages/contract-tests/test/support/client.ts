import { createClient, type ClientOptions, type LdkitClient } from "@ldkit/client";
import { createRecorder, type Recorder } from "./recorder.js";
import { target } from "./target.js";

/**
 * A client for the target with a recording fetch injected. `apiKey: null` sends no token at all.
 * @example
 * const { client, rec } = makeClient();
 * await client.getSegments({ projectKey, environmentKey });
 * expect(rec.last().violations).toEqual([]);
 */
export function makeClient(options: { apiKey?: string | null; baseUrl?: string; retry?: ClientOptions["retry"] } = {}): {
  client: LdkitClient;
  rec: Recorder;
} {
  const t = target();
  const rec = createRecorder(t.recordFile);
  const client = createClient({
    apiKey: options.apiKey === undefined ? t.apiKey : options.apiKey,
    baseUrl: options.baseUrl ?? t.baseUrl,
    fetch: rec.fetch,
    timeout: 20_000,
    // Prism answers the same way every time: retrying its 429s and 5xx would only add waits (the
    // rate-limit test turns retries on explicitly). Real servers keep the client's default retries.
    retry: options.retry ?? (t.mode === "prism" ? false : undefined),
  });
  return { client, rec };
}
