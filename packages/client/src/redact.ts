/** Replaces every occurrence of a secret in a JSON-compatible value (strings, keys, deeply). */
export type Redactor = <T>(value: T) => T;

const REDACTED = "[REDACTED]";

/**
 * Builds a redactor for one secret (the API token) that also removes credentials written into URLs
 * (`https://user:pw@host`). Used on everything an error carries, so a token echoed back by a proxy or
 * server can never surface in a message, log or `toJSON()`. A value with neither the token nor an
 * `@` in its JSON text is returned as it is.
 * @example
 * const redact = createRedactor("api-123");
 * redact({ message: "bad token api-123" }); // { message: "bad token [REDACTED]" }
 */
export function createRedactor(secret: string | null | undefined): Redactor {
  // Work on the JSON text, where the secret appears in its JSON-escaped form, then parse back.
  const needle = secret && JSON.stringify(secret).slice(1, -1);
  return <T>(value: T): T => {
    let text: string | undefined;
    try {
      text = JSON.stringify(value);
      if (text === undefined || !((needle && text.includes(needle)) || text.includes("@"))) return value;
      return JSON.parse((needle ? text.split(needle).join(REDACTED) : text).replace(/(\/\/)[^/?#\s"'@]+@/g, `$1${REDACTED}@`)) as T;
    } catch {
      return REDACTED as T;
    }
  };
}

/**
 * Scrubs an error ldkit is about to throw: its message and stack are redacted, and its `cause` is
 * replaced by a redacted copy (name, message, stack, `code`, nested causes and `errors`), so neither
 * `message`, `stack`, `cause`, `toJSON()` nor `util.inspect` can show the token. Returns the same error.
 * @example
 * throw scrubError(new APIConnectionError(`failed: ${detail}`, { cause }), redact);
 */
export function scrubError<E extends Error>(error: E, redact: Redactor): E {
  error.message = redact(error.message);
  error.stack &&= redact(error.stack);
  if ("cause" in error) error.cause = scrubCause(error.cause, redact, 0);
  return error;
}

function scrubCause(cause: unknown, redact: Redactor, depth: number): unknown {
  if (depth > 4 || cause == null) return undefined;
  if (!(cause instanceof Error)) return redact(cause);
  const { name, message, stack, code, errors, cause: inner } = cause as Error & { code?: unknown; errors?: unknown };
  const copy = scrubError(Object.assign(new Error(message), { name: redact(name), stack }), redact) as Error & {
    code?: string;
    errors?: unknown[];
  };
  if (typeof code === "string") copy.code = redact(code);
  if (Array.isArray(errors)) copy.errors = errors.map((e) => scrubCause(e, redact, depth + 1));
  const scrubbed = scrubCause(inner, redact, depth + 1);
  if (scrubbed !== undefined) copy.cause = scrubbed;
  return copy;
}
