import { defineConfig } from "tsup";

// Dual build, ESM (dist/index.js + index.d.ts) and CommonJS (dist/index.cjs + index.d.cts), so that
// both `import` and `require` work on Node ≥ 20 (see "Module formats" in the root README).
// openapi-fetch, the only runtime dependency, stays external in both formats: the CJS output reaches
// its default export through tsup's `__esModule`-aware interop (openapi-fetch's CJS build sets
// `exports.default` + `__esModule`), which the consumer smoke (`pnpm gates:consumer`) runs for real.
// The declaration files refer to no package but openapi-fetch; `pnpm gates:consumer` fails if a
// devDependency ever leaks into them (then bundle its types with `dts: { resolve: [name] }`).
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  treeshake: true,
  external: ["openapi-fetch"],
});
