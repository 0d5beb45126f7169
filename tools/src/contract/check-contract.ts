import { readFile } from "node:fs/promises";
import path from "node:path";
import { loadSpec } from "../codegen/spec.js";
import { repoRoot, specPath } from "../codegen/repo.js";
import { compareContract } from "./compare.js";
import { undocumentedDeviations } from "./documented.js";
import { loadOfficialContract } from "./official-models.js";
import { contractFailures, renderContractReport } from "./render.js";

/**
 * `pnpm check:contract`: compares openapi/ldkit.yaml with the models of LaunchDarkly's official
 * client (`launchdarkly-api-typescript`), prints the table, and fails on every difference that is
 * not marked with `x-ldkit-deviation` (or marked but not listed in openapi/README.md).
 */
async function main(): Promise<void> {
  const report = compareContract(await loadSpec(specPath), await loadOfficialContract());
  console.log(renderContractReport(report));
  const readme = await readFile(path.join(repoRoot, "openapi", "README.md"), "utf8");
  const failures = [
    ...contractFailures(report),
    ...undocumentedDeviations(report, readme).map(
      (place) => `${place}: marked with x-ldkit-deviation but not listed in openapi/README.md ("Deviations from LaunchDarkly's contract")`,
    ),
  ];
  if (failures.length > 0) {
    console.error("\nThe spec differs from LaunchDarkly's contract where it is not marked as deliberate:");
    for (const f of failures) console.error(`  ${f}`);
    console.error(
      '\nAlign the spec (then `pnpm generate`), or mark a deliberate deviation with x-ldkit-deviation and list it in openapi/README.md (see CONTRIBUTING.md, "When LaunchDarkly updates its spec").',
    );
    process.exit(1);
  }
  console.log(
    `\nContract gate passed: every difference from launchdarkly-api-typescript ${report.installedVersion} is marked as deliberate and listed in openapi/README.md.`,
  );
}

await main();
