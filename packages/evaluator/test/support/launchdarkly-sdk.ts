/**
 * LaunchDarkly's own evaluator as a test oracle: `@launchdarkly/node-server-sdk` 9.13.7 fed through
 * `integrations.TestData`, one wrapper flag per segment key whose only rule is `segmentMatch` of that
 * segment (variations `[true, false]`, fallthrough `false`), and an in-memory big-segment store. It
 * runs offline: no network, no events.
 */
import { createHash } from "node:crypto";
import * as ld from "@launchdarkly/node-server-sdk";
import type { SegmentInput } from "../../src/segment.js";

/** What the SDK says: member, not member, or an evaluation error. */
export type SdkOutcome = "match" | "noMatch" | "error";

const silent = { error() {}, warn() {}, info() {}, debug() {} };

/** The SDK data model of a segment: rules carry `id` where the REST representation has `_id`. */
export function toSdkSegment(segment: SegmentInput, version: number): Record<string, unknown> {
  const { rules, ...rest } = segment;
  return {
    ...rest,
    version,
    rules: (rules ?? []).map(({ _id, clauses, ...rule }) => ({
      ...rule,
      ...(_id !== undefined && _id !== null && { id: _id }),
      clauses: clauses.map(({ _id: _clauseId, ...clause }) => clause),
    })),
  };
}

/** The wrapper flag: true when the context is in `segmentKey`. */
export function wrapperFlag(segmentKey: string): Record<string, unknown> {
  return {
    key: `wrap.${segmentKey}`,
    version: 1,
    on: true,
    variations: [true, false],
    fallthrough: { variation: 1 },
    offVariation: 1,
    targets: [],
    contextTargets: [],
    prerequisites: [],
    rules: [{ id: "wrapper", clauses: [{ attribute: "", op: "segmentMatch", values: [segmentKey], negate: false }], variation: 0 }],
    salt: "wrapper",
    trackEvents: false,
    trackEventsFallthrough: false,
    clientSide: false,
  };
}

/** One evaluation world: the segments the store holds, and big-segment memberships by context key. */
export interface World {
  readonly segments: readonly SegmentInput[];
  readonly memberships: Readonly<Record<string, Readonly<Record<string, boolean | null>>>>;
}

/** The SDK, loaded with worlds one after the other; every segment key used must be in `segmentKeys`. */
export interface SdkOracle {
  load(world: World): Promise<void>;
  evaluate(segmentKey: string, context: unknown): Promise<SdkOutcome>;
  close(): void;
}

/**
 * Starts the SDK with wrapper flags for `segmentKeys`. `load` replaces the segments (a key the world
 * does not define is stored deleted, so the SDK does not find it) and the big-segment memberships.
 */
export async function startSdkOracle(segmentKeys: readonly string[]): Promise<SdkOracle> {
  const td = new ld.integrations.TestData();
  for (const key of segmentKeys) await td.usePreconfiguredFlag(wrapperFlag(key));
  // Membership objects are kept per hashed key and refilled in place: the SDK caches the object it got.
  const memberships = new Map<string, Record<string, boolean | null>>();
  const membershipFor = (hash: string): Record<string, boolean | null> => {
    const known = memberships.get(hash);
    if (known) return known;
    const membership: Record<string, boolean | null> = {};
    memberships.set(hash, membership);
    return membership;
  };
  const hash = (key: string): string => createHash("sha256").update(key).digest("base64");
  const store = {
    getMetadata: async () => ({ lastUpToDate: Date.now() }),
    // The SDK types membership values as boolean; at run time it treats null as "not listed", as the store may.
    getUserMembership: async (userHash: string) => membershipFor(userHash) as Record<string, boolean>,
    close() {},
  };
  const client = ld.init("sdk-key", {
    updateProcessor: td.getFactory(),
    sendEvents: false,
    logger: silent,
    bigSegments: { store: () => store, userCacheSize: 10_000, staleAfter: 3_600 },
  });
  await client.waitForInitialization({ timeout: 5 });
  let version = 1;
  return {
    async load(world) {
      for (const membership of memberships.values()) for (const ref of Object.keys(membership)) delete membership[ref];
      for (const [contextKey, membership] of Object.entries(world.memberships)) Object.assign(membershipFor(hash(contextKey)), membership);
      const defined = new Set(world.segments.map((segment) => segment.key));
      version += 1;
      for (const segment of world.segments) await td.usePreconfiguredSegment(toSdkSegment(segment, version));
      for (const key of segmentKeys) if (!defined.has(key)) await td.usePreconfiguredSegment({ key, version, deleted: true });
    },
    async evaluate(segmentKey, context) {
      const detail = await client.variationDetail(`wrap.${segmentKey}`, context as ld.LDContext, null);
      if (detail.reason.kind === "ERROR") return "error";
      return detail.value === true ? "match" : "noMatch";
    },
    close: () => client.close(),
  };
}
