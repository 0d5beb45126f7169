import type { LDClient } from "@ldkit/client";
import { clause, segmentExpiringTargets, segmentExpiringTargetsPatch, segmentPatch } from "@ldkit/semantic-patch";

/** Where the demo works and what it may do. */
export interface DemoTarget {
  projectKey: string;
  environmentKey: string;
  /** Write calls (create, patch, import) run only when true. */
  write: boolean;
  /** A user key for the user-settings calls. */
  userKey: string;
}

/** One line of demo output. */
export type Report = (title: string, detail: string) => void;

/**
 * The demo script: the jobs ldkit is for, in order. Create a segment, add targets and a rule by
 * semantic patch, list segments with a filter, schedule an expiring target, read a user's flag
 * settings, start a big segment import. Read-only steps always run; write steps only when allowed.
 */
export async function runScenario(client: LDClient, target: DemoTarget, report: Report): Promise<void> {
  const { projectKey, environmentKey } = target;
  const segmentKey = "ldkit-demo-beta-testers";

  if (target.write) {
    const created = await client.postSegment({
      projectKey,
      environmentKey,
      body: { key: segmentKey, name: "ldkit demo: beta testers", description: "Created by the ldkit demo", tags: ["ldkit-demo"] },
    });
    report("postSegment", `created segment "${created.name}" (key ${created.key}, version ${created.version})`);

    const patched = await client.patchSegment({
      projectKey,
      environmentKey,
      segmentKey,
      body: segmentPatch(environmentKey)
        .addIncludedTargets({ contextKind: "org", values: ["org-acme", "org-globex"] })
        .addRule({ description: "Employees", clauses: [clause({ attribute: "email", op: "endsWith", values: ["@example.com"] })] })
        .comment("ldkit demo: targets and a rule")
        .build(),
    });
    report("patchSegment", `semantic patch applied: ${patched.rules.length} rule(s), version ${patched.version}`);
  }

  const list = await client.getSegments({ projectKey, environmentKey, limit: 20, filter: 'tags anyOf ["ldkit-demo"]' });
  report("getSegments", `${list.items.length} segment(s) tagged ldkit-demo (total ${list.totalCount ?? "?"}): ${list.items.map((s) => s.key).join(", ") || "none"}`);

  if (target.write) {
    const expiring = await client.patchExpiringTargetsForSegment({
      projectKey,
      environmentKey,
      segmentKey,
      body: segmentExpiringTargetsPatch({
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
    report("patchExpiringTargetsForSegment", `${expiring.successfulInstructions ?? 0}/${expiring.totalInstructions ?? 0} instruction(s) succeeded`);
  } else {
    const firstKey = list.items[0]?.key;
    if (firstKey) {
      const expiring = await client.getExpiringTargetsForSegment({ projectKey, environmentKey, segmentKey: firstKey });
      report("getExpiringTargetsForSegment", `${expiring.items.length} expiring target(s) on ${firstKey}`);
    }
  }

  const settings = await client.getUserFlagSettings({ projectKey, environmentKey, userKey: target.userKey });
  const flags = Object.entries(settings.items);
  report(
    "getUserFlagSettings",
    `${flags.length} flag(s) for ${target.userKey}: ` + flags.map(([key, s]) => `${key}=${JSON.stringify(s._value)}`).join(", "),
  );

  if (target.write) {
    const csv = new Blob(["user-1\nuser-2\nuser-3\n"], { type: "text/csv" });
    const started = await client.createBigSegmentImport({
      projectKey,
      environmentKey,
      segmentKey,
      body: { file: csv, mode: "merge", waitOnApprovals: false },
    });
    const status = await client.getBigSegmentImport({ projectKey, environmentKey, segmentKey, importID: started.id });
    report("createBigSegmentImport", `import ${started.id} started; status ${status.status}`);
  }
}
