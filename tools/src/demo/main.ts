import { createClient, LDError, servers } from "@ldkit/client";
import { createEmulator } from "@ldkit/emulator";
import { runScenario, type Report } from "./scenario.js";

/**
 * `pnpm demo`. With no `LD_API_KEY`: starts the ldkit emulator (a stateful local LaunchDarkly, see
 * @ldkit/emulator) on 127.0.0.1 and runs the whole scenario against it — every line is what really
 * happened there. With `LD_API_KEY` (+ `LD_PROJECT`, `LD_ENV`, optional `LD_BASE_URL`,
 * `LD_USER_KEY`): runs the read-only calls against real LaunchDarkly; write calls only with `--write`.
 */
async function main(): Promise<void> {
  const apiKey = process.env.LD_API_KEY;
  const write = process.argv.includes("--write");
  const report: Report = (title, detail) => console.log(`  ✓ ${title.padEnd(32)} ${detail}`);
  const emulator = apiKey ? undefined : createEmulator();
  try {
    if (apiKey) {
      const projectKey = process.env.LD_PROJECT;
      const environmentKey = process.env.LD_ENV;
      if (!projectKey || !environmentKey) throw new Error("With LD_API_KEY set, also set LD_PROJECT and LD_ENV.");
      const baseUrl = process.env.LD_BASE_URL ?? servers.default;
      console.log(
        `ldkit demo against ${baseUrl} (project ${projectKey}, environment ${environmentKey}, ${write ? "read + WRITE" : "read-only"})`,
      );
      const client = createClient({ apiKey, baseUrl });
      await runScenario(client, { projectKey, environmentKey, write, userKey: process.env.LD_USER_KEY ?? "ldkit-demo-user" }, report);
    } else {
      const server = await emulator!.listen({ port: 0 });
      console.log(
        `ldkit demo against the ldkit emulator at ${server.url} (a stateful local LaunchDarkly: what follows really happened there)`,
      );
      const client = createClient({ apiKey: "demo-token", baseUrl: server.url });
      await runScenario(client, { projectKey: "default", environmentKey: "production", write: true, userKey: "Abbie_Braun" }, report);
    }
    console.log("Done.");
  } catch (error) {
    console.error(`demo failed: ${error instanceof LDError ? `${error.name}: ${error.message}` : String(error)}`);
    process.exitCode = 1;
  } finally {
    await emulator?.close();
  }
}

await main();
