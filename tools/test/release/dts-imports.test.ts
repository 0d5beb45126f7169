import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bareImports, dtsImportProblems } from "../../src/release/dts-imports.js";

describe("bareImports", () => {
  const cases: [string, { given: string; want: string[] }][] = [
    ["a named type import", { given: `import { Client } from 'openapi-fetch';`, want: ["openapi-fetch"] }],
    ["scoped deep import, reduced to the package", { given: `export type { X } from "@scope/pkg/sub/path.js";`, want: ["@scope/pkg"] }],
    [
      "import() type and reference directive",
      { given: `/// <reference types="node" />\ntype A = import("undici-types").Headers;`, want: ["node", "undici-types"] },
    ],
    ["relative imports are ignored", { given: `import { a } from "./a.js";\nexport * from "../b.js";`, want: [] }],
    [
      "imports inside TSDoc examples are ignored",
      { given: `/**\n * @example\n * import { createClient } from "@ldkit/client";\n */\nexport declare const x: 1;`, want: [] },
    ],
    ["node: builtins count", { given: `import type { Readable } from "node:stream";`, want: ["node:stream"] }],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(bareImports(given)).toEqual(want);
  });
});

describe("dtsImportProblems", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ldkit-dts-test-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(path.join(dir, "dist"));
  writeFileSync(path.join(dir, "dist", "index.d.ts"), `import { Client } from "openapi-fetch";\nimport type { Y } from "vitest";\n`);
  writeFileSync(path.join(dir, "dist", "index.d.cts"), `import { Client } from "openapi-fetch";\n`);

  it("flags a package that is not a dependency or peer dependency", () => {
    const pkg = { name: "p", version: "1.0.0", dir, dependencies: { "openapi-fetch": "0.17.0" }, peerDependencies: {} };
    expect(dtsImportProblems(pkg)).toEqual([`p: dist/index.d.ts refers to "vitest", which is not a dependency`]);
  });

  it("accepts peer dependencies", () => {
    const pkg = { name: "p", version: "1.0.0", dir, dependencies: { "openapi-fetch": "0.17.0" }, peerDependencies: { vitest: "*" } };
    expect(dtsImportProblems(pkg)).toEqual([]);
  });
});
