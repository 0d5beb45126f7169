// A consumer of the published packages as a bundler sees them (moduleResolution "bundler"):
// type-checked only (tsc --noEmit, strict), never run.
import { createClient, type LdkitClient, type OperationResult } from "@ldkit/client";
import { segmentPatch, segmentExpiringTargets, userExpiringFlags, clause } from "@ldkit/semantic-patch";

export async function addPilot(apiKey: string): Promise<OperationResult<"patchSegment">> {
  const ld: LdkitClient = createClient({ apiKey });
  await ld.patchExpiringTargetsForSegment({
    projectKey: "default",
    environmentKey: "production",
    segmentKey: "beta-users",
    body: {
      instructions: [
        segmentExpiringTargets.addExpiringTarget({
          targetType: "included",
          contextKind: "org",
          contextKey: "org-acme",
          value: Date.parse("2030-01-01"),
        }),
      ],
    },
  });
  const flag = userExpiringFlags.addExpireUserTargetDate({
    flagKey: "sort.order",
    variationId: "ce12d345-a1b2-4fb5-a123-ab123d4d5f5d",
    value: Date.parse("2030-01-01"),
  });
  void flag;
  return ld.patchSegment({
    projectKey: "default",
    environmentKey: "production",
    segmentKey: "beta-users",
    body: segmentPatch("production")
      .addRule({ clauses: [clause({ attribute: "email", op: "endsWith", values: ["@example.com"] })] })
      .build(),
  });
}

// @ts-expect-error apiKey is required
createClient({});
