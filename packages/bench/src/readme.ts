/**
 * Keeps the "Benchmarks" section of the root README in sync with the results file: rewrites what lies
 * between `<!-- bench:start -->` and `<!-- bench:end -->` with the summary table rendered from
 * `results.json` (the full tables stay in `results.md`). `pnpm bench` calls it after writing the
 * results (only if the markers exist); `pnpm --filter @ldkit/bench readme` re-renders `results.md`
 * and the section from `results.json` without measuring, and appends the section, markers included,
 * when the README has none.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { benchDir, rootDir } from "./util.js";
import { render, renderReadmeSection, type Results } from "./render.js";

const START = "<!-- bench:start -->";
const END = "<!-- bench:end -->";

export function syncReadme(markdown: string, { appendIfMissing }: { appendIfMissing: boolean }): string {
  const file = path.join(rootDir, "README.md");
  const readme = readFileSync(file, "utf8");
  const block = `${START}\n${markdown.trim()}\n${END}`;
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  let next: string;
  if (start >= 0 && end > start) {
    next = readme.slice(0, start) + block + readme.slice(end + END.length);
  } else if (appendIfMissing) {
    next = `${readme.trimEnd()}\n\n## Benchmarks\n\n\`pnpm bench\` measures ldkit against LaunchDarkly's official generated client (\`launchdarkly-api-typescript\`) and raw \`fetch\`; see [packages/bench](packages/bench/README.md).\n\n${block}\n`;
  } else {
    return "README.md has no bench markers: run `pnpm --filter @ldkit/bench readme` once to add the section";
  }
  if (next === readme) return "README.md bench section already up to date";
  writeFileSync(file, next);
  return "README.md bench section updated";
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // No measuring: re-renders results.md and the README section from the committed results.json.
  const results = JSON.parse(readFileSync(path.join(benchDir, "results.json"), "utf8")) as Results;
  writeFileSync(path.join(benchDir, "results.md"), render(results));
  console.log(syncReadme(renderReadmeSection(results), { appendIfMissing: true }));
}
