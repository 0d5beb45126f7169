/**
 * Rate limits: at most `global` requests per window across all routes and `route` per window per
 * operation. Over either, the emulator answers `429` with `Retry-After` (seconds) and LaunchDarkly's
 * `X-Ratelimit-*` headers. Windows run on the emulator's clock.
 * @example
 * const rateLimit: RateLimitOptions = { global: 100, route: 10, windowMs: 10_000 };
 */
export interface RateLimitOptions {
  /** Requests per window across every route (default unlimited). */
  global?: number;
  /** Requests per window on each operation (default unlimited). */
  route?: number;
  /** Window length in ms (default 10 000). */
  windowMs?: number;
}

/** Remaining counts reported when no limit is configured. */
const UNLIMITED = 1_000_000;

/**
 * The rate-limit outcome of one request.
 * @example
 * const { limited, headers } = limiter.take("getSegment");
 */
export interface RateLimitDecision {
  limited: boolean;
  headers: Record<string, string>;
}

/**
 * Fixed-window counters, global and per route, on a clock.
 * @example
 * const limiter = createRateLimiter({ route: 2 }, () => Date.now());
 * limiter.take("getSegment").limited; // false, false, then true within the window
 */
export interface RateLimiter {
  /** Counts one request on `route` and says whether it is over a limit, with the headers to send. */
  take(route: string): RateLimitDecision;
  /** The headers for `route` without counting a request (for answers given before the limiter runs). */
  peek(route: string): Record<string, string>;
  /** Forgets every count. */
  reset(): void;
}

/**
 * Creates a {@link RateLimiter}; throws a `TypeError` on a bad option.
 * @example
 * const limiter = createRateLimiter({ global: 100 }, clock.now);
 */
export function createRateLimiter(options: RateLimitOptions | undefined, now: () => number): RateLimiter {
  const windowMs = options?.windowMs ?? 10_000;
  for (const [name, value] of Object.entries({ global: options?.global, route: options?.route })) {
    if (value !== undefined && !(Number.isInteger(value) && value >= 0))
      throw new TypeError(`rateLimit.${name} must be a non-negative integer`);
  }
  if (!(Number.isFinite(windowMs) && windowMs > 0)) throw new TypeError("rateLimit.windowMs must be a positive number");
  let windowStart = now();
  let global = 0;
  let routes = new Map<string, number>();
  const globalLimit = options?.global ?? Infinity;
  const routeLimit = options?.route ?? Infinity;
  const roll = (t: number) => {
    if (t - windowStart >= windowMs) {
      windowStart = t - ((t - windowStart) % windowMs);
      global = 0;
      routes = new Map();
    }
  };
  const headersFor = (route: string): Record<string, string> => {
    const remaining = (limit: number, count: number) => String(limit === Infinity ? UNLIMITED : Math.max(0, limit - count));
    return {
      "X-Ratelimit-Global-Remaining": remaining(globalLimit, global),
      "X-Ratelimit-Route-Remaining": remaining(routeLimit, routes.get(route) ?? 0),
      "X-Ratelimit-Reset": String(windowStart + windowMs),
    };
  };
  return {
    take(route) {
      const t = now();
      roll(t);
      const used = routes.get(route) ?? 0;
      const limited = global >= globalLimit || used >= routeLimit;
      if (!limited) {
        global++;
        routes.set(route, used + 1);
      }
      const headers = headersFor(route);
      if (limited) headers["Retry-After"] = String(Math.max(1, Math.ceil((windowStart + windowMs - t) / 1000)));
      return { limited, headers };
    },
    peek(route) {
      roll(now());
      return headersFor(route);
    },
    reset() {
      windowStart = now();
      global = 0;
      routes = new Map();
    },
  };
}
