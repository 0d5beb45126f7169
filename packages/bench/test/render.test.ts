import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { render, renderReadmeSection, type Results } from "../src/render.js";
import { benchDir } from "../src/util.js";

const committed = JSON.parse(readFileSync(path.join(benchDir, "results.json"), "utf8")) as Results;

describe("render", () => {
  it("renders the committed results.json into the committed results.md (else: pnpm --filter @ldkit/bench readme)", () => {
    expect(render(committed)).toBe(readFileSync(path.join(benchDir, "results.md"), "utf8"));
  });

  it("leaves no hole in the tables", () => {
    const md = render(committed) + renderReadmeSection(committed);
    expect(md).not.toMatch(/NaN|undefined|Infinity/);
    for (const heading of [
      "#### Summary",
      "#### 1. Bundle size",
      "#### 2. Cold import",
      "#### 3. Per-request",
      "#### 4. Type-check",
      "#### 5. Bulk",
      "#### 6. Big segment import memory",
      "#### 7. Wall times",
    ]) {
      expect(md).toContain(heading);
    }
  });

  it("says missed, never hides it", () => {
    const over: Results = JSON.parse(JSON.stringify(committed));
    over.size!.find((s) => s.id === "ldkit-core" && s.platform === "browser")!.gzip = 6000;
    expect(renderReadmeSection(over)).toMatch(/client core bundle.*\*\*missed\*\* \(\+1\.0 kB\)/);
    over.size!.find((s) => s.id === "ldkit-core" && s.platform === "browser")!.gzip = 4000;
    expect(renderReadmeSection(over)).toMatch(/client core bundle.*\| met \|/);
  });
});
