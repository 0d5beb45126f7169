/**
 * The `jsonPatch` namespace: one helper per JSON Patch (RFC 6902) operation, plus `testVersion`.
 * Paths are JSON Pointer strings or arrays of reference tokens (escaped for you).
 */
import type {
  PatchOperation,
  PatchOperationAdd,
  PatchOperationCopy,
  PatchOperationMove,
  PatchOperationRemove,
  PatchOperationReplace,
  PatchOperationTest,
} from "../types.js";
import { version } from "../validate.js";
import { operation } from "./operation.js";
import { pointer, type PointerPath } from "./pointer.js";

const tokens = pointer(true);

/** Formats the helper's pointer arguments, then validates the operation like a plain object. */
function build<O extends PatchOperation>(op: O["op"], given: Record<string, unknown>): O {
  const kind = `jsonPatch.${op}`;
  const formatted = Object.fromEntries(
    Object.entries(given).map(([key, value]) => [key, key === "value" ? value : tokens(value, kind, key)]),
  );
  return operation({ op, ...formatted }, kind, "") as O;
}

/**
 * `add`: inserts `value` at `path` (`/-` appends to an array, `/0` prepends).
 *
 * @example
 * jsonPatch.add("/tags/-", "beta"); // { op: "add", path: "/tags/-", value: "beta" }
 */
export function add(path: PointerPath, value: unknown): PatchOperationAdd {
  return build("add", { path, value });
}

/**
 * `remove`: removes the value at `path`.
 *
 * @example
 * jsonPatch.remove(["rules", 0]); // { op: "remove", path: "/rules/0" }
 */
export function remove(path: PointerPath): PatchOperationRemove {
  return build("remove", { path });
}

/**
 * `replace`: replaces the value at `path` with `value`.
 *
 * @example
 * jsonPatch.replace("/description", "new description"); // { op: "replace", path: "/description", value: "new description" }
 */
export function replace(path: PointerPath, value: unknown): PatchOperationReplace {
  return build("replace", { path, value });
}

/**
 * `move`: moves the value at `from` to `path`.
 *
 * @example
 * jsonPatch.move("/rules/1", "/rules/0"); // { op: "move", from: "/rules/1", path: "/rules/0" }
 */
export function move(from: PointerPath, path: PointerPath): PatchOperationMove {
  return build("move", { from, path });
}

/**
 * `copy`: copies the value at `from` to `path`.
 *
 * @example
 * jsonPatch.copy("/included/0", "/excluded/-"); // { op: "copy", from: "/included/0", path: "/excluded/-" }
 */
export function copy(from: PointerPath, path: PointerPath): PatchOperationCopy {
  return build("copy", { from, path });
}

/**
 * `test`: the whole patch fails unless the value at `path` equals `value`.
 *
 * @example
 * jsonPatch.test("/name", "Beta users"); // { op: "test", path: "/name", value: "Beta users" }
 */
export function test(path: PointerPath, value: unknown): PatchOperationTest {
  return build("test", { path, value });
}

/**
 * Optimistic concurrency: a `test` that the segment's `/version` is still `version` (a non-negative
 * integer), so the patch fails if someone changed the segment since you read it. Put it first.
 *
 * @example
 * [jsonPatch.testVersion(7), jsonPatch.replace("/description", "new description")];
 * // [{ op: "test", path: "/version", value: 7 }, { op: "replace", ... }]
 */
export function testVersion(expected: number): PatchOperationTest {
  return build("test", { path: "/version", value: version(expected, "jsonPatch.testVersion", "version") });
}
