import type { LdkitClient } from "../create-client.js";
import type { UserSegment } from "../generated/models.gen.js";
import { iterateSegmentPages, type IterateSegmentsOptions } from "./iterate-segment-pages.js";

/**
 * Every segment of an environment, one at a time, fetched page by page as the loop consumes them
 * (see {@link iterateSegmentPages} for how pages are followed and bounded). A segment whose key was
 * already yielded — possible when segments are created or deleted while offsets shift — is skipped,
 * so each key is yielded at most once.
 * @example
 * import { createClient, iterateSegments, segmentFilter as f } from "@ldkit/client";
 * const client = createClient({ apiKey: process.env.LD_API_KEY! });
 * for await (const segment of iterateSegments(client, { projectKey: "default", environmentKey: "production", filter: f.unbounded.equals(true) })) {
 *   console.log(segment.key);
 * }
 */
export async function* iterateSegments(client: LdkitClient, options: IterateSegmentsOptions): AsyncGenerator<UserSegment, void, undefined> {
  const seen = new Set<string>();
  for await (const page of iterateSegmentPages(client, options)) {
    for (const segment of page.items) {
      if (seen.has(segment.key)) continue;
      seen.add(segment.key);
      yield segment;
    }
  }
}
