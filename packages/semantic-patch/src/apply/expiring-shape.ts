/**
 * The structural shapes of the three expiring-target GET responses, as far as the appliers read and
 * write them (hand-written: this package publishes no response model). Other fields pass through.
 */

/**
 * What an expiring target belongs to: a segment (`kind: "segment"`, `key`) or a flag (`kind: "flag"`, `flagKey`).
 *
 * @example
 * const id: ExpiringResourceId = { kind: "segment", projectKey: "default", environmentKey: "production", key: "beta" };
 */
export interface ExpiringResourceId {
  kind?: string;
  projectKey?: string;
  environmentKey?: string;
  flagKey?: string;
  key?: string;
}

/**
 * A segment's context target scheduled for removal (an item of `getExpiringTargetsForSegment`).
 *
 * @example
 * const item: ExpiringContextTarget = { _id: "6627…", _version: 1, expirationDate: 1754092860000, contextKind: "user", contextKey: "user-1", targetType: "included" };
 */
export interface ExpiringContextTarget {
  _id: string;
  _version: number;
  expirationDate: number;
  contextKind: string;
  contextKey: string;
  targetType?: string;
  variationId?: string;
  _resourceId?: ExpiringResourceId;
}

/**
 * A user target scheduled for removal, of a segment (`getExpiringUserTargetsForSegment`) or of a flag
 * (`getExpiringFlagsForUser`, with `variationId` and `_resourceId.flagKey`).
 *
 * @example
 * const item: ExpiringUserTarget = { _id: "6627…", _version: 1, expirationDate: 1754092860000, userKey: "user-1", targetType: "included" };
 */
export interface ExpiringUserTarget {
  _id: string;
  _version: number;
  expirationDate: number;
  userKey: string;
  targetType?: string;
  variationId?: string;
  _resourceId?: ExpiringResourceId;
}

/**
 * `getExpiringTargetsForSegment`'s result: `{ items, _links? }`.
 *
 * @example
 * const current: ExpiringContextTargets = { items: [] };
 */
export interface ExpiringContextTargets {
  items: ExpiringContextTarget[];
}

/**
 * `getExpiringUserTargetsForSegment`'s and `getExpiringFlagsForUser`'s result: `{ items, _links? }`.
 *
 * @example
 * const current: ExpiringUserTargets = { items: [] };
 */
export interface ExpiringUserTargets {
  items: ExpiringUserTarget[];
}
