// Mutation testing (`pnpm test:mutation` at the root; not in CI): the Stryker settings every package's
// `stryker.config.mjs` uses. Stryker runs in the package folder, so the paths below are the package's:
// it mutates the hand-written sources and runs the package's vitest suite against every mutant.
// Reports go to .tmp/mutation/ (gitignored); the score is quoted in the root README's "Quality" section.

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  // Stryker is installed at the workspace root; load the runner from there explicitly.
  plugins: [import.meta.resolve("@stryker-mutator/vitest-runner")],
  vitest: { configFile: "vitest.mutation.config.ts" },
  mutate: ["src/**/*.ts", "!src/generated/**"],
  coverageAnalysis: "perTest",
  // Two test processes: the scores in the README were measured so, on a 2-core machine.
  concurrency: 2,
  // Stryker rewrites tsconfig `extends` for a sandbox two levels deep: keep its default temp dir.
  tempDirName: ".stryker-tmp",
  ignorePatterns: ["dist", ".tmp", "coverage"],
  cleanTempDir: "always",
  // Results are kept between runs: a rerun tests only mutants whose code or covering tests changed
  // (`--force` retests everything).
  incremental: true,
  incrementalFile: ".tmp/mutation/incremental.json",
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: ".tmp/mutation/index.html" },
  jsonReporter: { fileName: ".tmp/mutation/mutation.json" },
  // `--reporters ...,event-recorder` writes each mutant's result here as it is tested (survivors early).
  eventReporter: { baseDir: ".tmp/mutation/events" },
  clearTextReporter: { reportTests: false, reportMutants: false, reportScoreTable: true },
  thresholds: { high: 85, low: 70, break: null },
};
