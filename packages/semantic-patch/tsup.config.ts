import { defineConfig } from "tsup";

// Dual build, ESM (dist/index.js + index.d.ts) and CommonJS (dist/index.cjs + index.d.cts), so that
// both `import` and `require` work on Node ≥ 20 (see "Module formats" in the root README). No
// runtime dependencies: builders are plain functions over the spec's generated types, and the
// declaration files refer to no other package (`pnpm gates:consumer` checks it).
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  treeshake: true,
});
