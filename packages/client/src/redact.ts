/** Replaces every occurrence of a secret in a JSON-compatible value (strings, keys, deeply). */
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
  // Replace in the JSON text, where the secret appears in its JSON-escaped form, then parse back.
  const needle = JSON.stringify(secret).slice(1, -1);
  return <T>(value: T) => (value === undefined ? value : (JSON.parse(JSON.stringify(value).split(needle).join(REDACTED)) as T));
}
