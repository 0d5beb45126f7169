import type { LdkitClient, UserSegment } from "@ldkit/client";
import { clause, segmentExpiringTargets, segmentPatch, validateSegmentExpiringTargetsPatch } from "@ldkit/semantic-patch";
import { previewPatch } from "./preview.js";

/** Where the demo works and what it may do. */
export interface DemoTarget {
  projectKey: string;
  environmentKey: string;
  /** Write calls (create, patch, import) run only when true. */
  write: boolean;
  /** A user key for the user-settings calls. */
  userKey: string;
  /** Longest wait for the big segment import to complete, in ms (default 30 000). */
  importTimeoutMs?: number;
}

/** One line of demo output. */
export type Report = (title: string, detail: string) => void;

/** The contexts the demo asks about: who is a member of the segment, before and after a patch. */
export const DEMO_CONTEXTS = [
  { kind: "org", key: "org-acme", name: "Acme" },
  { kind: "org", key: "org-globex", name: "Globex" },
  { kind: "user", key: "ann", email: "ann@example.com" },
  { kind: "user", key: "zed", email: "zed@elsewhere.org" },
] as const;

const label = (c: { kind: string; key: string }) => `${c.kind}:${c.key}`;

/** Target and rule counts of a segment, as the demo prints them. */
export function describeSegment(s: Pick<UserSegment, "included" | "includedContexts" | "rules" | "version">): string {
  const targets = (s.included?.length ?? 0) + (s.includedContexts ?? []).reduce((n, t) => n + (t.values?.length ?? 0), 0);
  return `${targets} included target(s), ${s.rules.length} rule(s), version ${s.version}`;
}

async function waitForImport(
  client: LdkitClient,
  where: { projectKey: string; environmentKey: string; segmentKey: string },
  importID: string,
  timeoutMs: number,
): Promise<string[]> {
  const seen: string[] = [];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { status } = await client.getBigSegmentImport({ ...where, importID });
    if (seen.at(-1) !== status) seen.push(status);
    if (["complete", "stopped", "pending_approval", "ready"].includes(status) || Date.now() > deadline) return seen;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The demo script: the jobs ldkit is for, in order. Create a segment, add targets and a rule by
 * semantic patch, list segments with a filter, ask who is a member, preview a patch offline (who
 * would enter and leave), schedule an expiring target, read a user's flag settings, import keys into
 * a big segment and wait for the import to complete. Read-only steps always run; write steps only
 * when allowed. Every line reports what the server answered.
 */
export async function runScenario(client: LdkitClient, target: DemoTarget, report: Report): Promise<void> {
  const { projectKey, environmentKey } = target;
  const where = { projectKey, environmentKey };
  const segmentKey = "ldkit-demo-beta-testers";
  const bigKey = "ldkit-demo-devices";

  if (target.write) {
    const created = await client.postSegment({
      ...where,
      body: { key: segmentKey, name: "ldkit demo: beta testers", description: "Created by the ldkit demo", tags: ["ldkit-demo"] },
    });
    report("postSegment", `created segment "${created.name}" (key ${created.key}, version ${created.version})`);

    const patched = await client.patchSegment({
      ...where,
      segmentKey,
      body: segmentPatch(environmentKey)
        .addIncludedTargets({ contextKind: "org", values: ["org-acme", "org-globex"] })
        .addRule({ description: "Employees", clauses: [clause({ attribute: "email", op: "endsWith", values: ["@example.com"] })] })
        .comment("ldkit demo: targets and a rule")
        .build(),
    });
    report("patchSegment", `semantic patch applied: ${describeSegment(patched)}`);
  }

  const list = await client.getSegments({ ...where, limit: 20, filter: 'tags anyOf ["ldkit-demo"]' });
  report(
    "getSegments",
    `${list.items.length} segment(s) tagged ldkit-demo (total ${list.totalCount ?? "?"}): ${list.items.map((s) => s.key).join(", ") || "none"}`,
  );

  if (target.write) {
    const members: string[] = [];
    for (const context of DEMO_CONTEXTS) {
      const { items } = await client.getContextInstanceSegmentsMembershipByEnv({ ...where, body: context });
      if (items.find((i) => i.key === segmentKey)?.isMember) members.push(label(context));
    }
    report(
      "getContextInstanceSegments…",
      `members of ${segmentKey}: ${members.join(", ") || "none"} (of ${DEMO_CONTEXTS.map(label).join(", ")})`,
    );

    const current = await client.getSegment({ ...where, segmentKey });
    const preview = previewPatch(current, DEMO_CONTEXTS);
    report(
      "previewSegmentPatch",
      `${preview.description}: would enter ${preview.entered.join(", ") || "nobody"}; would leave ${preview.left.join(", ") || "nobody"} (offline, nothing sent)`,
    );

    const expiring = await client.patchExpiringTargetsForSegment({
      ...where,
      segmentKey,
      body: validateSegmentExpiringTargetsPatch({
        comment: "ldkit demo: expire in 30 days",
        instructions: [
          segmentExpiringTargets.addExpiringTarget({
            targetType: "included",
            contextKind: "org",
            contextKey: "org-acme",
            value: Date.now() + 30 * 24 * 3600 * 1000,
          }),
        ],
      }),
    });
    report(
      "patchExpiringTargetsForSegment",
      `${expiring.successfulInstructions ?? 0}/${expiring.totalInstructions ?? 0} instruction(s) succeeded; ${expiring.items.length} target(s) scheduled to expire`,
    );
  } else {
    const firstKey = list.items[0]?.key;
    if (firstKey) {
      const expiring = await client.getExpiringTargetsForSegment({ ...where, segmentKey: firstKey });
      report("getExpiringTargetsForSegment", `${expiring.items.length} expiring target(s) on ${firstKey}`);
    }
  }

  const settings = await client.getUserFlagSettings({ ...where, userKey: target.userKey });
  const flags = Object.entries(settings.items);
  report(
    "getUserFlagSettings",
    `${flags.length} flag(s) for ${target.userKey}: ${flags.map(([key, s]) => `${key}=${JSON.stringify(s._value)}`).join(", ")}`,
  );

  if (target.write) {
    await client.postSegment({
      ...where,
      body: { key: bigKey, name: "ldkit demo: devices", tags: ["ldkit-demo"], unbounded: true, unboundedContextKind: "device" },
    });
    const csv = new Blob(["device-1\ndevice-2\ndevice-3\n"], { type: "text/csv" });
    const started = await client.createBigSegmentImport({
      ...where,
      segmentKey: bigKey,
      body: { file: csv, mode: "merge", waitOnApprovals: false },
    });
    const statuses = await waitForImport(client, { ...where, segmentKey: bigKey }, started.id, target.importTimeoutMs ?? 30_000);
    const big = await client.getSegment({ ...where, segmentKey: bigKey });
    const member = await client.getSegmentMembershipForContext({ ...where, segmentKey: bigKey, contextKey: "device-2" });
    report(
      "createBigSegmentImport",
      `import ${started.id} into ${bigKey}: ${statuses.join(" → ")}; ${big._unboundedMetadata?.includedCount ?? "?"} key(s) included; device-2 included: ${member.included}`,
    );
  }
}
