import { describe, it } from "vitest";
import { jsonPatch, validatePatchWithComment, type PatchWithComment } from "../../src/index.js";
import { expectRejection, expectWire, type InvalidCase } from "../helpers.js";

const wrap = (body: unknown) => () => validatePatchWithComment(body as PatchWithComment);

describe("validatePatchWithComment", () => {
  it("builds the spec's example body from helpers", () => {
    expectWire(
      validatePatchWithComment({
        comment: "Describe the segment and tag it",
        patch: [jsonPatch.replace("/description", "New description for this segment"), jsonPatch.add("/tags/0", "example")],
      }),
      {
        patch: [
          { op: "replace", path: "/description", value: "New description for this segment" },
          { op: "add", path: "/tags/0", value: "example" },
        ],
        comment: "Describe the segment and tag it",
      },
    );
  });

  it("accepts plain operation objects and no comment", () => {
    expectWire(
      validatePatchWithComment({
        patch: [
          { op: "test", path: "/version", value: 3 },
          { op: "remove", path: "/rules/0" },
        ],
      }),
      {
        patch: [
          { op: "test", path: "/version", value: 3 },
          { op: "remove", path: "/rules/0" },
        ],
      },
    );
  });

  const invalid: InvalidCase[] = [
    [
      "an empty patch",
      { given: wrap({ patch: [] }), want: { kind: "validatePatchWithComment", field: "patch", rule: "must not be empty" } },
    ],
    [
      "a patch that is not an array",
      {
        given: wrap({ patch: { op: "remove", path: "/rules/0" } }),
        want: { kind: "validatePatchWithComment", field: "patch", rule: "must be an array of operations (got an object)" },
      },
    ],
    ["a missing patch", { given: wrap({ comment: "c" }), want: { kind: "validatePatchWithComment", field: "patch", rule: "is required" } }],
    [
      "an unknown op",
      {
        given: wrap({ patch: [{ op: "delete", path: "/rules/0" }] }),
        want: { kind: "validatePatchWithComment", field: "patch[0].op", rule: "must be one of add, remove, replace, move, copy, test" },
      },
    ],
    [
      "a field the op does not take",
      {
        given: wrap({ patch: [{ op: "remove", path: "/rules/0", value: 1 }] }),
        want: { kind: "validatePatchWithComment", field: "patch[0].value", rule: "is not a known field (expected path)" },
      },
    ],
    [
      "a move without from",
      {
        given: wrap({ patch: [{ op: "move", path: "/rules/0" }] }),
        want: { kind: "validatePatchWithComment", field: "patch[0].from", rule: "is required" },
      },
    ],
    [
      "a path without a leading slash",
      {
        given: wrap({ patch: [{ op: "remove", path: "rules/0" }] }),
        want: { kind: "validatePatchWithComment", field: "patch[0].path", rule: 'must start with "/"' },
      },
    ],
    [
      "a path given as tokens in a plain object",
      {
        given: wrap({ patch: [{ op: "remove", path: ["rules", 0] }] }),
        want: { kind: "validatePatchWithComment", field: "patch[0].path", rule: "must be a JSON Pointer string (got an array)" },
      },
    ],
    [
      "an operation that is not an object",
      {
        given: wrap({ patch: ["remove /rules/0"] }),
        want: { kind: "validatePatchWithComment", field: "patch[0]", rule: "must be a JSON Patch operation object" },
      },
    ],
    [
      "a comment that is not a string",
      {
        given: wrap({ patch: [jsonPatch.remove("/rules/0")], comment: null }),
        want: { kind: "validatePatchWithComment", field: "comment", rule: "must be a string (got null)" },
      },
    ],
    [
      "semantic patch instructions",
      {
        given: wrap({ instructions: [] }),
        want: { kind: "validatePatchWithComment", field: "instructions", rule: "is not a known field (expected patch, comment)" },
      },
    ],
  ];

  it.each(invalid)("rejects %s", (_name, { given, want }) => {
    expectRejection(given, want);
  });
});
