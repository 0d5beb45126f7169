import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { specPath } from "../codegen/repo.js";
import { listOperations, loadSpec, type OpenApiDocument, type RequestBodyObject } from "../codegen/spec.js";

const JSON_TYPE = "application/json";

/**
 * Derives the document Prism is started from. Prism drops media-type parameters, so it would check
 * a `application/json; domain-model=launchdarkly.semanticpatch` body against the plain
 * `application/json` entry. In this view every operation whose body has JSON media types with
 * parameters gets ONE `application/json` entry whose schema is `oneOf` all the JSON formats (each
 * format schema is closed with `additionalProperties: false` in the spec, so exactly one matches).
 * The real spec is untouched; the client's own tests assert the Content-Type it sends.
 */
export function derivePrismView(doc: OpenApiDocument): OpenApiDocument {
  const view = structuredClone(doc);
  for (const { operation } of listOperations(view)) {
    const body = operation.requestBody as RequestBodyObject | undefined;
    if (!body?.content || "$ref" in body) continue;
    const jsonTypes = Object.keys(body.content).filter((m) => m === JSON_TYPE || m.startsWith(`${JSON_TYPE};`));
    if (!jsonTypes.some((m) => m !== JSON_TYPE)) continue;
    const formats = jsonTypes.flatMap((m) => {
      const schema = (body.content[m] as { schema?: Record<string, unknown> }).schema ?? {};
      return !("$ref" in schema) && Array.isArray(schema.oneOf) ? (schema.oneOf as unknown[]) : [schema];
    });
    const others = Object.fromEntries(Object.entries(body.content).filter(([m]) => !jsonTypes.includes(m)));
    body.content = {
      ...others,
      [JSON_TYPE]: { schema: formats.length === 1 ? formats[0] : { oneOf: formats } },
    };
  }
  return view;
}

/**
 * Derives the "plain JSON view": every request media type that carries parameters (the semantic-patch
 * one) is removed, leaving exactly what the spec accepts for a body sent as plain `application/json`.
 * Prism ignores media-type parameters, so this view is how a test has Prism judge a semantic body
 * sent with the wrong Content-Type: an operation left with no media type answers 415, and
 * patchSegment checks the body against its JSON Patch / merge patch formats only.
 */
export function derivePlainJsonView(doc: OpenApiDocument): OpenApiDocument {
  const view = structuredClone(doc);
  for (const { operation } of listOperations(view)) {
    const body = operation.requestBody as RequestBodyObject | undefined;
    if (!body?.content || "$ref" in body) continue;
    for (const mediaType of Object.keys(body.content)) if (mediaType.includes(";")) delete body.content[mediaType];
  }
  return view;
}

/** The views of the spec a Prism server can be started from. */
export const specViews = { prism: derivePrismView, "plain-json": derivePlainJsonView } as const;

/**
 * Writes a view of the spec (default: the Prism view) as JSON into `dir`, or into a fresh temporary
 * directory, and returns the file's path. The caller owns the file (and the temporary directory).
 */
export async function writePrismView(options: { spec?: string; view?: keyof typeof specViews; dir?: string } = {}): Promise<string> {
  const view = options.view ?? "prism";
  const dir = options.dir ?? (await mkdtemp(path.join(tmpdir(), "ldkit-prism-")));
  const file = path.join(dir, `ldkit.${view}.json`);
  await writeFile(file, JSON.stringify(specViews[view](await loadSpec(options.spec ?? specPath)), null, 2));
  return file;
}
