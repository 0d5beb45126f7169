// `pnpm api:check` / `pnpm api:update`: the committed API report (`packages/<name>/etc/<name>.api.md`) of
// every published package against its built declarations. CI runs the check after the build, so a
// change of any package's exported surface fails until its report is updated and reviewed.
import path from "node:path";
import { apiReportConfigs, checkApiReport } from "./api/api-reports.js";
import { publicPackages } from "./release/workspace.js";
import { repoRoot } from "./codegen/repo.js";

const update = process.argv.includes("--update");
let failed = 0;
for (const pkg of publicPackages())
  for (const config of apiReportConfigs(pkg.dir)) {
    const result = checkApiReport(pkg.dir, { update, config });
    const report = path.relative(repoRoot, result.report);
    for (const message of result.messages) console.log(`  ${pkg.name}: ${message}`);
    if (result.ok) {
      console.log(`${update && result.changed ? "updated" : "ok"}  ${pkg.name}  ${report}`);
    } else {
      failed++;
      const problem = result.messages.length > 0 ? "API Extractor reported problems (above)" : `its exported API differs from ${report}`;
      const hint =
        result.changed && !update ? " If the change is intended, run `pnpm api:update`, review the diff of the report and commit it." : "";
      console.error(`FAIL ${pkg.name}: ${problem}.${hint}`);
    }
  }
process.exit(failed ? 1 : 0);
