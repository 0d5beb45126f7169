import { ValidationError } from "../errors.js";

/**
 * A CSV of keys to import: the text, a `Blob`/`File`, a web `ReadableStream`, any (async) iterable
 * of chunks such as a Node.js `Readable`, or `{ path }` to a file (Node.js only; `node:fs` is
 * loaded lazily, so browser bundles carry no Node dependency). Stream and iterable sources are read
 * into memory before the upload; `{ path }` is streamed from disk.
 * @example
 * const sources: CsvSource[] = ["key\nu-1\n", new Blob(["key\nu-1\n"]), { path: "./keys.csv" }, fs.createReadStream("./keys.csv")];
 */
export type CsvSource =
  | string
  | Blob
  | ReadableStream<Uint8Array | string>
  | AsyncIterable<Uint8Array | string>
  | Iterable<Uint8Array | string>
  | { path: string };

const CSV = { type: "text/csv" };

/**
 * Turns a {@link CsvSource} into a `File` for the multipart upload (named after the path, else
 * `import.csv`). An empty source is a {@link ValidationError}.
 * @example
 * const file = await toCsvFile({ path: "./keys.csv" });
 */
export async function toCsvFile(csv: CsvSource): Promise<File> {
  let file: File;
  if (typeof csv === "string") {
    file = new File([csv], "import.csv", CSV);
  } else if (csv instanceof Blob) {
    // the spec sends the file part as text/csv: label an untyped Blob or File so
    file =
      csv instanceof File && csv.type
        ? csv
        : new File([csv], csv instanceof File ? csv.name : "import.csv", { type: csv.type || CSV.type });
  } else if (isPath(csv)) {
    file = await openFile(csv.path);
  } else if (typeof ReadableStream !== "undefined" && csv instanceof ReadableStream) {
    const chunks: (Uint8Array | string)[] = [];
    const reader = csv.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
    file = new File(chunks as BlobPart[], "import.csv", CSV);
  } else if (csv && typeof csv === "object" && (Symbol.asyncIterator in csv || Symbol.iterator in csv)) {
    const chunks: (Uint8Array | string)[] = [];
    for await (const chunk of csv as AsyncIterable<Uint8Array | string>) {
      if (typeof chunk !== "string" && !(chunk instanceof Uint8Array)) throw new ValidationError("csv", "chunks must be strings or bytes");
      chunks.push(chunk);
    }
    file = new File(chunks as BlobPart[], "import.csv", CSV);
  } else {
    throw new ValidationError("csv", "must be a string, Blob, ReadableStream, (async) iterable of chunks or { path }");
  }
  if (file.size === 0) throw new ValidationError("csv", "is empty");
  return file;
}

function isPath(csv: unknown): csv is { path: string } {
  return typeof csv === "object" && csv !== null && typeof (csv as { path?: unknown }).path === "string";
}

async function openFile(path: string): Promise<File> {
  // A computed specifier keeps bundlers from resolving node:fs for the browser.
  const specifier = "node:fs";
  const fs = (await import(/* webpackIgnore: true */ /* @vite-ignore */ specifier)) as typeof import("node:fs");
  let blob: Blob;
  try {
    blob = await fs.openAsBlob(path, CSV);
  } catch (error) {
    throw new ValidationError("csv.path", `cannot be read (${(error as { code?: string }).code ?? String(error)})`);
  }
  return new File([blob], path.split(/[\\/]/).pop() || "import.csv", CSV);
}
