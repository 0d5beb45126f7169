import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { generateAll } from "./codegen/generate-all.js";
import { generatedDirs, repoRoot } from "./codegen/repo.js";

/** `pnpm generate`: rewrites every generated file from openapi/ldkit.yaml and removes stale ones. */
async function main(): Promise<void> {
  const files = await generateAll();
  for (const dir of generatedDirs) {
    const abs = path.join(repoRoot, dir);
    await mkdir(abs, { recursive: true });
    for (const name of await readdir(abs)) {
      if (!files.has(`${dir}/${name}`)) await rm(path.join(abs, name), { recursive: true });
    }
  }
  for (const [rel, content] of files) {
    await mkdir(path.dirname(path.join(repoRoot, rel)), { recursive: true });
    await writeFile(path.join(repoRoot, rel), content);
    console.log(`generated ${rel}`);
  }
}

await main();
