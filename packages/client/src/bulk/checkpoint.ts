import { ValidationError } from "../errors.js";

/**
 * Progress through one input list (`add` or `remove`) of a bulk update. Plain JSON.
 * @example
 * const { consumed, confirmed, pending } = error.checkpoint.add; // consumed === confirmed + pending.length
 */
export interface BulkListCheckpoint {
  /**
   * How many keys were taken from the input list, counted from its start. Each of them is either
   * confirmed or listed in `pending`; a rerun skips exactly this many keys of the same input.
   */
  consumed: number;
  /** How many of the consumed keys are confirmed: a request carrying them was answered 2xx. */
  confirmed: number;
  /**
   * The consumed keys NOT confirmed: their request failed, was interrupted (its outcome unknown),
   * or was never sent. A rerun sends them first. Since adding or removing a big segment target is
   * idempotent, sending a key whose earlier request did reach LaunchDarkly again is harmless.
   */
  pending: string[];
  /** Fingerprint of the consumed keys in order; a rerun checks its input against it. */
  digest: string;
}

/**
 * Where a bulk target update stopped: serialise it with `JSON.stringify`, and pass it back (parsed)
 * as `checkpoint` with the same input lists to resume. Confirmed keys are never sent again;
 * pending keys are sent again (safe: big segment add/remove is idempotent); nothing is lost.
 * @example
 * await writeFile("checkpoint.json", JSON.stringify(error.checkpoint));
 * const checkpoint = JSON.parse(await readFile("checkpoint.json", "utf8")) as BulkCheckpoint;
 * await updateBigSegmentTargetsInBulk(client, { ...options, checkpoint });
 */
export interface BulkCheckpoint {
  version: 1;
  /** The segment and target list the checkpoint belongs to; a rerun must match it. */
  scope: BulkScope;
  remove: BulkListCheckpoint;
  add: BulkListCheckpoint;
}

/**
 * What a bulk update changes.
 * @example
 * const scope: BulkScope = { projectKey: "default", environmentKey: "production", segmentKey: "devices", target: "included", users: false };
 */
export interface BulkScope {
  projectKey: string;
  environmentKey: string;
  segmentKey: string;
  target: "included" | "excluded";
  /** `true`: the user variant (`updateBigSegmentTargets`); `false`: contexts (`updateBigSegmentContextTargets`). */
  users: boolean;
}

/**
 * Running fingerprint of a key sequence (two 32-bit FNV-style lanes): cheap, order-sensitive.
 * @example
 * const digest = new KeyDigest();
 * for (const key of ["a", "b"]) digest.update(key);
 * digest.toString(); // 16 hex digits
 */
export class KeyDigest {
  private h1 = 0x811c9dc5;
  private h2 = 0x01000193;

  update(key: string): void {
    let { h1, h2 } = this;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x9e3779b1);
      h2 = Math.imul(h2 ^ c, 0x85ebca77);
    }
    this.h1 = Math.imul(h1 ^ (h1 >>> 15) ^ key.length, 0xc2b2ae3d) >>> 0;
    this.h2 = Math.imul(h2 ^ (h2 >>> 13) ^ 0x1f, 0x27d4eb2f) >>> 0;
  }

  toString(): string {
    return `${this.h1.toString(16).padStart(8, "0")}${this.h2.toString(16).padStart(8, "0")}`;
  }
}

/**
 * Checks a checkpoint handed back by the caller (shape, invariants, scope) before anything is sent.
 * @example
 * validateCheckpoint(JSON.parse(saved), scope); // throws ValidationError ("checkpoint.scope.segmentKey", …) on a mismatch
 */
export function validateCheckpoint(checkpoint: unknown, scope: BulkScope): BulkCheckpoint {
  const c = checkpoint as Partial<BulkCheckpoint> | null;
  if (!c || typeof c !== "object" || c.version !== 1)
    throw new ValidationError("checkpoint", "must be a checkpoint of version 1 (from BulkUpdateError.checkpoint)");
  const s = c.scope as Partial<BulkScope> | undefined;
  for (const key of ["projectKey", "environmentKey", "segmentKey", "target", "users"] as const) {
    if (!s || s[key] !== scope[key]) {
      throw new ValidationError(
        `checkpoint.scope.${key}`,
        `belongs to another update (${JSON.stringify(s?.[key])}, this run: ${JSON.stringify(scope[key])})`,
      );
    }
  }
  for (const list of ["remove", "add"] as const) {
    const l = c[list] as Partial<BulkListCheckpoint> | undefined;
    const where = `checkpoint.${list}`;
    if (!l || typeof l !== "object") throw new ValidationError(where, "is missing");
    if (!Number.isInteger(l.consumed) || l.consumed! < 0) throw new ValidationError(`${where}.consumed`, "must be a non-negative integer");
    if (!Array.isArray(l.pending) || !l.pending.every((k) => typeof k === "string" && k !== "")) {
      throw new ValidationError(`${where}.pending`, "must be an array of keys");
    }
    if (l.pending.length > l.consumed! || l.confirmed !== l.consumed! - l.pending.length) {
      throw new ValidationError(where, "is inconsistent: confirmed + pending must equal consumed");
    }
    if (typeof l.digest !== "string") throw new ValidationError(`${where}.digest`, "must be a string");
  }
  return c as BulkCheckpoint;
}
