import { repoRoot } from "./codegen/repo.js";
import { findDeadLinks, markdownFiles } from "./links/dead-links.js";

/**
 * `pnpm check:links`: fails when a relative link of a Markdown file of the repo (every README,
 * CONTRIBUTING, docs/) points to a file that does not exist or to a heading that is not there.
 */
function main(): void {
  const dead = findDeadLinks(repoRoot);
  if (dead.length > 0) {
    console.error("Dead links in Markdown files:");
    for (const d of dead) console.error(`  ${d.file}:${d.line}  ${d.target}  — ${d.reason}`);
    process.exit(1);
  }
  console.log(`No dead relative links in ${markdownFiles(repoRoot).length} Markdown files.`);
}

main();
