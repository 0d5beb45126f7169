import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

// The suite as Stryker runs it for each mutant (stryker.config.mjs): runtime tests only. Type tests
// (`*.test-d.ts`) cannot kill a runtime mutant and would type-check the package on every run.
export default mergeConfig(base, defineConfig({ test: { typecheck: { enabled: false } } }));
