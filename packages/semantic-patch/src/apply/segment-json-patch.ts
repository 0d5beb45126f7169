/**
 * Applying a JSON Patch (RFC 6902) to a segment through fast-json-patch, operation by operation on a
 * private copy, so a failing operation leaves no trace. Operations may read (`test`, `copy` from) any
 * field but write only the writable ones; the fields written are checked afterwards.
 */
import fastJsonPatch from "fast-json-patch";
import { parsePointer } from "../json-patch/pointer.js";
import type { PatchOperation } from "../types.js";
import { describe } from "../validate.js";
import { PatchApplyError } from "./error.js";
import { assignIds, checkChangedFields, isWritable, readOnlyReason, type WritableField } from "./segment-fields.js";
import type { Segment } from "./segment-shape.js";
import { copyJson } from "./copy.js";

function topField(pointer: string): string {
  return parsePointer(pointer)[0] ?? "";
}

/** Whether a pointer passes through an object's prototype (fast-json-patch would throw a bare TypeError). */
function reachesPrototype(pointer: string): boolean {
  const tokens = parsePointer(pointer);
  return tokens.some((token, i) => token === "__proto__" || (token === "prototype" && tokens[i - 1] === "constructor"));
}

/** The first line of fast-json-patch's message (the rest dumps the whole document). */
function reasonOf(error: Error): string {
  const first = error.message.split("\n")[0] ?? error.message;
  return `failed: ${first.charAt(0).toLowerCase()}${first.slice(1)}`;
}

/**
 * Applies validated JSON Patch operations to a copy of `segment`. `at` is the operations' path in the
 * body (`"patch"` for `{ patch, comment }`, `""` for a bare array).
 */
export function applySegmentJsonPatch(
  segment: Segment,
  operations: readonly PatchOperation[],
  at: string,
  generateId: () => string,
): Segment {
  const where = (i: number, key: "path" | "from" | "" = ""): string => `${at}[${i}]${key === "" ? "" : `.${key}`}`;
  const changed = new Map<WritableField, number>();
  const document = copyJson(segment);
  operations.forEach((operation, i) => {
    for (const key of ["path", "from"] as const) {
      const pointer = (operation as { path: string; from?: string })[key];
      if (pointer !== undefined && reachesPrototype(pointer))
        throw new PatchApplyError(operation.op, where(i, key), 'must not pass through "__proto__" or "constructor/prototype"', i);
    }
    if (operation.op !== "test") {
      const targets: ["path" | "from", string][] = [["path", operation.path]];
      if (operation.op === "move") targets.push(["from", operation.from]);
      for (const [key, pointer] of targets) {
        const field = topField(pointer);
        if (!isWritable(field)) throw new PatchApplyError(operation.op, where(i, key), readOnlyReason(field), i);
        changed.set(field, i);
      }
    }
    try {
      fastJsonPatch.applyOperation(document, operation, true, true, true, i);
    } catch (error) {
      if (error instanceof fastJsonPatch.JsonPatchError) {
        if (error.name === "TEST_OPERATION_FAILED" && operation.op === "test") {
          // The failed test resolved the path, so reading it again cannot throw.
          const actual: unknown = fastJsonPatch.getValueByPointer(document, operation.path);
          throw new PatchApplyError(
            "test",
            where(i, "path"),
            `failed: the value at ${describe(operation.path)} is ${describe(actual)}, not ${describe(operation.value)}`,
            i,
          );
        }
        throw new PatchApplyError(operation.op, where(i), reasonOf(error), i);
      }
      throw error;
    }
  });
  checkChangedFields(document, changed.keys(), (field, reason) => {
    const i = changed.get(field) as number;
    return new PatchApplyError((operations[i] as PatchOperation).op, where(i), reason, i);
  });
  return changed.has("rules") ? { ...document, rules: assignIds(document.rules, generateId) } : document;
}
