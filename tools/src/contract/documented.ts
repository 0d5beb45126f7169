import type { ContractReport } from "./compare.js";

/**
 * The marked deviations that `openapi/README.md` does not list: every `Schema` or
 * `Schema.property` with an `x-ldkit-deviation` must appear there in backticks.
 * @example
 * undocumentedDeviations(report, await readFile("openapi/README.md", "utf8")); // [] when every deviation is listed
 */
export function undocumentedDeviations(report: ContractReport, readme: string): string[] {
  const places = new Set(report.differences.filter((d) => d.deviation).map((d) => (d.property ? `${d.schema}.${d.property}` : d.schema)));
  return [...places].filter((place) => !readme.includes(`\`${place}\``)).sort();
}
