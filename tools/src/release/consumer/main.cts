// A consumer of the published packages, CommonJS flavour (`require`): compiled by tsc (strict,
// moduleResolution node16) to out/main.cjs, which loads the packages' CommonJS builds and their
// .d.cts types. Run against a Prism mock: `node out/main.cjs <baseUrl>`.
import ldkit = require("@ldkit/client");
import builders = require("@ldkit/semantic-patch");
import apply = require("@ldkit/semantic-patch/apply");
import evaluator = require("@ldkit/evaluator");
import emulators = require("@ldkit/emulator");

async function main(baseUrl: string): Promise<void> {
  const where = { projectKey: "default", environmentKey: "production" } as const;
  const ld: ldkit.LdkitClient = ldkit.createClient({ apiKey: "api-consumer-smoke", baseUrl, retry: false });
  const body: builders.SegmentSemanticPatch = builders
    .segmentPatch("production")
    .addIncludedTargets({ contextKind: "org", values: ["org-acme"] })
    .addRule({ clauses: [builders.clause({ attribute: "email", op: "endsWith", values: ["@example.com"] })] })
    .comment("consumer smoke")
    .build();

  const got = await ld.getSegment({ ...where, segmentKey: "beta-users" });
  const patched = await ld.patchSegment({ ...where, segmentKey: "beta-users", body });
  const listed = await ld.getSegments({ ...where, limit: 5 });
  const jsonPatched = await ld.patchSegment({
    ...where,
    segmentKey: "beta-users",
    body: [builders.jsonPatch.replace("/description", "smoke")],
  });
  let notFound = "none";
  try {
    await ld.getSegment({ ...where, segmentKey: "missing", headers: { Prefer: "code=404" } });
  } catch (error) {
    if (error instanceof ldkit.NotFoundError) notFound = `NotFoundError ${error.status}`;
    else throw error;
  }

  const offline = { key: "s", name: "S", tags: [], creationDate: 1, version: 1, rules: [], included: [], excluded: [], salt: "salt" };
  const applied = apply.applySegmentPatch(
    offline,
    builders
      .segmentPatch("production")
      .addIncludedTargets({ contextKind: "user", values: ["u-1"] })
      .build(),
  );
  const evaluation = evaluator.evaluateSegment(applied, { kind: "user", key: "u-1" });
  const preview = evaluator.previewSegmentPatch(
    applied,
    builders
      .segmentPatch("production")
      .addIncludedTargets({ contextKind: "org", values: ["org-acme"] })
      .build(),
    [{ kind: "org", key: "org-acme" }],
  );
  const emulator = emulators.createEmulator();
  const local = ldkit.createClient({ apiKey: "api-consumer-smoke", fetch: emulator.fetch, retry: false });
  await local.postSegment({ projectKey: "default", environmentKey: "production", body: { key: "consumer", name: "Consumer" } });
  const emulated = await local.patchSegment({
    projectKey: "default",
    environmentKey: "production",
    segmentKey: "consumer",
    body: builders
      .segmentPatch("production")
      .addTags({ values: ["smoke"] })
      .build(),
  });
  await emulator.close();

  console.log(
    JSON.stringify({
      format: "cjs",
      builder: body.instructions.map((i) => i.kind),
      namespace: builders.segment.addTags({ values: ["smoke"] }).kind,
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
}

const baseUrl = process.argv[2];
if (!baseUrl) throw new Error("usage: node main.cjs <baseUrl>");
main(baseUrl).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
