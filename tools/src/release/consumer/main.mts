// A consumer of the published packages, ESM flavour (`import`). Copied into a fresh project outside
// the workspace by the consumer smoke and the release e2e, type-checked there with tsc (strict,
// moduleResolution node16) and run against a Prism mock: `node out/main.mjs <baseUrl>`.
import { createClient, NotFoundError, type LdkitClient } from "@ldkit/client";
import { clause, segment, segmentPatch, jsonPatch, type SegmentSemanticPatch } from "@ldkit/semantic-patch";
import { applySegmentPatch } from "@ldkit/semantic-patch/apply";
import { evaluateSegment, previewSegmentPatch } from "@ldkit/evaluator";
import { createEmulator } from "@ldkit/emulator";

const baseUrl = process.argv[2];
if (!baseUrl) throw new Error("usage: node main.mjs <baseUrl>");

const where = { projectKey: "default", environmentKey: "production" } as const;
const ld: LdkitClient = createClient({ apiKey: "api-consumer-smoke", baseUrl, retry: false });

const body: SegmentSemanticPatch = segmentPatch("production")
  .addIncludedTargets({ contextKind: "org", values: ["org-acme"] })
  .addRule({ clauses: [clause({ attribute: "email", op: "endsWith", values: ["@example.com"] })] })
  .comment("consumer smoke")
  .build();

const got = await ld.getSegment({ ...where, segmentKey: "beta-users" });
const patched = await ld.patchSegment({ ...where, segmentKey: "beta-users", body });
const listed = await ld.getSegments({ ...where, limit: 5 });
const jsonPatched = await ld.patchSegment({ ...where, segmentKey: "beta-users", body: [jsonPatch.replace("/description", "smoke")] });
let notFound = "none";
try {
  await ld.getSegment({ ...where, segmentKey: "missing", headers: { Prefer: "code=404" } });
} catch (error) {
  if (error instanceof NotFoundError) notFound = `NotFoundError ${error.status}`;
  else throw error;
}

// The segment engine offline, and the emulator in process (no network), as a user's test would use them.
const offline = { key: "s", name: "S", tags: [], creationDate: 1, version: 1, rules: [], included: [], excluded: [], salt: "salt" };
const applied = applySegmentPatch(
  offline,
  segmentPatch("production")
    .addIncludedTargets({ contextKind: "user", values: ["u-1"] })
    .build(),
);
const evaluation = evaluateSegment(applied, { kind: "user", key: "u-1" });
const preview = previewSegmentPatch(
  applied,
  segmentPatch("production")
    .addIncludedTargets({ contextKind: "org", values: ["org-acme"] })
    .build(),
  [{ kind: "org", key: "org-acme" }],
);
const emulator = createEmulator();
const local = createClient({ apiKey: "api-consumer-smoke", fetch: emulator.fetch, retry: false });
await local.postSegment({ projectKey: "default", environmentKey: "production", body: { key: "consumer", name: "Consumer" } });
const emulated = await local.patchSegment({
  projectKey: "default",
  environmentKey: "production",
  segmentKey: "consumer",
  body: segmentPatch("production")
    .addTags({ values: ["smoke"] })
    .build(),
});
await emulator.close();

console.log(
  JSON.stringify({
    format: "esm",
    builder: body.instructions.map((i) => i.kind),
    namespace: segment.addTags({ values: ["smoke"] }).kind,
    get: [got.key, got.version, got.rules.length],
    patch: [patched.key, patched.version],
    jsonPatch: jsonPatched.key,
    list: listed.items.map((s) => s.key),
    notFound,
    engine: {
      applied: applied.version,
      member: evaluation.match,
      reason: evaluation.reason.kind,
      entering: preview.entering.map((c) => c.key),
      emulated: [emulated.key, emulated.version, emulated.tags.includes("smoke")],
    },
  }),
);

/** Never called: misuse that must not compile (tsc fails on an unused @ts-expect-error). */
export function misuse(client: LdkitClient): void {
  // @ts-expect-error segmentKey is a required path parameter
  void client.getSegment({ projectKey: "default", environmentKey: "production" });
  void client.patchSegment({
    ...where,
    segmentKey: "s",
    // @ts-expect-error an expiring-targets instruction is not a segment instruction
    body: { environmentKey: "production", instructions: [{ kind: "addExpiringTarget" }] },
  });
}
