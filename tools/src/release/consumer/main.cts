// A consumer of the published packages, CommonJS flavour (`require`): compiled by tsc (strict,
// moduleResolution node16) to out/main.cjs, which loads the packages' CommonJS builds and their
// .d.cts types. Run against a Prism mock: `node out/main.cjs <baseUrl>`.
import ldkit = require("@ldkit/client");
import builders = require("@ldkit/semantic-patch");

async function main(baseUrl: string): Promise<void> {
  const where = { projectKey: "default", environmentKey: "production" } as const;
  const ld: ldkit.LDClient = ldkit.createClient({ apiKey: "api-consumer-smoke", baseUrl, retry: false });
  const body: builders.SegmentSemanticPatch = builders
    .segmentPatch("production")
    .addIncludedTargets({ contextKind: "org", values: ["org-acme"] })
    .addRule({ clauses: [builders.clause({ attribute: "email", op: "endsWith", values: ["@example.com"] })] })
    .comment("consumer smoke")
    .build();

  const got = await ld.getSegment({ ...where, segmentKey: "beta-users" });
  const patched = await ld.patchSegment({ ...where, segmentKey: "beta-users", body });
  const listed = await ld.getSegments({ ...where, limit: 5 });
  const jsonPatched = await ld.patchSegment({ ...where, segmentKey: "beta-users", body: [builders.jsonPatch.replace("/description", "smoke")] });
  let notFound = "none";
  try {
    await ld.getSegment({ ...where, segmentKey: "missing", headers: { Prefer: "code=404" } });
  } catch (error) {
    if (error instanceof ldkit.NotFoundError) notFound = `NotFoundError ${error.status}`;
    else throw error;
  }

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
    }),
  );
}

const baseUrl = process.argv[2];
if (!baseUrl) throw new Error("usage: node main.cjs <baseUrl>");
main(baseUrl).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
