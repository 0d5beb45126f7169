import type { ContractDifference, ContractReport } from "./compare.js";

/**
 * The differences that fail the gate: unmarked ones, plus a reference version that is not the
 * installed one and deviation marks that excuse nothing.
 * @example
 * if (contractFailures(report).length > 0) process.exitCode = 1;
 */
export function contractFailures(report: ContractReport): string[] {
  const out = report.differences
    .filter((d) => !d.deviation)
    .map((d) => `${where(d)}: ${d.message} (LaunchDarkly model \`${d.launchDarkly}\`, via ${d.via})`);
  for (const mark of report.unusedMarks)
    out.push(`${mark}: marked with a deviation, but it no longer differs from LaunchDarkly's contract; remove the mark`);
  if (report.installedVersion !== report.referenceVersion) {
    out.push(
      `launchdarkly-api-typescript ${report.installedVersion} is installed, the reference is ${report.referenceVersion}: review the table, align or mark the spec, then set REFERENCE_VERSION in tools/src/contract/compare.ts`,
    );
  }
  return out;
}

function where(d: ContractDifference): string {
  return d.property ? `${d.schema}.${d.property}` : d.schema;
}

const cell = (s: string): string => s.replace(/\|/g, "\\|");

/**
 * Renders the report as Markdown tables: the model pairs compared, then every difference with
 * who has the extra thing and whether ldkit marked it as deliberate.
 * @example
 * console.log(renderContractReport(report));
 */
export function renderContractReport(report: ContractReport): string {
  const lines: string[] = [];
  lines.push(
    `Contract gate: ldkit's spec against launchdarkly-api-typescript ${report.installedVersion} (reference ${report.referenceVersion}), ${report.operations} operations, ${report.pairs.length} model pairs.`,
    "",
    "| LaunchDarkly model | ldkit schema | first reached from |",
    "|---|---|---|",
  );
  for (const p of report.pairs) lines.push(`| ${cell(p.launchDarkly)} | ${cell(p.schema)} | ${cell(p.via)} |`);
  lines.push("", "| status | ldkit schema.property | difference | who has it | LaunchDarkly model | reason |", "|---|---|---|---|---|---|");
  const sorted = [...report.differences].sort(
    (a, b) => Number(Boolean(a.deviation)) - Number(Boolean(b.deviation)) || where(a).localeCompare(where(b)),
  );
  for (const d of sorted) {
    lines.push(
      `| ${d.deviation ? "marked" : "**FAIL**"} | ${cell(where(d))} | ${cell(d.message)} | ${d.side === "launchdarkly" ? "LaunchDarkly" : "ldkit"} | ${cell(d.launchDarkly)} | ${cell(d.deviation ?? "—")} |`,
    );
  }
  const failures = contractFailures(report);
  lines.push(
    "",
    `${report.differences.length} differences, ${report.differences.filter((d) => d.deviation).length} marked as deliberate (x-ldkit-deviation), ${failures.length} failing.`,
  );
  return lines.join("\n");
}
