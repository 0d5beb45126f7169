import { mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { Extractor, ExtractorConfig } from "@microsoft/api-extractor";

/** The outcome of one package's API report check. */
export interface ApiReportResult {
  /** The report file (`etc/<name>.api.md`). */
  report: string;
  /** The built declarations differ from the committed report. */
  changed: boolean;
  /** The check passed: no change (or, with `update`, the report was rewritten). */
  ok: boolean;
  /** API Extractor's errors and warnings, one line each. */
  messages: string[];
}

/**
 * Runs API Extractor over a package's built declarations of one entry point against its committed
 * report (`<dir>/api-extractor.json`, or `config` for another entry such as a subpath export). Without `update`, a difference fails (CI); with `update`, the report
 * is rewritten for review and commit.
 * @example
 * const { ok, changed } = checkApiReport("packages/client", { update: false });
 */
export function checkApiReport(dir: string, options: { update: boolean; config?: string }): ApiReportResult {
  mkdirSync(path.join(dir, "etc"), { recursive: true });
  const config = ExtractorConfig.loadFileAndPrepare(path.join(dir, options.config ?? "api-extractor.json"));
  const messages: string[] = [];
  const result = Extractor.invoke(config, {
    localBuild: options.update,
    messageCallback: (message) => {
      // The report's own "missing / changed" notices are the result, not problems.
      const notice = String(message.messageId).startsWith("console-api-report");
      if (!notice && (message.logLevel === "error" || message.logLevel === "warning"))
        messages.push(`${message.logLevel}: ${message.text}`);
      message.handled = true;
    },
  });
  return {
    report: config.reportConfigs[0] ? path.join(config.reportFolder, config.reportConfigs[0].fileName) : config.reportFolder,
    changed: result.apiReportChanged,
    ok:
      (result.succeeded || (options.update && messages.length === 0)) &&
      (options.update || !result.apiReportChanged) &&
      messages.length === 0,
    messages,
  };
}

/**
 * The API Extractor configs of a package: `api-extractor.json` for its main entry, and one
 * `api-extractor.<entry>.json` per subpath export (e.g. `@ldkit/semantic-patch/apply`).
 * @example
 * apiReportConfigs("packages/semantic-patch"); // ["api-extractor.apply.json", "api-extractor.json"]
 */
export function apiReportConfigs(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /^api-extractor(\.[\w-]+)?\.json$/.test(f))
    .sort();
}
