import { writeFileSync } from "node:fs";
import path from "node:path";
import { specPath } from "../codegen/repo.js";
import { loadSpec } from "../codegen/spec.js";
import { derivePrismView, startPrism, type PrismServer } from "../prism/index.js";

/**
 * Starts Prism (static examples) from the Prism view of the spec, written into `dir` — a temp dir
 * the caller removes — so a run leaves no spec copy behind in the system temp dir.
 */
export async function startPrismIn(dir: string): Promise<PrismServer> {
  const specFile = path.join(dir, "ldkit.prism.json");
  writeFileSync(specFile, JSON.stringify(derivePrismView(await loadSpec(specPath)), null, 2));
  return startPrism({ specFile });
}
