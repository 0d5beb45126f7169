import { describe, expect, it } from "vitest";
import { BulkUpdateError, LDError, type BulkCheckpoint } from "../../src/index.js";

const checkpoint: BulkCheckpoint = {
  version: 1,
  scope: { projectKey: "p", environmentKey: "e", segmentKey: "big", target: "included", users: false },
  remove: { consumed: 3, confirmed: 2, pending: ["old-3"], digest: "0000000000000001" },
  add: { consumed: 5, confirmed: 3, pending: ["key-4", "key-5"], digest: "0000000000000002" },
};

describe("BulkUpdateError", () => {
  it.each<[string, { cause: unknown; why: string }]>([
    ["an Error", { cause: new Error("503: LaunchDarkly server error"), why: "503: LaunchDarkly server error" }],
    ["anything else thrown", { cause: "disk full", why: "disk full" }],
  ])("counts confirmed and pending keys of both lists and says how to resume, for %s", (_name, { cause, why }) => {
    const error = new BulkUpdateError(cause, checkpoint);
    expect(error).toBeInstanceOf(LDError);
    expect(error.name).toBe("BulkUpdateError");
    expect(error.cause).toBe(cause);
    expect(error.checkpoint).toBe(checkpoint);
    expect(error.message).toBe(
      `Bulk update of big segment "big" stopped with 5 key(s) confirmed and 3 pending: ${why}. Resume by passing error.checkpoint as \`checkpoint\`.`,
    );
  });

  it("toJSON carries the scope and the per-list counts as details", () => {
    const error = new BulkUpdateError(new Error("boom"), checkpoint);
    const json = error.toJSON();
    expect(json).toMatchObject({
      name: "BulkUpdateError",
      message: expect.stringMatching(/^Bulk update of big segment "big" stopped/),
      details: {
        scope: checkpoint.scope,
        add: { consumed: 5, confirmed: 3, pending: 2 },
        remove: { consumed: 3, confirmed: 2, pending: 1 },
      },
    });
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ details: json.details });
  });
});
