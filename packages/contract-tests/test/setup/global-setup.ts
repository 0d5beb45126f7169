import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startPrism, writePrismView, type PrismServer } from "@ldkit/tools/prism";
import type { TargetInfo } from "../support/target.js";

/**
 * Starts Prism (static examples) from the spec's Prism view, plus a second Prism from the plain JSON
 * view, and provides the target to every test file. With LDKIT_TEST_BASE_URL + LDKIT_TEST_API_KEY
 * the suite targets that server instead and starts nothing. Prism is stopped by pid in the teardown,
 * which Vitest runs after failed runs too, and on SIGINT/SIGTERM.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const env = process.env;
  const remoteUrl = env.LDKIT_TEST_BASE_URL?.trim();
  const remoteKey = env.LDKIT_TEST_API_KEY?.trim();
  if (Boolean(remoteUrl) !== Boolean(remoteKey)) {
    throw new Error(
      "Set both LDKIT_TEST_BASE_URL and LDKIT_TEST_API_KEY to run the contract suite against another server (or neither for Prism)",
    );
  }

  const runDir = mkdtempSync(path.join(tmpdir(), "ldkit-contract-"));
  const recordFile = path.join(runDir, "exercised.jsonl");
  writeFileSync(recordFile, "");
  const servers: PrismServer[] = [];
  let specFile: string | undefined;

  const removeFiles = () => {
    rmSync(runDir, { recursive: true, force: true });
    if (specFile) rmSync(path.dirname(specFile), { recursive: true, force: true });
  };
  // Synchronous on interrupt: Vitest exits right after its own SIGINT/SIGTERM handler.
  const onSignal = () => {
    for (const server of servers) {
      try {
        process.kill(server.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    removeFiles();
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  const teardown = async () => {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await Promise.allSettled(servers.map((s) => s.stop()));
    removeFiles();
  };

  try {
    specFile = await writePrismView();
    let info: TargetInfo;
    if (remoteUrl && remoteKey) {
      info = {
        mode: "remote",
        baseUrl: remoteUrl.replace(/\/+$/, ""),
        plainJsonBaseUrl: null,
        apiKey: remoteKey,
        projectKey: env.LDKIT_TEST_PROJECT?.trim() || "default",
        environmentKey: env.LDKIT_TEST_ENV?.trim() || "production",
        allowDestructive: env.LDKIT_TEST_ALLOW_DESTRUCTIVE === "1",
        specFile,
        recordFile,
      };
    } else {
      const plainJsonFile = await writePrismView({ view: "plain-json", dir: runDir });
      const started = await Promise.allSettled([startPrism({ specFile }), startPrism({ specFile: plainJsonFile })]);
      for (const s of started) if (s.status === "fulfilled") servers.push(s.value);
      const failed = started.find((s): s is PromiseRejectedResult => s.status === "rejected");
      if (failed) throw failed.reason;
      info = {
        mode: "prism",
        baseUrl: servers[0]!.baseUrl,
        plainJsonBaseUrl: servers[1]!.baseUrl,
        apiKey: "api-00000000-contract-tests",
        projectKey: "default",
        environmentKey: "production",
        allowDestructive: true,
        specFile,
        recordFile,
      };
    }
    // Provided on the root project, so the coverage-matrix project (which runs last) sees it too.
    project.vitest.provide("ldkit", info);
    const where = info.mode === "prism" ? `Prism ${info.baseUrl} (pids ${servers.map((s) => s.pid).join(", ")})` : info.baseUrl;
    console.log(`[contract] target: ${where}; project ${info.projectKey}, environment ${info.environmentKey}`);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
