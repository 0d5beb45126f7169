import { createClient, LDError, servers } from "@ldkit/client";
import { startPrism, type PrismServer } from "../prism/index.js";
import { runScenario, type Report } from "./scenario.js";

/**
 * `pnpm demo`. With no `LD_API_KEY`: starts Prism on 127.0.0.1 from the spec and runs the whole
 * scenario against it (no account needed). With `LD_API_KEY` (+ `LD_PROJECT`, `LD_ENV`, optional
 * `LD_BASE_URL`, `LD_USER_KEY`): runs the read-only calls against real LaunchDarkly; write calls
 * only with `--write`.
 */
async function main(): Promise<void> {
  const apiKey = process.env.LD_API_KEY;
  const write = process.argv.includes("--write");
  const report: Report = (title, detail) => console.log(`  ✓ ${title.padEnd(32)} ${detail}`);
  let prism: PrismServer | undefined;
  try {
    if (apiKey) {
      const projectKey = process.env.LD_PROJECT;
      const environmentKey = process.env.LD_ENV;
      if (!projectKey || !environmentKey) throw new Error("With LD_API_KEY set, also set LD_PROJECT and LD_ENV.");
      const baseUrl = process.env.LD_BASE_URL ?? servers.default;
      console.log(`ldkit demo against ${baseUrl} (project ${projectKey}, environment ${environmentKey}, ${write ? "read + WRITE" : "read-only"})`);
      const client = createClient({ apiKey, baseUrl });
      await runScenario(client, { projectKey, environmentKey, write, userKey: process.env.LD_USER_KEY ?? "ldkit-demo-user" }, report);
    } else {
      prism = await startPrism();
      console.log(`ldkit demo against the embedded Prism mock of openapi/ldkit.yaml at ${prism.baseUrl} (pid ${prism.pid})`);
      console.log("(Prism answers with the examples of the spec, so names and counts below are mock data.)");
      const violations: string[] = [];
      const client = createClient({
        apiKey: "demo-token",
        baseUrl: prism.baseUrl,
        fetch: async (input, init) => {
          const response = await fetch(input, init);
          const v = response.headers.get("sl-violations");
          if (v) violations.push(`${(input as Request).method} ${new URL((input as Request).url).pathname}: ${v}`);
          return response;
        },
      });
      await runScenario(client, { projectKey: "default", environmentKey: "production", write: true, userKey: "Abbie_Braun" }, report);
      if (violations.length > 0) throw new Error(`Prism reported request violations:\n${violations.join("\n")}`);
      console.log("Prism validated every request against the spec: no violations.");
    }
    console.log("Done.");
  } catch (error) {
    console.error(`demo failed: ${error instanceof LDError ? `${error.name}: ${error.message}` : String(error)}`);
    process.exitCode = 1;
  } finally {
    await prism?.stop();
  }
}

await main();
