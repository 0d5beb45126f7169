import { describe, expect, it } from "vitest";
import {
  BigSegmentExportError,
  BigSegmentImportError,
  BigSegmentTimeoutError,
  ConflictError,
  ImportInProgressError,
  type Export,
  type Import,
} from "../../src/index.js";

const imp = { id: "imp-1", segmentKey: "big", creationTime: 1, mode: "replace", status: "stopped", files: [] } as unknown as Import;
const exp = { id: "exp-7", segmentKey: "big", creationTime: 1, status: "stopped", _links: {} } as unknown as Export;

describe("big segment errors", () => {
  it("ImportInProgressError names the segment, keeps the 409 as cause and says which request was refused", () => {
    const conflict = new ConflictError({ status: 409, headers: { "x-request-id": "r-1" }, body: { code: "conflict", message: "busy" } });
    const error = new ImportInProgressError(conflict, "big");
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.name).toBe("ImportInProgressError");
    expect(error.cause).toBe(conflict);
    expect(error.message).toBe(
      'Another import is already in progress for big segment "big"; wait for it to finish and retry. ' +
        "(409 conflict: busy (POST createBigSegmentImport) [request id r-1])",
    );
    expect(error.toJSON()).toMatchObject({ name: "ImportInProgressError", status: 409, segmentKey: "big", requestId: "r-1" });
  });

  it.each<[string, { error: () => Error & { toJSON(): unknown }; name: string; message: string; details: unknown }]>([
    [
      "BigSegmentImportError",
      {
        error: () => new BigSegmentImportError(imp),
        name: "BigSegmentImportError",
        message: 'Big segment import imp-1 of "big" ended with status stopped',
        details: imp,
      },
    ],
    [
      "BigSegmentExportError (stopped)",
      {
        error: () => new BigSegmentExportError(exp),
        name: "BigSegmentExportError",
        message: 'Big segment export exp-7 of "big" ended with status stopped',
        details: exp,
      },
    ],
    [
      "BigSegmentExportError (with a reason)",
      {
        error: () => new BigSegmentExportError(exp, "is complete without a download link"),
        name: "BigSegmentExportError",
        message: 'Big segment export exp-7 of "big" is complete without a download link',
        details: exp,
      },
    ],
    [
      "BigSegmentTimeoutError with a last state",
      {
        error: () => new BigSegmentTimeoutError("import", "imp-1", 10_000, { ...imp, status: "in_progress" }),
        name: "BigSegmentTimeoutError",
        message: "Big segment import imp-1 did not finish within 10000 ms (last status: in_progress); it may still complete",
        details: { kind: "import", id: "imp-1", last: { ...imp, status: "in_progress" } },
      },
    ],
    [
      "BigSegmentTimeoutError before any poll",
      {
        error: () => new BigSegmentTimeoutError("export", "exp-7", 500, undefined),
        name: "BigSegmentTimeoutError",
        message: "Big segment export exp-7 did not finish within 500 ms (last status: unknown); it may still complete",
        details: { kind: "export", id: "exp-7", last: undefined },
      },
    ],
  ])("%s: name, message and a log-safe toJSON with the details", (_label, { error, name, message, details }) => {
    const e = error();
    expect(e.name).toBe(name);
    expect(e.message).toBe(message);
    expect(e.toJSON()).toMatchObject({ name, message, details });
    expect(JSON.parse(JSON.stringify(e))).toMatchObject({ name, message });
  });
});
