import type { PatchWithComment } from "../types.js";
import { fields, list, optional, text } from "../validate.js";
import { operation } from "./operation.js";

const operations = list(operation, { noun: "operations" });

/**
 * Validates a JSON Patch with a comment for the audit log (`{ patch, comment }`) and returns a copy:
 * every operation (plain objects too), and that the patch is not empty.
 *
 * @example
 * validatePatchWithComment({
 *   patch: [jsonPatch.testVersion(7), jsonPatch.replace("/description", "new description")],
 *   comment: "Describe the segment",
 * });
 */
export function validatePatchWithComment(body: PatchWithComment): PatchWithComment {
  return fields<PatchWithComment>(body, { patch: operations, comment: optional(text) }, "validatePatchWithComment");
}
