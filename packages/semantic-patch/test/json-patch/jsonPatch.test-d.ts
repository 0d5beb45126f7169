import { describe, expectTypeOf, it } from "vitest";
import {
  formatPointer,
  jsonPatch,
  validatePatchWithComment,
  segment,
  type JSONPatch,
  type PatchOperationAdd,
  type PatchOperationMove,
  type PatchOperationTest,
  type PatchWithComment,
} from "../../src/index.js";

describe("JSON Patch helpers (types)", () => {
  it("return the generated operation types", () => {
    expectTypeOf(jsonPatch.add("/tags/-", "beta")).toEqualTypeOf<PatchOperationAdd>();
    expectTypeOf(jsonPatch.move(["rules", 1], "/rules/0")).toEqualTypeOf<PatchOperationMove>();
    expectTypeOf(jsonPatch.testVersion(7)).toEqualTypeOf<PatchOperationTest>();
    expectTypeOf(formatPointer(["rules", 0])).toEqualTypeOf<string>();
    const patch: JSONPatch = [jsonPatch.testVersion(7), jsonPatch.remove("/rules/0")];
    expectTypeOf(validatePatchWithComment({ patch, comment: "c" })).toEqualTypeOf<PatchWithComment>();
  });

  it("rejects misuse", () => {
    // @ts-expect-error a path is a pointer string or reference tokens
    jsonPatch.remove(5);
    // @ts-expect-error remove takes no value
    validatePatchWithComment({ patch: [{ op: "remove", path: "/rules/0", value: 1 }] });
    // @ts-expect-error move needs from
    validatePatchWithComment({ patch: [{ op: "move", path: "/rules/0" }] });
    // @ts-expect-error semantic-patch instructions are not JSON Patch operations
    validatePatchWithComment({ patch: [segment.removeRule({ ruleId: "r" })] });
    // @ts-expect-error testVersion takes a number
    jsonPatch.testVersion("7");
  });
});
