/** Validation of one JSON Patch operation (shared by the `jsonPatch` helpers and `validatePatchWithComment`). */
import type { PatchOperation } from "../types.js";
import { describe, fail, fields, isPlainObject, join, jsonValue, type Check, type Shape } from "../validate.js";
import { pointer } from "./pointer.js";

type Op = PatchOperation["op"];
type Fields<O extends PatchOperation> = Omit<O, "op">;

const path = pointer(false);
const SHAPES: { readonly [K in Op]: Shape<Fields<Extract<PatchOperation, { op: K }>>> } = {
  add: { path, value: jsonValue },
  remove: { path },
  replace: { path, value: jsonValue },
  move: { from: path, path },
  copy: { from: path, path },
  test: { path, value: jsonValue },
};

/**
 * One JSON Patch operation, as a plain object or from the helpers: a known `op`, the fields that
 * operation takes (pointers valid and not the whole document, `value` JSON), and for `move` a
 * `from` that is not a proper prefix of `path` (RFC 6902 §4.4).
 */
export const operation: Check<PatchOperation> = (value, kind, field) => {
  if (!isPlainObject(value)) fail(kind, field, `must be a JSON Patch operation object (got ${describe(value)})`);
  const { op, ...rest } = value;
  if (typeof op !== "string" || !Object.hasOwn(SHAPES, op)) {
    fail(kind, join(field, "op"), `must be one of ${Object.keys(SHAPES).join(", ")} (got ${describe(op)})`);
  }
  const shape = SHAPES[op as Op] as unknown as Shape<Record<string, unknown>>;
  const checked = { op, ...fields(rest, shape, kind, field) } as PatchOperation;
  if (checked.op === "move" && checked.path.startsWith(`${checked.from}/`)) {
    fail(kind, join(field, "from"), `must not be a proper prefix of path (cannot move ${describe(checked.from)} into itself)`);
  }
  return checked;
};
