import type { UserSegment } from "@ldkit/client";
import { previewSegmentPatch } from "@ldkit/evaluator";
import { segmentPatch } from "@ldkit/semantic-patch";

type DemoContext = { readonly kind: string; readonly key: string; readonly [attribute: string]: unknown };

/** The patch the demo previews (and does not send): Globex out, user zed in. */
export const PREVIEWED_PATCH = segmentPatch("production")
  .removeIncludedTargets({ contextKind: "org", values: ["org-globex"] })
  .addIncludedUsers({ values: ["zed"] })
  .build();

/**
 * Previews {@link PREVIEWED_PATCH} offline with `@ldkit/evaluator`'s `previewSegmentPatch`: who of
 * `contexts` would enter and leave the segment.
 * @example
 * const { entered, left } = previewPatch(segment, [{ kind: "user", key: "zed" }]);
 */
export function previewPatch(
  segment: UserSegment,
  contexts: readonly DemoContext[],
): { description: string; entered: string[]; left: string[] } {
  const preview = previewSegmentPatch(segment as Parameters<typeof previewSegmentPatch>[0], PREVIEWED_PATCH, contexts);
  const label = (c: DemoContext) => `${c.kind}:${c.key}`;
  return {
    description: "remove org-globex, include user zed",
    entered: preview.entering.map(label),
    left: preview.leaving.map(label),
  };
}
