import { defineConfig } from "tsup";

// Dual build, ESM (dist/index.js + index.d.ts) and CommonJS (dist/index.cjs + index.d.cts), like the
// other published packages (see "Module formats" in the root README).
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
