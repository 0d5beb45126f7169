import { LDError, type LDErrorJSON } from "../errors.js";
import type { BulkCheckpoint } from "./checkpoint.js";

/**
 * A bulk target update stopped (a request failed, the signal aborted, the input failed). `cause` is
 * the error that stopped it; `checkpoint` is where it stopped — pass it back as `checkpoint`, with
 * the same input, to resume without sending a confirmed key again and without losing any.
 * @example
 * catch (e) { if (e instanceof BulkUpdateError) await writeFile("checkpoint.json", JSON.stringify(e.checkpoint)); throw e; }
 */
export class BulkUpdateError extends LDError {
  override name = "BulkUpdateError";
  /** Serialisable with `JSON.stringify`; see {@link BulkCheckpoint}. */
  readonly checkpoint: BulkCheckpoint;

  constructor(cause: unknown, checkpoint: BulkCheckpoint) {
    const confirmed = checkpoint.add.confirmed + checkpoint.remove.confirmed;
    const pending = checkpoint.add.pending.length + checkpoint.remove.pending.length;
    super(
      `Bulk update of big segment "${checkpoint.scope.segmentKey}" stopped with ${confirmed} key(s) confirmed and ${pending} pending: ` +
        `${cause instanceof Error ? cause.message : String(cause)}. Resume by passing error.checkpoint as \`checkpoint\`.`,
      { cause },
    );
    this.checkpoint = checkpoint;
  }

  override toJSON(): LDErrorJSON {
    const { add, remove, scope } = this.checkpoint;
    const counts = (l: typeof add) => ({ consumed: l.consumed, confirmed: l.confirmed, pending: l.pending.length });
    return { ...super.toJSON(), details: { scope, add: counts(add), remove: counts(remove) } };
  }
}
