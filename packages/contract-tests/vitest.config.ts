import { defineConfig } from "vitest/config";

/**
 * Two projects run one after the other (`sequence.groupOrder`): the contract tests, in parallel
 * files against one Prism started by the global setup, then the coverage matrix, which reads what
 * the first group recorded and fails the run if a documented operation × status pair or an
 * instruction kind was not exercised.
 */
export default defineConfig({
  test: {
    reporters: ["default", "json"],
    outputFile: { json: ".tmp/vitest-results.json" },
    projects: [
      {
        extends: true,
        test: {
          name: "contract",
          include: ["test/**/*.test.ts"],
          exclude: ["test/coverage-matrix.test.ts", "test/emulator/**"],
          globalSetup: ["test/setup/global-setup.ts"],
          sequence: { groupOrder: 0 },
        },
      },
      {
        // the stateful scenarios against @ldkit/emulator: no Prism, nothing recorded for the matrix
        extends: true,
        test: {
          name: "emulator",
          include: ["test/emulator/**/*.test.ts"],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "coverage-matrix",
          include: ["test/coverage-matrix.test.ts"],
          sequence: { groupOrder: 1 },
        },
      },
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
