/** Replaces every occurrence of a secret in strings, deeply; other values pass through unchanged. */
export type Redactor = <T>(value: T) => T;

const REDACTED = "[REDACTED]";

/**
 * Builds a redactor for one secret (the API token). Used on everything an error carries, so a
 * token echoed back by a proxy or server can never surface in a message, log or `toJSON()`.
 * @example
 * const redact = createRedactor("api-123");
 * redact({ message: "bad token api-123" }); // { message: "bad token [REDACTED]" }
 */
export function createRedactor(secret: string | null | undefined): Redactor {
  if (!secret) return (value) => value;
  const walk = (value: unknown, depth: number): unknown => {
    if (typeof value === "string") return value.split(secret).join(REDACTED);
    if (depth > 20 || value === null || typeof value !== "object") return value;
    if (Array.isArray(value)) return value.map((v) => walk(v, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[walk(k, depth + 1) as string] = walk(v, depth + 1);
    return out;
  };
  return <T>(value: T) => walk(value, 0) as T;
}
