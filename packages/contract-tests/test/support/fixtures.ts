import type { LdkitClient } from "@ldkit/client";
import { target } from "./target.js";

/**
 * The keys and IDs the cases use. Against Prism they are the spec's example values; against a real
 * server the read-only ones are discovered (first standard and first big segment of the project and
 * environment, first flag of a user), and what cannot be discovered stays undefined so the cases
 * that need it skip with a reason.
 */
export interface Fixtures {
  projectKey: string;
  environmentKey: string;
  segmentKey?: string;
  bigSegmentKey?: string;
  contextKey: string;
  userKey: string;
  flagKey?: string;
  variationId?: string;
  exportId?: string;
  importId?: string;
}

const prismFixtures = (): Fixtures => ({
  projectKey: target().projectKey,
  environmentKey: target().environmentKey,
  segmentKey: "beta-users",
  bigSegmentKey: "enterprise-devices",
  contextKey: "device-key-123abc",
  userKey: "Abbie_Braun",
  flagKey: "sort.order",
  variationId: "ce12d345-a1b2-4fb5-a123-ab123d4d5f5d",
  exportId: "7c9e6679-7425-40de-944b-e07fc1f90ae7",
  importId: "1b3c5d7e-9f10-4a2b-8c4d-6e8f0a1b2c3d",
});

let discovered: Promise<Fixtures> | undefined;

/** The fixtures of this run (discovered once per test file against a real server). */
export function fixtures(client: LdkitClient): Promise<Fixtures> {
  if (target().mode === "prism") return Promise.resolve(prismFixtures());
  discovered ??= discover(client);
  return discovered;
}

async function discover(client: LdkitClient): Promise<Fixtures> {
  const { projectKey, environmentKey } = target();
  const fx: Fixtures = { projectKey, environmentKey, contextKey: "ldkit-contract-context", userKey: "ldkit-contract-user" };
  const { items } = await client.getSegments({ projectKey, environmentKey, limit: 50 });
  fx.segmentKey = items.find((s) => !s.unbounded && !s.deleted)?.key;
  fx.bigSegmentKey = items.find((s) => s.unbounded && !s.deleted)?.key;
  const settings = await client.getUserFlagSettings({ projectKey, environmentKey, userKey: fx.userKey });
  fx.flagKey = Object.keys(settings.items)[0];
  return fx;
}

/** The fixture values, or the reason the case cannot run without them. */
export function missing(fx: Fixtures, needs: ReadonlyArray<keyof Fixtures>): string | undefined {
  const absent = needs.filter((k) => fx[k] === undefined);
  return absent.length ? `needs ${absent.join(", ")}, which ${target().baseUrl} has none of (or cannot be discovered)` : undefined;
}

/** A fixture that a case declared in `needs` (so it is defined when the case runs). */
export function need<K extends keyof Fixtures>(fx: Fixtures, key: K): NonNullable<Fixtures[K]> {
  const value = fx[key];
  if (value === undefined) throw new Error(`fixture ${key} is missing`);
  return value as NonNullable<Fixtures[K]>;
}
