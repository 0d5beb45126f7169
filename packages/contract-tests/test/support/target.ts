import { inject } from "vitest";

/** Where the suite sends its requests, as decided by the global setup from the environment. */
export interface TargetInfo {
  /** `prism`: the mock started from the spec; `remote`: `LDKIT_TEST_BASE_URL` (e.g. real LaunchDarkly). */
  mode: "prism" | "remote";
  /** Base URL of the server under test. */
  baseUrl: string;
  /**
   * Prism mode only: a second Prism serving the "plain JSON view" of the spec (every media type with
   * parameters removed), i.e. what the spec accepts for `Content-Type: application/json` alone.
   */
  plainJsonBaseUrl: string | null;
  /** API token (a dummy in Prism mode). */
  apiKey: string;
  projectKey: string;
  environmentKey: string;
  /** Remote mode: whether create/patch/delete/import/put cases may run (`LDKIT_TEST_ALLOW_DESTRUCTIVE=1`). */
  allowDestructive: boolean;
  /** JSON copy of the spec (the derived Prism view; responses and schemas are the spec's own). */
  specFile: string;
  /** JSON-lines file every recorded response is appended to (read by the coverage matrix). */
  recordFile: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    ldkit: TargetInfo;
  }
}

/** The target of this run (throws when the suite's global setup did not run). */
export function target(): TargetInfo {
  const info = inject("ldkit");
  if (!info) throw new Error("The contract suite's global setup did not run: run `pnpm test` in packages/contract-tests");
  return info;
}

/** Reason to skip a Prism-only assertion, or `undefined` when running against Prism. */
export function prismOnlyReason(): string | undefined {
  return target().mode === "prism" ? undefined : `Prism-only assertion (running against ${target().baseUrl})`;
}

/** Reason to skip a destructive case, or `undefined` when it may run. */
export function destructiveReason(): string | undefined {
  const t = target();
  return t.mode === "prism" || t.allowDestructive
    ? undefined
    : "destructive case (create/patch/delete/import/put) against a real server: set LDKIT_TEST_ALLOW_DESTRUCTIVE=1";
}
