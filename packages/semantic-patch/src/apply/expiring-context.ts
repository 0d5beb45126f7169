/**
 * Options and helpers shared by the expiring-target appliers of the three bodies.
 */
import type { TargetType } from "../types.js";
import { describe } from "../validate.js";
import { reject } from "./run.js";
import type { BigSegmentTargetLookup } from "./segment-context.js";
import type { ExpiringResourceId } from "./expiring-shape.js";
import type { Segment } from "./segment-shape.js";
import { targetKeys } from "./segment-targets.js";

/**
 * Options of the segment expiring-target appliers.
 *
 * @example
 * applySegmentExpiringTargetsPatch(current, body, { segment, generateId: () => "id-1" });
 */
export interface ApplySegmentExpiringTargetsOptions {
  /** Ids of new items (default `crypto.randomUUID()`). */
  readonly generateId?: () => string;
  /**
   * The segment the targets belong to: when given, a new expiration must be for one of its
   * individual targets (for a big segment, checked through `bigSegmentTargets` when given), and
   * `updateExpireUserTargetDate`'s `version` (the segment version) is checked against it.
   */
  readonly segment?: Segment;
  /** A big segment's stored targets (see {@link ApplySegmentExpiringTargetsOptions.segment}). */
  readonly bigSegmentTargets?: BigSegmentTargetLookup;
  /** `_resourceId` of new items (default: that of an existing item, else `{ kind: "segment", key }`). */
  readonly resourceId?: ExpiringResourceId;
}

/**
 * Options of {@link applyUserExpiringFlagsPatch}.
 *
 * @example
 * applyUserExpiringFlagsPatch(current, body, { userKey: "user-1", resourceId: { projectKey: "default", environmentKey: "production" } });
 */
export interface ApplyUserExpiringFlagsOptions {
  /** Ids of new items (default `crypto.randomUUID()`). */
  readonly generateId?: () => string;
  /** The user's key, for new items (default: that of an existing item). */
  readonly userKey?: string;
  /** `projectKey`/`environmentKey` for new items' `_resourceId` (`kind: "flag"` and `flagKey` are set). */
  readonly resourceId?: ExpiringResourceId;
  /** When given, the user must be individually targeted with `variationId` on the flag (the docs' precondition). */
  readonly isTargeted?: (flagKey: string, variationId: string) => boolean;
}

/** The id generator of the options. */
export function idGenerator(options: { readonly generateId?: () => string }): () => string {
  return options.generateId ?? (() => globalThis.crypto.randomUUID());
}

/** Rejects a new expiration for a context that is not an individual target of the segment (when the segment is known). */
export function requireTargeted(
  options: ApplySegmentExpiringTargetsOptions,
  targetType: TargetType,
  contextKind: string,
  contextKey: string,
  field: string,
): void {
  const { segment, bigSegmentTargets } = options;
  if (segment === undefined) return;
  if (segment.unbounded === true) {
    if (bigSegmentTargets !== undefined && !bigSegmentTargets.has(targetType, contextKey)) {
      reject(
        field,
        `must be an individual target of the segment: ${describe(contextKey)} is not ${targetType} in big segment ${describe(segment.key)}`,
      );
    }
    return;
  }
  if (!targetKeys(segment, targetType, contextKind).includes(contextKey)) {
    reject(
      field,
      `must be an individual target of the segment: ${describe(contextKey)} is not ${targetType} (contextKind ${describe(contextKind)}) in segment ${describe(segment.key)}`,
    );
  }
}

/** Rejects an update whose `version` differs from the current one. */
export function requireVersion(given: number | undefined, current: number, what: string): void {
  if (given !== undefined && given !== current) reject("version", `must match the current version of ${what} (${current}; got ${given})`);
}

/** Replaces item `at` of `items` with `item` (a new array). */
export function replaceAt<T>(items: readonly T[], at: number, item: T): T[] {
  return items.map((existing, i) => (i === at ? item : existing));
}

/** Removes item `at` of `items` (a new array). */
export function removeAt<T>(items: readonly T[], at: number): T[] {
  return items.filter((_, i) => i !== at);
}

/** What the segment expiring-target appliers receive besides the state and the instruction. */
export interface ExpiringApplyContext<O> {
  readonly options: O;
  readonly generateId: () => string;
}
