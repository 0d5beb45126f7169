import { createApp, ConnectionResetError } from "./http/app.js";
import { errorResponse, apiErrors } from "./http/api-error.js";
import { validateFaults } from "./http/faults.js";
import { createRateLimiter } from "./http/rate-limit.js";
import { createRequestValidator } from "./http/request-validator.js";
import { serveFetch, type EmulatorServer, type ListenOptions } from "./listen.js";
import type { EmulatorOptions } from "./options.js";
import { createClock, type EmulatorClock } from "./runtime/clock.js";
import { createRandom } from "./runtime/random.js";
import type { Runtime, TokenTable } from "./runtime/runtime.js";
import { sweep } from "./runtime/sweep.js";
import { bigSegmentTargetRoutes } from "./routes/big-segment-targets.js";
import { evaluateRoutes } from "./routes/evaluate.js";
import { expiringTargetRoutes } from "./routes/expiring-targets.js";
import { findExportCsv, importExportRoutes } from "./routes/imports-exports.js";
import { segmentRoutes } from "./routes/segments.js";
import { userSettingsRoutes } from "./routes/user-settings.js";
import { seedState } from "./state/seed.js";
import { Store } from "./state/store.js";
import type { EmulatorState } from "./state/types.js";

/**
 * Default largest JSON body: 5 MiB.
 * @example
 * createEmulator({ limits: { maxJsonBodyBytes: DEFAULT_MAX_JSON_BODY_BYTES * 2 } });
 */
export const DEFAULT_MAX_JSON_BODY_BYTES = 5 * 1024 * 1024;
/**
 * Default largest import upload: 100 MiB.
 * @example
 * createEmulator({ limits: { maxImportBodyBytes: DEFAULT_MAX_IMPORT_BODY_BYTES / 10 } });
 */
export const DEFAULT_MAX_IMPORT_BODY_BYTES = 100 * 1024 * 1024;
/** The longest delay `setTimeout` takes. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;
/**
 * Default duration of each import/export step.
 * @example
 * emulator.clock.advance(2 * DEFAULT_JOB_STEP_MS); // a new import is complete
 */
export const DEFAULT_JOB_STEP_MS = 300;

/**
 * A stateful local LaunchDarkly for the Segments and User settings API.
 * @example
 * const emulator = createEmulator();
 * const client = createClient({ apiKey: "any", fetch: emulator.fetch });
 */
export interface Emulator {
  /** Handles one request in process (no network): pass it as the client's `fetch`. A bare path (`"/api/v2/…"`) is accepted too. */
  fetch(input: Request | string | URL, init?: RequestInit): Promise<Response>;
  /** Serves the emulator on a port (default: an ephemeral port on 127.0.0.1). */
  listen(options?: ListenOptions): Promise<EmulatorServer>;
  /** A plain-JSON copy of the whole state. */
  snapshot(): EmulatorState;
  /** Replaces the state with a snapshot (pending timers are cancelled, jobs resume from their status). */
  restore(state: EmulatorState): void;
  /** Back to the state the emulator started with; counters and timers reset. */
  reset(): void;
  /** Stops every server started by `listen` and cancels timers. */
  close(): Promise<void>;
  /** The clock expiry and job progression run on. */
  readonly clock: EmulatorClock;
}

function tokenTable(options: EmulatorOptions): TokenTable {
  if (!options.tokens) return undefined;
  const table = new Map<string, "reader" | "writer">();
  for (const [i, t] of options.tokens.entries()) {
    const token = typeof t === "string" ? t : t?.token;
    if (typeof token !== "string" || token.trim() === "") throw new TypeError(`tokens[${i}] must be a non-empty string or { token, role }`);
    table.set(token.trim(), typeof t === "string" ? "writer" : (t.role ?? "writer"));
  }
  return table;
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!(Number.isFinite(value) && value > 0)) throw new TypeError(`${name} must be a positive number`);
  return value;
}

