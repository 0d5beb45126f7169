import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import type { PublicPackage } from "./workspace.js";

/**
 * The bare module specifiers (not relative) a declaration file imports or references, reduced to
 * package names. Parsed by TypeScript, so `import … from "x"` inside a TSDoc `@example` is not counted.
 */
export function bareImports(source: string): string[] {
  const info = ts.preProcessFile(source, true, true);
  const specifiers = [...info.importedFiles, ...info.typeReferenceDirectives].map((ref) => ref.fileName);
  const names = new Set<string>();
  for (const specifier of specifiers) {
    if (specifier.startsWith(".") || specifier.startsWith("/")) continue;
    const parts = specifier.split("/");
    names.add(specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!);
  }
  return [...names].sort();
}

/**
 * Problems with a package's published declaration files: every package a `dist/*.d.ts` / `*.d.cts`
 * refers to must be one of its `dependencies` or `peerDependencies` (a devDependency, `node:`
 * builtins or @types/node would break a consumer that does not happen to have them).
 */
export function dtsImportProblems(pkg: PublicPackage): string[] {
  const dist = path.join(pkg.dir, "dist");
  const allowed = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)]);
  const problems: string[] = [];
  const files = readdirSync(dist).filter((f) => /\.d\.c?ts$/.test(f));
  if (files.length === 0) problems.push(`${pkg.name}: no declaration files in dist/`);
  for (const file of files) {
    for (const name of bareImports(readFileSync(path.join(dist, file), "utf8"))) {
      if (!allowed.has(name)) problems.push(`${pkg.name}: dist/${file} refers to "${name}", which is not a dependency`);
    }
  }
  return problems;
}
