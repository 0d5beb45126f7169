import { fileURLToPath } from "node:url";
import path from "node:path";

/** Absolute path of the repository root (two levels above tools/src/codegen). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** The single root OpenAPI document every generated file derives from. */
export const specPath = path.join(repoRoot, "openapi", "ldkit.yaml");

/** Header stamped on every generated file. */
export const generatedHeader = [
  "// ---------------------------------------------------------------------------",
  "// GENERATED FILE — DO NOT EDIT BY HAND.",
  "// Written by `pnpm generate` (tools/src/generate.ts) from openapi/ldkit.yaml.",
  "// Change the spec and run `pnpm generate`; `pnpm check:drift` fails when this",
  "// file no longer matches the spec.",
  "// ---------------------------------------------------------------------------",
  "",
].join("\n");

/** Directories that hold only generated files; anything else found there is drift. */
export const generatedDirs = ["packages/client/src/generated", "packages/semantic-patch/src/generated", "packages/emulator/src/generated"];
