import { ValidationError } from "../errors.js";

/** The caller's `signal`, checked to be an AbortSignal (a {@link ValidationError} otherwise). */
export function checkSignal(signal: unknown): AbortSignal | undefined {
  const s = signal as Partial<AbortSignal> | null | undefined;
  if (s == null) return undefined;
  if (typeof s.aborted !== "boolean" || typeof s.addEventListener !== "function" || typeof s.removeEventListener !== "function") {
    throw new ValidationError("signal", "must be an AbortSignal");
  }
  return s as AbortSignal;
}

/**
 * A timeout option, checked to be a non-negative number of milliseconds; `fallback` when it is `undefined`.
 * @example
 * checkTimeout("timeout", args.timeout, config.timeout);
 */
export function checkTimeout(field: string, timeout: unknown, fallback: number): number {
  if (timeout === undefined) return fallback;
  if (!Number.isFinite(timeout) || (timeout as number) < 0) throw new ValidationError(field, "must be a non-negative number (ms)");
  return timeout as number;
}
