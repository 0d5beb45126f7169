/** The URL paths the browser smoke serves the ESM builds under; the page's import map points at them. */
export const MODULE_PATHS = {
  "@ldkit/client": "/modules/ldkit-client/index.js",
  "@ldkit/semantic-patch": "/modules/ldkit-semantic-patch/index.js",
  "openapi-fetch": "/modules/openapi-fetch/index.mjs",
} as const;

/** What the page must report after its calls to the Prism mock (the spec's examples). */
export const EXPECTED_RESULT = {
  ok: true,
  builder: ["addIncludedTargets", "addRule"],
  get: ["beta-users", 7, 2],
  patch: ["beta-users", 7],
} as const;

/**
 * The smoke page: an import map resolving the bare specifiers to the packages' unmodified ESM
 * builds, and a module script that makes one GET and one semantic patch against `prismUrl`, then
 * writes the outcome as JSON into `#result` and sets `data-done`.
 */
export function smokePage(prismUrl: string): string {
  const importMap = JSON.stringify({ imports: MODULE_PATHS });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>ldkit browser smoke</title>
<script type="importmap">${importMap}</script>
</head>
<body>
<pre id="result">running</pre>
<script type="module">
const out = document.getElementById("result");
let result;
try {
  const { createClient } = await import("@ldkit/client");
  const { segmentPatch, clause } = await import("@ldkit/semantic-patch");
  const ld = createClient({ apiKey: "api-browser-smoke", baseUrl: ${JSON.stringify(prismUrl)}, retry: false });
  const where = { projectKey: "default", environmentKey: "production", segmentKey: "beta-users" };
  const body = segmentPatch("production")
    .addIncludedTargets({ contextKind: "org", values: ["org-acme"] })
    .addRule({ clauses: [clause({ attribute: "email", op: "endsWith", values: ["@example.com"] })] })
    .comment("browser smoke")
    .build();
  const got = await ld.getSegment(where);
  const patched = await ld.patchSegment({ ...where, body });
  result = {
    ok: true,
    builder: body.instructions.map((i) => i.kind),
    get: [got.key, got.version, got.rules.length],
    patch: [patched.key, patched.version],
  };
} catch (error) {
  result = { ok: false, error: String(error), stack: error && error.stack };
}
out.textContent = JSON.stringify(result);
out.dataset.done = "true";
</script>
</body>
</html>
`;
}