/**
 * Creates an emulator. By default it holds project `default` with environments `production` and
 * `test` and the flags `sort.order`, `alternate.page` and `checkout.theme`; `options` seeds more and
 * sets tokens, the clock, rate limits and faults. Bad options throw a `TypeError` at once.
 * @example
 * import { createEmulator } from "@ldkit/emulator";
 * import { createClient } from "@ldkit/client";
 *
 * const emulator = createEmulator({ seed: 1 });
 * const ld = createClient({ apiKey: "test-token", fetch: emulator.fetch });
 * await ld.postSegment({ projectKey: "default", environmentKey: "production", body: { key: "beta", name: "Beta" } });
 * (await ld.getSegment({ projectKey: "default", environmentKey: "production", segmentKey: "beta" })).version; // 1
 */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const random = createRandom(options.seed);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerAt = Infinity;
  const servers = new Set<EmulatorServer>();
  let nextDue = Infinity;
  const clock = createClock({ start: options.now, source: options.clock, onChange: () => runtime.sweep() });
  const initialNow = clock.now();
  const initial = options.state !== undefined ? Store.fromState(options.state).snapshot() : seedState(options, initialNow, random);
  const cancelTimers = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    timerAt = Infinity;
  };
  const runtime: Runtime = {
    store: Store.fromState(initial),
    clock,
    random,
    validator: createRequestValidator(),
    tokens: tokenTable(options),
    faults: validateFaults(options.faults ?? []),
    rateLimiter: createRateLimiter(options.rateLimit, clock.now),
    limits: {
      maxJsonBodyBytes: positive(options.limits?.maxJsonBodyBytes, DEFAULT_MAX_JSON_BODY_BYTES, "limits.maxJsonBodyBytes"),
      maxImportBodyBytes: positive(options.limits?.maxImportBodyBytes, DEFAULT_MAX_IMPORT_BODY_BYTES, "limits.maxImportBodyBytes"),
    },
    jobStepMs: positive(options.jobs?.stepMs, DEFAULT_JOB_STEP_MS, "jobs.stepMs"),
    sweep() {
      if (clock.now() < nextDue) return;
      nextDue = sweep(runtime.store, clock.now(), runtime.jobStepMs, random);
      if (nextDue !== Infinity) {
        const due = nextDue;
        nextDue = Infinity;
        runtime.wakeAt(due);
      }
    },
    wakeAt(time) {
      nextDue = Math.min(nextDue, time);
      if (!clock.realTime || time === Infinity || (timer && timerAt <= time)) return;
      if (timer) clearTimeout(timer);
      timerAt = time;
      // setTimeout takes at most 2^31-1 ms: a later time re-arms when this one fires
      timer = setTimeout(
        () => {
          timer = undefined;
          timerAt = Infinity;
          if (clock.now() < nextDue) runtime.wakeAt(nextDue);
          else runtime.sweep();
        },
        Math.min(MAX_TIMEOUT_MS, Math.max(0, time - clock.now()) + 1),
      );
      timer.unref?.();
    },
  };
  const app = createApp(
    runtime,
    {
      ...segmentRoutes,
      ...evaluateRoutes,
      ...expiringTargetRoutes,
      ...bigSegmentTargetRoutes,
      ...importExportRoutes,
      ...userSettingsRoutes,
    },
    (hono) => {
      hono.get("/emulator/exports/:file", (c) => {
        const file = c.req.param("file");
        const csv = file.endsWith(".csv") ? findExportCsv(runtime, file.slice(0, -4)) : undefined;
        if (csv === undefined) return errorResponse(apiErrors.notFound(`No export file ${file}`));
        return new Response(csv, { status: 200, headers: { "Content-Type": "text/csv" } });
      });
    },
  );
  const restart = (state: EmulatorState) => {
    cancelTimers();
    runtime.store = Store.fromState(state);
    runtime.rateLimiter.reset();
    nextDue = -Infinity;
    runtime.sweep();
  };
  restart(initial);
  const handle = async (request: Request, env?: unknown): Promise<Response> => {
    try {
      return await app.fetch(request, env as never);
    } catch (error) {
      if (error instanceof ConnectionResetError) throw error;
      return errorResponse(apiErrors.badRequest(`The request could not be handled: ${(error as Error).message}`));
    }
  };
  return {
    clock,
    async fetch(input, init) {
      // a bare path ("/api/v2/…") is taken relative to the emulator itself
      const target = typeof input === "string" && input.startsWith("/") ? `http://emulator.local${input}` : input;
      return handle(target instanceof Request && init === undefined ? target : new Request(target, init));
    },
    async listen(listenOptions) {
      const server = await serveFetch((request, env) => handle(request, env), listenOptions);
      servers.add(server);
      return {
        url: server.url,
        port: server.port,
        close: async () => {
          servers.delete(server);
          await server.close();
        },
      };
    },
    snapshot: () => runtime.store.snapshot(),
    restore: (state) => restart(Store.fromState(state).snapshot()),
    reset: () => restart(initial),
    async close() {
      cancelTimers();
      await Promise.all([...servers].map((s) => s.close()));
      servers.clear();
    },
  };
}
