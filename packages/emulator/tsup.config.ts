import { defineConfig } from "tsup";

// Dual build, ESM (dist/index.js + index.d.ts) and CommonJS (dist/index.cjs + index.d.cts), like the
// other published packages (see "Module formats" in the root README), plus the bin (dist/bin.js,
// sharing the library's chunk). `listen()` loads node:http and @hono/node-server lazily, so the
// library runs in process wherever fetch exists.
export default defineConfig({
  entry: ["src/index.ts", "src/bin.ts"],
  format: ["esm", "cjs"],
  dts: { entry: "src/index.ts" },
  sourcemap: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  treeshake: true,
});
