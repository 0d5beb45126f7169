/**
 * How long a response asks the client to wait, in ms: `Retry-After` (seconds, or an HTTP date),
 * else `X-Ratelimit-Reset` (epoch milliseconds); `undefined` when it asks for nothing usable.
 * @example
 * requestedWaitMs((name) => response.headers.get(name), Date.now()); // 2000 for "Retry-After: 2"
 */
export function requestedWaitMs(header: (name: string) => string | null | undefined, now: number): number | undefined {
  const after = header("retry-after");
  if (after != null && after.trim() !== "") {
    const seconds = Number(after);
    const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(after) - now;
    if (ms >= 0) return Math.ceil(ms);
  }
  const reset = Number(header("x-ratelimit-reset") ?? NaN);
  return reset > now ? Math.ceil(reset - now) : undefined;
}
