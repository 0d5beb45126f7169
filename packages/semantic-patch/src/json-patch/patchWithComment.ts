import type { PatchWithComment } from "../types.js";
import { fields, list, optional, text } from "../validate.js";
import { operation } from "./operation.js";

const operations = list(operation, { noun: "operations" });

/**
 * Wraps a JSON Patch with a comment for the audit log (`{ patch, comment }`), validating every
 * operation (plain objects too) and that the patch is not empty.
 *
 * @example
 * patchWithComment({
 *   patch: [jsonPatch.testVersion(7), jsonPatch.replace("/description", "new description")],
 *   comment: "Describe the segment",
 * });
 */
export function patchWithComment(body: PatchWithComment): PatchWithComment {
  return fields<PatchWithComment>(body, { patch: operations, comment: optional(text) }, "patchWithComment");
}
