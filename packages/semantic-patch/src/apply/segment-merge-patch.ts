/**
 * Applying a JSON merge patch (RFC 7396) to a segment through json-merge-patch, on a private copy.
 * The patch is validated as a segment merge patch first; read-only fields are rejected by name.
 */
import { apply as mergePatch } from "json-merge-patch";
import type { SegmentMergePatch } from "../types.js";
import { PatchApplyError } from "./error.js";
import { assignIds, checkChangedFields, isWritable, readOnlyReason, type WritableField } from "./segment-fields.js";
import type { Segment } from "./segment-shape.js";
import { copyJson } from "./copy.js";

/** The name merge-patch errors carry as `kind`. */
const KIND = "applySegmentPatch";

/** Fields of a segment that a merge patch must not change (they are checked before the body's shape, for a clear message). */
export function rejectReadOnly(body: Record<string, unknown>, segment: Segment): void {
  const known = new Set([
    "key",
    "creationDate",
    "lastModifiedDate",
    "version",
    "deleted",
    "_links",
    "_access",
    "_flags",
    "unbounded",
    "generation",
    "_unboundedMetadata",
    "_external",
    "_externalLink",
    "_importInProgress",
    ...Object.keys(segment),
  ]);
  for (const field of Object.keys(body)) {
    if (known.has(field) && !isWritable(field)) throw new PatchApplyError(KIND, field, readOnlyReason(field), undefined);
  }
}

/** Applies a validated merge patch to a copy of `segment`. */
export function applySegmentMergePatch(segment: Segment, patch: SegmentMergePatch, generateId: () => string): Segment {
  const merged = mergePatch(copyJson(segment), patch) as Segment;
  const changed = Object.keys(patch) as WritableField[];
  // `tags: null` removes the tags: a segment always has a list of them.
  const document: Segment = merged.tags === undefined ? { ...merged, tags: [] } : merged;
  checkChangedFields(document, changed, (field, reason) => new PatchApplyError(KIND, field, reason, undefined));
  return changed.includes("rules") ? { ...document, rules: assignIds(document.rules, generateId) } : document;
}
