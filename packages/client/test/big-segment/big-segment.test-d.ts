import { describe, expectTypeOf, it } from "vitest";
import {
  createClient,
  exportBigSegment,
  FINAL_EXPORT_STATUSES,
  FINAL_IMPORT_STATUSES,
  importBigSegment,
  KNOWN_EXPORT_STATUSES,
  type Export,
  type ExportProgress,
  type ExportStatus,
  type Import,
  type ImportStatus,
  type SegmentProcessBigSegmentImportInstruction,
} from "../../src/index.js";

const client = createClient({ apiKey: "k" });
const where = { projectKey: "p", environmentKey: "e", segmentKey: "s" };

describe("big segment import and export: LaunchDarkly's statuses", () => {
  it("types an import's status as LaunchDarkly's ImportStatusEnum and an export's as a string", () => {
    expectTypeOf<ImportStatus>().toEqualTypeOf<"preparing" | "pending_approval" | "ready" | "in_progress" | "complete" | "stopped">();
    expectTypeOf<Import["status"]>().toEqualTypeOf<ImportStatus>();
    expectTypeOf<ExportStatus>().toEqualTypeOf<string>();
    expectTypeOf<Export["status"]>().toEqualTypeOf<string>();
    expectTypeOf(FINAL_IMPORT_STATUSES).toEqualTypeOf<readonly ImportStatus[]>();
    expectTypeOf(FINAL_EXPORT_STATUSES).toEqualTypeOf<readonly ExportStatus[]>();
    expectTypeOf(KNOWN_EXPORT_STATUSES).toEqualTypeOf<readonly ExportStatus[]>();
  });

  it("keeps fields LaunchDarkly leaves optional optional, and drops what it does not have", () => {
    expectTypeOf<Import["files"]>().toEqualTypeOf<Array<{ filename?: string; status?: string }> | undefined>();
    expectTypeOf<Export["initiator"]>().toEqualTypeOf<{ name?: string; email?: string }>();
    // @ts-expect-error an Import has no initiator (LaunchDarkly's model has none)
    void ((imp: Import) => imp.initiator);
  });

  it("narrows the import result on outcome; only a ready import carries the processBigSegmentImport instruction", async () => {
    const result = await importBigSegment(client, { ...where, csv: "key\n", mode: "merge", waitOnApprovals: true });
    if (result.outcome === "ready") expectTypeOf(result.process).toEqualTypeOf<SegmentProcessBigSegmentImportInstruction>();
    expectTypeOf(result.outcome).toEqualTypeOf<"complete" | "pending_approval" | "ready">();
    expectTypeOf(result.import).toEqualTypeOf<Import>();
    // @ts-expect-error process exists only on the ready outcome
    void result.process;
    // @ts-expect-error keepWaiting is a boolean
    void importBigSegment(client, { ...where, csv: "key\n", mode: "merge", keepWaiting: "yes" });
  });

  it("reports whether an export status is one ldkit knows", () => {
    const onProgress = (p: ExportProgress) => (p.stage === "polled" ? expectTypeOf(p.knownStatus).toEqualTypeOf<boolean>() : undefined);
    void exportBigSegment(client, { ...where, onProgress });
  });
});
