import type { LdkitClient } from "@ldkit/client";
import { target } from "./target.js";

/**
 * Keys of segments the suite creates itself against a real server (destructive runs only), so it
 * never changes or deletes an existing segment. Against Prism they are the spec's example keys.
 */
export function scratchSegmentKey(kind: "standard" | "big", prismKey: string): string {
  if (target().mode === "prism") return prismKey;
  return `ldkit-contract-${kind}-${process.pid}-${startedAt}`;
}
const startedAt = Date.now();

/** Best-effort removal of a scratch segment after a destructive run against a real server. */
export async function removeScratchSegment(client: LdkitClient, segmentKey: string): Promise<void> {
  const t = target();
  if (t.mode === "prism" || !t.allowDestructive) return;
  await client.deleteSegment({ projectKey: t.projectKey, environmentKey: t.environmentKey, segmentKey }).catch(() => undefined);
}
