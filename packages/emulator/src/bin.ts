#!/usr/bin/env node
/**
 * `ldkit-emulator` (`npx @ldkit/emulator`): serves the emulator on a port.
 *
 *   ldkit-emulator [--port 8765] [--host 127.0.0.1] [--state ./state.json] [--seed N]
 *
 * With `--state`, the state is loaded from the file at start (when it exists) and saved to it on
 * exit, SIGINT and SIGTERM.
 * @packageDocumentation
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createEmulator } from "./create-emulator.js";
import type { EmulatorState } from "./state/types.js";

const usage = "usage: ldkit-emulator [--port 8765] [--host 127.0.0.1] [--state ./state.json] [--seed N]";

/**
 * Runs the bin with `argv` (without `node` and the script); resolves once the server listens, with a
 * `stop()` that saves the state and closes the server.
 * @example
 * const { url, stop } = await main(["--port", "0"]);
 */
export async function main(argv: string[]): Promise<{ url: string; stop: () => Promise<void> }> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: "string", default: "8765" },
      host: { type: "string", default: "127.0.0.1" },
      state: { type: "string" },
      seed: { type: "string" },
      help: { type: "boolean" },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0–65535 (got ${values.port})\n${usage}`);
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !Number.isInteger(seed)) throw new Error(`--seed must be an integer\n${usage}`);
  const file = values.state;
  const state = file && existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as EmulatorState) : undefined;
  const emulator = createEmulator({ ...(state ? { state } : {}), ...(seed !== undefined ? { seed } : {}) });
  const server = await emulator.listen({ port, host: values.host });
  const save = () => {
    if (file) writeFileSync(file, `${JSON.stringify(emulator.snapshot())}\n`);
  };
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    save();
    await emulator.close();
  };
  console.log(`ldkit emulator listening on ${server.url}${file ? ` (state: ${file})` : ""}`);
  return { url: server.url, stop };
}

const isMain = process.argv[1] !== undefined && /(?:bin\.(?:js|ts|cjs|mjs)|ldkit-emulator)$/.test(process.argv[1]);
if (isMain) {
  main(process.argv.slice(2)).then(
    ({ stop }) => {
      for (const signal of ["SIGINT", "SIGTERM"] as const) {
        process.once(signal, () => {
          void stop().then(() => process.exit(0));
        });
      }
      process.once("beforeExit", () => void stop());
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(2);
    },
  );
}
