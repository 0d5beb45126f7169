import { defineConfig } from "tsup";

// Dual build, ESM (dist/*.js + *.d.ts) and CommonJS (dist/*.cjs + *.d.cts), so that both `import` and
// `require` work on Node ≥ 20 (see "Module formats" in the root README). Two entries: the builders
// (`.`, no runtime dependency) and the appliers (`./apply`, which carry fast-json-patch and
// json-merge-patch). Code splitting in both formats keeps one copy of shared code — one
// `SemanticPatchError` class — across the two entries; `apply/package.json` points TypeScript's legacy
// `node10` resolution, which ignores `exports`, at the subpath's build. The declaration files refer to no other
// package (`pnpm gates:consumer` checks it).
export default defineConfig({
  entry: { index: "src/index.ts", apply: "src/apply/index.ts" },
  splitting: true,
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  treeshake: true,
});
