import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { repoRoot, specPath } from "../../src/codegen/repo.js";
import { loadSpec, type OpenApiDocument } from "../../src/codegen/spec.js";
import { compareContract, REFERENCE_VERSION, type ContractReport } from "../../src/contract/compare.js";
import { undocumentedDeviations } from "../../src/contract/documented.js";
import { loadOfficialContract, type OfficialContract } from "../../src/contract/official-models.js";
import { contractFailures, renderContractReport } from "../../src/contract/render.js";
import type { SchemaObject } from "../../src/contract/spec-schema.js";

let spec: OpenApiDocument;
let official: OfficialContract;

beforeAll(async () => {
  [spec, official] = await Promise.all([loadSpec(specPath), loadOfficialContract()]);
});

/** A deep copy of the real spec with `change` applied to it (the file on disk is never touched). */
function specWith(change: (schemas: Record<string, SchemaObject>) => void): OpenApiDocument {
  const copy = structuredClone(spec);
  change(copy.components!.schemas as Record<string, SchemaObject>);
  return copy;
}

const failuresOf = (report: ContractReport) => contractFailures(report);

describe("contract gate: ldkit's spec against launchdarkly-api-typescript", () => {
  it("passes on the committed spec: every difference is marked and listed in openapi/README.md", async () => {
    const report = compareContract(spec, official);
    expect(report.installedVersion).toBe(REFERENCE_VERSION);
    expect(report.operations).toBe(23);
    expect(failuresOf(report)).toEqual([]);
    expect(report.unusedMarks).toEqual([]);
    expect(undocumentedDeviations(report, await readFile(path.join(repoRoot, "openapi", "README.md"), "utf8"))).toEqual([]);
    // The pairs it walked reach the nested models of every body, under LaunchDarkly's names.
    const pairs = report.pairs.map((p) => `${p.launchDarkly}→${p.schema}`);
    for (const pair of [
      "Import→Import",
      "FileRep→FileRep",
      "Export→Export",
      "Link→Link",
      "Clause→Clause",
      "ResourceIDResponse→ResourceId",
      "AccessAllowedReason→Statement",
      "createBigSegmentImport form→BigSegmentImportForm",
      "InstructionUserRequest→UserRemoveExpireUserTargetDateInstruction",
    ]) {
      expect(pairs).toContain(pair);
    }
  });

  it.each<[string, { change: (s: Record<string, SchemaObject>) => void; want: RegExp }]>([
    [
      "a response that requires what LaunchDarkly leaves optional",
      {
        change: (s) => s.Import!.required!.push("files"),
        want: /^Import\.files: ldkit requires `files`; LaunchDarkly leaves it optional \(LaunchDarkly model `Import`, via getBigSegmentImport 200\)$/,
      },
    ],
    [
      "a response that leaves optional what LaunchDarkly requires",
      {
        change: (s) => (s.Export!.required = s.Export!.required!.filter((p) => p !== "sizeBytes")),
        want: /^Export\.sizeBytes: LaunchDarkly requires `sizeBytes`; ldkit leaves it optional/,
      },
    ],
    [
      "an enum value ldkit invented",
      { change: (s) => s.ImportStatus!.enum!.push("completed"), want: /^Import\.status: ldkit invented `status` value\(s\) `completed`/ },
    ],
    [
      "an enum value LaunchDarkly has and ldkit dropped",
      {
        change: (s) => (s.ImportStatus!.enum = s.ImportStatus!.enum!.filter((v) => v !== "ready")),
        want: /^Import\.status: LaunchDarkly added `status` value\(s\) `ready`/,
      },
    ],
    [
      "a property ldkit invented",
      {
        change: (s) => (s.Import!.properties!.initiator = { $ref: "#/components/schemas/InitiatorRep" }),
        want: /^Import\.initiator: ldkit invented `initiator`/,
      },
    ],
    [
      "a property LaunchDarkly has and ldkit dropped",
      { change: (s) => delete s.Link!.properties!.type, want: /^Link\.type: LaunchDarkly added `type`/ },
    ],
    [
      "a request that rejects what LaunchDarkly accepts",
      {
        change: (s) => delete s.SegmentAddExpiringTargetInstruction!.properties!.version,
        want: /^SegmentAddExpiringTargetInstruction\.version: LaunchDarkly added `version`/,
      },
    ],
    [
      "an enum on a response field LaunchDarkly types as a string",
      {
        change: (s) => (s.Clause!.properties!.op = { $ref: "#/components/schemas/ClauseOperator" }),
        want: /^Clause\.op: ldkit invented an enum for `op`/,
      },
    ],
    [
      "a value type that differs",
      {
        change: (s) => (s.BigSegmentTarget!.properties!.included = { type: "string" }),
        want: /^BigSegmentTarget\.included: LaunchDarkly types `included` as boolean, ldkit as string/,
      },
    ],
    [
      "a deviation mark removed",
      {
        change: (s) => delete s.BigSegmentImportForm!.properties!.file!["x-ldkit-deviation"],
        want: /^BigSegmentImportForm\.file: ldkit requires `file`/,
      },
    ],
    [
      "a mark that excuses nothing",
      { change: (s) => (s.Import!["x-ldkit-deviation"] = "stale"), want: /^Import: marked with a deviation, but it no longer differs/ },
    ],
  ])("fails on %s, naming the schema and property", (_name, { change, want }) => {
    const failures = failuresOf(compareContract(specWith(change), official));
    expect(
      failures.some((f) => want.test(f)),
      failures.join("\n"),
    ).toBe(true);
  });

  it("tells what LaunchDarkly added from what ldkit invented when the official models change", () => {
    const next = structuredClone(official);
    next.models.get("Import")!.properties.set("errorMessage", { required: false, type: { kind: "primitive", type: "string" } });
    next.models.get("Import")!.properties.delete("mode");
    const failures = failuresOf(compareContract(spec, next));
    expect(failures).toContain(
      "Import.errorMessage: LaunchDarkly added `errorMessage` (ldkit's schema does not have it) (LaunchDarkly model `Import`, via getBigSegmentImport 200)",
    );
    expect(failures).toContain(
      "Import.mode: ldkit invented `mode` (LaunchDarkly's model does not have it) (LaunchDarkly model `Import`, via getBigSegmentImport 200)",
    );
  });

  it("fails on a route that differs and on an official client that is not the reference version", () => {
    const next = structuredClone(official);
    next.version = "18.0.0";
    next.operations.get("getSegment")!.path = "/api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/v2";
    const failures = failuresOf(compareContract(spec, next));
    expect(failures).toContain(
      "-: LaunchDarkly routes `getSegment` as GET /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey}/v2, ldkit as GET /api/v2/segments/{projectKey}/{environmentKey}/{segmentKey} (LaunchDarkly model `-`, via getSegment)",
    );
    expect(failures.at(-1)).toMatch(/^launchdarkly-api-typescript 18\.0\.0 is installed, the reference is 17\.2\.0/);
  });

  it("fails when a marked deviation is missing from openapi/README.md", () => {
    const report = compareContract(spec, official);
    expect(undocumentedDeviations(report, "# no table")).toContain("BigSegmentImportForm.file");
  });

  it("prints a table with the reference version, who has each difference and why", () => {
    const table = renderContractReport(compareContract(spec, official));
    expect(table).toContain("launchdarkly-api-typescript 17.2.0 (reference 17.2.0), 23 operations");
    expect(table).toMatch(
      /\| marked \| BigSegmentImportForm\.file \| ldkit requires `file`; LaunchDarkly leaves it optional \| ldkit \| createBigSegmentImport form \| .*errata 17/,
    );
    expect(table).toMatch(/\| marked \| PatchOperationRemove\.value \| LaunchDarkly added `value` .* \| LaunchDarkly \|/);
    const failing = renderContractReport(
      compareContract(
        specWith((s) => (s.Link!.required = ["href"])),
        official,
      ),
    );
    expect(failing).toMatch(
      /\| \*\*FAIL\*\* \| Link\.href \| ldkit requires `href`; LaunchDarkly leaves it optional \| ldkit \| Link \| — \|/,
    );
  });
});
