/**
 * The structural shape of a segment as LaunchDarkly's REST API returns it (`getSegment`), as far as
 * the appliers read and write it. Hand-written on purpose: this package publishes no response model,
 * and any object of this shape (the segment type of `@ldkit/client` or of LaunchDarkly's official
 * client, a stored copy) is accepted; fields not named here pass through untouched.
 */
import type { ClauseValue } from "../types.js";

/**
 * A clause of a segment rule: `_id` is assigned by LaunchDarkly (and by the appliers).
 *
 * @example
 * const c: SegmentClause = { _id: "10a58772-…", contextKind: "user", attribute: "email", op: "endsWith", values: [".edu"], negate: false };
 */
export interface SegmentClause {
  _id?: string;
  contextKind?: string;
  attribute: string;
  op: string;
  values: ClauseValue[];
  negate: boolean;
}

/**
 * A targeting rule of a segment; `weight` (thousandths of a percent), `bucketBy` and
 * `rolloutContextKind` make it a percentage rule.
 *
 * @example
 * const r: SegmentRule = { _id: "a902ef4a-…", clauses: [], weight: 20000, rolloutContextKind: "user" };
 */
export interface SegmentRule {
  _id?: string;
  clauses: SegmentClause[];
  weight?: number;
  bucketBy?: string;
  rolloutContextKind?: string;
  description?: string;
}

/**
 * Individually targeted keys of one context kind (`includedContexts` / `excludedContexts`). Both
 * fields are optional in LaunchDarkly's contract: a missing `contextKind` is read as `user`, missing
 * `values` as none. Entries the appliers write always have both.
 *
 * @example
 * const t: SegmentContextTargets = { contextKind: "org", values: ["org-1"] };
 */
export interface SegmentContextTargets {
  contextKind?: string;
  values?: string[];
}

/**
 * A segment in its REST representation. `included`/`excluded` hold user keys (context kind `user`),
 * `includedContexts`/`excludedContexts` the keys of other context kinds. Big segments
 * (`unbounded: true`) keep their member lists outside this object.
 *
 * @example
 * const s: Segment = { key: "beta", name: "Beta", tags: [], creationDate: 1700000000000, version: 1, rules: [] };
 */
export interface Segment {
  key: string;
  name: string;
  description?: string;
  tags: string[];
  creationDate: number;
  lastModifiedDate?: number;
  version: number;
  included?: string[];
  excluded?: string[];
  includedContexts?: SegmentContextTargets[];
  excludedContexts?: SegmentContextTargets[];
  rules: SegmentRule[];
  unbounded?: boolean;
  unboundedContextKind?: string;
  generation?: number;
  deleted?: boolean;
  _links?: Record<string, unknown>;
}
