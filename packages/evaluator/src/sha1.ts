/**
 * SHA-1 for bucketing, the first 15 hex digits of the digest of a string's UTF-8 bytes: Node's native
 * hash when the runtime offers one synchronously (`process.getBuiltinModule`, Node ≥ 20.16), else
 * `@noble/hashes` (browsers, edge runtimes). Both give the same digest; the native one is faster.
 */
import { sha1 } from "@noble/hashes/legacy.js";

const HEX = "0123456789abcdef";

/** The slice of `node:crypto` the native path uses (`hash`, the one-shot form of Node ≥ 20.12, when present). */
export interface NativeCrypto {
  createHash(algorithm: "sha1"): { update(data: string): { digest(encoding: "hex"): string } };
  hash?: (algorithm: "sha1", data: string, encoding: "hex") => string;
}

/**
 * The prefix computed with @noble/hashes.
 *
 * @example
 * nobleSha1Prefix("abc"); // "a9993e364706816"
 */
export function nobleSha1Prefix(text: string): string {
  const digest = sha1(text);
  let hex = "";
  for (let i = 0; i < 8; i += 1) {
    const byte = digest[i] as number;
    hex += HEX.charAt(byte >> 4) + HEX.charAt(byte & 15);
  }
  return hex.substring(0, 15);
}

/**
 * The prefix computed with a native `crypto` module.
 *
 * @example
 * nativeSha1Prefix(await import("node:crypto"))("abc"); // "a9993e364706816"
 */
export function nativeSha1Prefix(crypto: NativeCrypto): (text: string) => string {
  const { hash } = crypto;
  if (typeof hash === "function") return (text) => hash("sha1", text, "hex").substring(0, 15);
  return (text) => crypto.createHash("sha1").update(text).digest("hex").substring(0, 15);
}

function nativeCrypto(): NativeCrypto | undefined {
  const getBuiltinModule = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule;
  if (typeof getBuiltinModule !== "function") return undefined;
  const crypto = getBuiltinModule("node:crypto") as Partial<NativeCrypto> | undefined;
  return typeof crypto?.createHash === "function" ? (crypto as NativeCrypto) : undefined;
}

const native = nativeCrypto();

/**
 * The first 15 hex digits of the SHA-1 of `text` (UTF-8), natively when possible.
 *
 * @example
 * sha1Prefix("hashKey.saltyA.userKeyA"); // 15 hex digits
 */
export const sha1Prefix: (text: string) => string = native ? nativeSha1Prefix(native) : nobleSha1Prefix;
