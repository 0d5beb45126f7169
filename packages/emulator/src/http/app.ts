import { Hono, type Context } from "hono";
import { specOperations } from "../generated/spec.gen.js";
import type { Runtime } from "../runtime/runtime.js";
import { ApiError, apiErrors, errorResponse } from "./api-error.js";
import { parseJson, parseMultipart, readBody } from "./body.js";
import { decideFaults } from "./faults.js";
import type { OperationRequest, RouteTable } from "./operation-request.js";

/**
 * Thrown (in process) when a `reset` fault drops the connection: what `fetch` rejects with on a network failure.
 * @example
 * await emulator.fetch(request).catch((e) => e instanceof TypeError); // true for a reset fault
 */
export class ConnectionResetError extends TypeError {
  constructor() {
    super("fetch failed: the emulator reset the connection (injected fault)");
    this.name = "TypeError";
  }
}

/** Node's request objects, which `@hono/node-server` hands over as the Hono env. */
interface NodeBindings {
  incoming?: { socket?: { destroy(): void } };
}

const FAULT_CODES: Record<number, string> = {
  500: "internal_server_error",
  502: "bad_gateway",
  503: "service_unavailable",
  504: "gateway_timeout",
};
const READ_OPERATIONS = new Set(["getContextInstanceSegmentsMembershipByEnv"]);
const honoPath = (path: string) => path.replace(/\{([^}]+)\}/g, ":$1");
const templates = Object.values(specOperations).map((op) => ({
  method: op.method,
  pattern: new RegExp(`^${op.path.replace(/\{[^}]+\}/g, "[^/]+")}$`),
}));
const rateLimitHeaders = ["X-Ratelimit-Global-Remaining", "X-Ratelimit-Route-Remaining", "X-Ratelimit-Reset", "Retry-After"];

function withHeaders(response: Response, headers: Record<string, string>): Response {
  // handlers build their responses with `new Response`, whose headers are mutable
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

function authorize(c: Context, runtime: Runtime, operationId: string, method: string): void {
  const token = c.req.header("authorization")?.trim();
  if (!token) throw apiErrors.unauthorized("No access token: send it as the raw value of the Authorization header");
  if (!runtime.tokens) return;
  const role = runtime.tokens.get(token);
  if (!role) throw apiErrors.unauthorized();
  if (role === "reader" && method !== "GET" && !READ_OPERATIONS.has(operationId)) {
    throw apiErrors.forbidden(`This token may only read; ${operationId} writes`);
  }
}

/** A multipart form as the spec's schema sees it: files as `format: binary` strings, `true`/`false` as booleans. */
function formAsJson(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of form) {
    if (Object.hasOwn(out, name)) throw apiErrors.badRequest(`form field "${name}" is repeated`);
    out[name] = typeof value === "string" ? (value === "true" ? true : value === "false" ? false : value) : "(binary)";
  }
  return out;
}

async function prepare(c: Context, runtime: Runtime, operationId: string): Promise<OperationRequest> {
  const op = specOperations[operationId]!;
  const url = new URL(c.req.url);
  const raw: Record<string, string> = {};
  for (const [name, value] of url.searchParams) raw[name] ??= value;
  const query = runtime.validator.query(operationId, raw);
  const request = c.req.raw;
  let body: unknown;
  let form: FormData | undefined;
  let mediaType: string | undefined;
  if (Object.keys(op.body).length > 0) {
    const contentType = request.headers.get("content-type");
    mediaType = runtime.validator.mediaType(operationId, contentType);
    if (mediaType === "multipart/form-data") {
      form = await parseMultipart(await readBody(request, runtime.limits.maxImportBodyBytes), contentType ?? "");
      runtime.validator.body(operationId, mediaType, formAsJson(form));
    } else {
      body = parseJson(await readBody(request, runtime.limits.maxJsonBodyBytes));
      runtime.validator.body(operationId, mediaType, body);
    }
  }
  return { operationId, params: c.req.param() as Record<string, string>, query, body, mediaType, form, request };
}

/**
 * The emulator's HTTP application: one route per operation of the spec (paths read from the
 * generated spec), each through the same pipeline — injected faults, token check, rate limit, body
 * size limit, parsing and validation against the spec, then the handler; LaunchDarkly-shaped errors
 * for everything else (unknown route 404, wrong method 405, anything unexpected 500).
 * @example
 * const app = createApp(runtime, { ...segmentRoutes, ...userSettingsRoutes });
 * const response = await app.fetch(new Request("http://emulator/api/v2/segments/default/production"));
 */
export function createApp(
  runtime: Runtime,
  routes: RouteTable,
  extra: (app: Hono<{ Bindings: NodeBindings }>) => void = () => undefined,
): Hono<{ Bindings: NodeBindings }> {
  const app = new Hono<{ Bindings: NodeBindings }>();
  extra(app);
  for (const [operationId, op] of Object.entries(specOperations)) {
    const handler = routes[operationId];
    if (!handler) throw new Error(`no handler for ${operationId}`);
    app.on(op.method, honoPath(op.path), async (c) => {
      let limitHeaders: Record<string, string> = {};
      try {
        const faults = decideFaults(runtime.faults, operationId, op.method, runtime.random);
        if (faults.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.latencyMs));
        if (faults.reset) {
          const socket = c.env?.incoming?.socket;
          if (socket) {
            socket.destroy();
            return new Response(null, { status: 500 });
          }
          throw new ConnectionResetError();
        }
        if (faults.error) throw new ApiError(faults.error, FAULT_CODES[faults.error] ?? "server_error", `Injected fault: ${faults.error}`);
        authorize(c, runtime, operationId, op.method);
        const decision = runtime.rateLimiter.take(operationId);
        limitHeaders = decision.headers;
        if (decision.limited) throw new ApiError(429, "rate_limited", "You've exceeded the API rate limit. Try again later.");
        const request = await prepare(c, runtime, operationId);
        runtime.sweep();
        return withHeaders(await handler(request, runtime), limitHeaders);
      } catch (error) {
        if (error instanceof ConnectionResetError) throw error;
        const apiError =
          error instanceof ApiError
            ? error
            : new ApiError(500, "internal_server_error", `Unexpected error: ${(error as Error)?.message ?? String(error)}`);
        const headers = new Headers();
        if (Object.keys(limitHeaders).length === 0) limitHeaders = runtime.rateLimiter.peek(operationId);
        for (const name of rateLimitHeaders) if (limitHeaders[name]) headers.set(name, limitHeaders[name]);
        return errorResponse(apiError, headers);
      }
    });
  }
  app.notFound((c) => {
    const path = new URL(c.req.url).pathname;
    const sameMethodElsewhere = templates.filter((t) => t.pattern.test(path));
    if (sameMethodElsewhere.length > 0) {
      const allowed = [...new Set(sameMethodElsewhere.map((t) => t.method))].join(", ");
      return errorResponse(
        apiErrors.methodNotAllowed(`${c.req.method} is not allowed on ${path}; allowed: ${allowed}`),
        new Headers({ Allow: allowed }),
      );
    }
    return errorResponse(apiErrors.notFound(`No route ${c.req.method} ${path}`));
  });
  app.onError((error) => {
    if (error instanceof ConnectionResetError) throw error;
    return errorResponse(
      error instanceof ApiError ? error : new ApiError(500, "internal_server_error", `Unexpected error: ${error.message}`),
    );
  });
  return app;
}
