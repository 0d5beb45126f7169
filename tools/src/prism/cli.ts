import { startPrism } from "./server.js";

/** `pnpm --filter @ldkit/tools prism [--dynamic]`: serves the spec's Prism view until Ctrl-C. */
const prism = await startPrism({ dynamic: process.argv.includes("--dynamic"), verbose: true, seed: 1 });
console.log(`Prism mock of openapi/ldkit.yaml listening on ${prism.baseUrl} (pid ${prism.pid}); Ctrl-C stops it.`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void prism.stop().then(() => process.exit(0)));
}
