import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkApiReport } from "../../src/api/api-reports.js";
import { publicPackages } from "../../src/release/workspace.js";
import { repoRoot } from "../../src/codegen/repo.js";

const dir = mkdtempSync(path.join(tmpdir(), "ldkit-api-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A tiny package with a built `dist/index.d.ts`, configured like ours. */
function fixture(declarations: string): void {
  mkdirSync(path.join(dir, "dist"), { recursive: true });
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "@ldkit/fixture", version: "0.0.0", types: "dist/index.d.ts" }));
  writeFileSync(path.join(dir, "dist", "index.d.ts"), declarations);
  writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { strict: true, noEmit: true, types: [] }, include: ["dist/index.d.ts"] }),
  );
  writeFileSync(
    path.join(dir, "api-extractor.json"),
    JSON.stringify({
      extends: path.join(repoRoot, "api-extractor.base.json"),
      projectFolder: ".",
      compiler: { tsconfigFilePath: "<projectFolder>/tsconfig.json" },
    }),
  );
}

describe("API reports", () => {
  it("a check fails when the exported surface changes without the report, and passes once it is updated", () => {
    fixture("/** Adds. */\nexport declare function add(a: number, b: number): number;\n");
    expect(checkApiReport(dir, { update: true }).ok).toBe(true);
    const report = readFileSync(path.join(dir, "etc", "fixture.api.md"), "utf8");
    expect(report).toContain("export function add(a: number, b: number): number;");
    expect(checkApiReport(dir, { update: false })).toMatchObject({ ok: true, changed: false });

    fixture(
      "/** Adds. */\nexport declare function add(a: number, b: number): number;\n/** New. */\nexport declare const internal: string;\n",
    );
    expect(checkApiReport(dir, { update: false })).toMatchObject({ ok: false, changed: true });
    expect(checkApiReport(dir, { update: true }).ok).toBe(true);
    expect(readFileSync(path.join(dir, "etc", "fixture.api.md"), "utf8")).toContain("export const internal: string;");
  });

  it("every published package has an API Extractor config and a committed report", () => {
    const names = publicPackages().map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["@ldkit/client", "@ldkit/semantic-patch", "@ldkit/evaluator", "@ldkit/emulator"]));
    for (const pkg of publicPackages()) {
      expect(() => readFileSync(path.join(pkg.dir, "api-extractor.json")), pkg.name).not.toThrow();
      expect(() => readFileSync(path.join(pkg.dir, "etc", `${pkg.name.split("/")[1]}.api.md`)), pkg.name).not.toThrow();
    }
  });
});
