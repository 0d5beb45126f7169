import { defineConfig } from "vitest/config";

// Unit tests of the bench's own helpers and loopback server. None of them times anything.
export default defineConfig({
  test: {
    reporters: ["default", "json"],
    outputFile: { json: ".tmp/vitest-results.json" },
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
  },
});
