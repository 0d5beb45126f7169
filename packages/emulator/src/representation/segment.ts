import type { UserSegment } from "@ldkit/client";
import type { SegmentAddress, Store } from "../state/store.js";
import type { SegmentEntry } from "../state/types.js";

const enc = encodeURIComponent;

/**
 * The API path of a segment (`/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}`).
 * @example
 * segmentPath({ projectKey: "default", environmentKey: "production", segmentKey: "beta" });
 * // "/api/v2/segments/default/production/beta"
 */
export function segmentPath(a: SegmentAddress): string {
  return `/api/v2/segments/${enc(a.projectKey)}/${enc(a.environmentKey)}/${enc(a.segmentKey)}`;
}

/**
 * The statuses during which an import still runs (a new one is refused with 409).
 * @example
 * RUNNING_IMPORT_STATUSES.has("in_progress"); // true
 */
export const RUNNING_IMPORT_STATUSES: ReadonlySet<string> = new Set(["preparing", "pending_approval", "in_progress"]);

/**
 * LaunchDarkly's REST representation of a stored segment: `_links`, `_flags`, and for a big
 * segment `_unboundedMetadata` and `_importInProgress` (its targets are not listed inline). It
 * shares the stored arrays: serialize it, do not change it.
 * @example
 * const body = toRestSegment(store, address, entry);
 */
export function toRestSegment(store: Store, address: SegmentAddress, entry: SegmentEntry): UserSegment {
  const { _id, salt, ...segment } = entry.segment;
  void salt;
  const links = {
    parent: { href: `/api/v2/segments/${enc(address.projectKey)}/${enc(address.environmentKey)}`, type: "application/json" },
    self: { href: segmentPath(address), type: "application/json" },
  };
  // shallow on purpose: every representation is serialized at once, never kept or changed
  if (!segment.unbounded) return { ...segment, _links: links, _flags: [] } as UserSegment;
  const { included, excluded, includedContexts, excludedContexts, ...rest } = segment;
  void included;
  void excluded;
  void includedContexts;
  void excludedContexts;
  const big = store.peekBigTargets(address);
  const environment = store.environment(address.projectKey, address.environmentKey);
  return {
    ...rest,
    _links: links,
    _flags: [],
    _unboundedMetadata: {
      envId: environment._id,
      segmentId: _id ?? "",
      version: big?.version ?? 0,
      includedCount: big?.included.size ?? 0,
      excludedCount: big?.excluded.size ?? 0,
      lastModified: big?.lastModified ?? segment.creationDate,
      deleted: false,
    },
    _importInProgress: entry.imports.some((i) => RUNNING_IMPORT_STATUSES.has(i.status)),
  } as UserSegment;
}
