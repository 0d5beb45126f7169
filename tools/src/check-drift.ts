import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { generateAll } from "./codegen/generate-all.js";
import { generatedDirs, repoRoot } from "./codegen/repo.js";

/**
 * `pnpm check:drift`: regenerates every generated file in memory and fails when the committed
 * files differ, are missing, or when a generated directory holds a file the generator no longer makes.
 */
async function main(): Promise<void> {
  const files = await generateAll();
  const problems: string[] = [];
  for (const [rel, want] of files) {
    let have: string | undefined;
    try {
      have = await readFile(path.join(repoRoot, rel), "utf8");
    } catch {
      problems.push(`missing   ${rel}`);
      continue;
    }
    if (have !== want) {
      const a = have.split("\n");
      const b = want.split("\n");
      const line = a.findIndex((l, i) => l !== b[i]);
      problems.push(`differs   ${rel} (first difference at line ${(line === -1 ? a.length : line) + 1})`);
    }
  }
  for (const dir of generatedDirs) {
    for (const name of await readdir(path.join(repoRoot, dir)).catch(() => [] as string[])) {
      if (!files.has(`${dir}/${name}`)) problems.push(`stale     ${dir}/${name}`);
    }
  }
  if (problems.length > 0) {
    console.error("Generated code has drifted from openapi/ldkit.yaml:");
    for (const p of problems) console.error(`  ${p}`);
    console.error('\nRun `pnpm generate` and commit the result (see CONTRIBUTING.md, "How a spec change travels").');
    process.exit(1);
  }
  console.log(`Generated code matches the spec (${files.size} files checked).`);
}

await main();
