import { randomUUID } from "node:crypto";
import { appendFileSync } from "node:fs";
import { expect } from "vitest";
import { SEMANTIC_PATCH_MEDIA_TYPE, type OperationId } from "@ldkit/client";
import { operationMetadata } from "./operation-metadata.js";
import { namespaceOf } from "./spec.js";

/** One entry of Prism's `sl-violations` response header. */
export interface Violation {
  location?: string[];
  severity?: string;
  code?: string | number;
  message: string;
}

/** One request/response pair as seen on the wire. */
export interface Exchange {
  /** Unique id of the exchange in the run's record file (assertions refer to it). */
  id: string;
  /** The operation the request's method and path belong to (undefined if none does). */
  op: OperationId | undefined;
  method: string;
  url: string;
  requestHeaders: Record<string, string>;
  /** The request body, when it was JSON (parsed) — what the client actually sent. */
  requestBody: unknown;
  status: number;
  /** Response headers, lower-cased names. */
  headers: Record<string, string>;
  /** Prism's request violations (empty when the header is absent). */
  violations: Violation[];
  /** Prism's own error document (`application/problem+json`: unknown route, undocumented status, …). */
  prismProblem: boolean;
}

/** What the coverage matrix reads: one JSON line per response and one per assertion on a response. */
export type RecordLine = ResponseLine | AssertionLine;

/** A response the client received. */
export interface ResponseLine {
  type: "response";
  /** The exchange's id. */
  id: string;
  op: OperationId | null;
  status: number;
  /** Whether this response counts for the operation × status matrix. */
  counts: boolean;
  /** Builder namespace and instruction kinds, when a semantic patch was accepted (2xx, no violations). */
  namespace?: string;
  kinds?: string[];
  /** The test that sent the request (`file > test name`). */
  test: string;
}

/**
 * A test asserted the client's typed result (data or typed error) of the response with this id.
 * Written only after the test's assertions on it passed.
 */
export interface AssertionLine {
  type: "assertion";
  /** The id of the exchange whose typed result was asserted. */
  id: string;
  /** The test that asserted it (`file > test name`). */
  test: string;
}

const routes = (Object.keys(operationMetadata) as OperationId[]).map((op) => {
  const { method, path } = operationMetadata[op];
  const parts = path.split("/");
  return {
    op,
    method,
    pattern: new RegExp(`^${parts.map((p) => (p.startsWith("{") ? "[^/]+" : p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))).join("/")}$`),
    literals: parts.filter((p) => p && !p.startsWith("{")).length,
  };
});

/** The operation a method and URL path belong to (the most specific template wins). */
export function operationFor(method: string, pathname: string): OperationId | undefined {
  return routes.filter((r) => r.method === method.toUpperCase() && r.pattern.test(pathname)).sort((a, b) => b.literals - a.literals)[0]?.op;
}

/** Parses `sl-violations` (a JSON array, sometimes prefixed with "Too many violations! "). */
export function parseViolations(header: string | null): Violation[] {
  if (!header) return [];
  const start = header.indexOf("[");
  try {
    return JSON.parse(header.slice(start)) as Violation[];
  } catch {
    return [{ message: header }];
  }
}

/** A fetch that records every exchange (for assertions) and appends it to the run's record file. */
export interface Recorder {
  fetch: typeof globalThis.fetch;
  exchanges: Exchange[];
  /** The last exchange; throws if nothing was sent. */
  last(): Exchange;
  /**
   * Records that the running test asserted the client's typed result of `exchange` (call it after
   * the assertions, so a failed assertion records nothing). Only asserted responses tick the
   * operation × status matrix; a response that was merely seen does not.
   *
   * @example
   * expect(error).toBeInstanceOf(NotFoundError);
   * expect((error as NotFoundError).code).toBe("not_found");
   * rec.asserted(rec.last());
   */
  asserted(exchange: Exchange): void;
}

/** The running test, as `file > test name`. */
function currentTest(): string {
  const state = expect.getState();
  return `${(state.testPath ?? "").split("/").pop()} > ${state.currentTestName ?? ""}`;
}

/** Appends one line to the run's record file. */
function append(file: string, line: RecordLine): void {
  appendFileSync(file, `${JSON.stringify(line)}\n`);
}

/** A recorder appending to `file` (the run's record file, from `target().recordFile`). */
export function createRecorder(file: string): Recorder {
  const exchanges: Exchange[] = [];
  const recordingFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const requestContentType = request.headers.get("content-type") ?? "";
    let requestBody: unknown;
    if (requestContentType.startsWith("application/json")) {
      const text = await request.clone().text();
      try {
        requestBody = JSON.parse(text);
      } catch {
        requestBody = text;
      }
    }
    const response = await globalThis.fetch(request);
    const url = new URL(request.url);
    const exchange: Exchange = {
      id: randomUUID(),
      op: operationFor(request.method, url.pathname),
      method: request.method,
      url: request.url,
      requestHeaders: Object.fromEntries(request.headers),
      requestBody,
      status: response.status,
      headers: Object.fromEntries(response.headers),
      violations: parseViolations(response.headers.get("sl-violations")),
      prismProblem: (response.headers.get("content-type") ?? "").startsWith("application/problem+json"),
    };
    exchanges.push(exchange);
    record(exchange, requestContentType, file);
    return response;
  };
  return {
    fetch: recordingFetch as typeof globalThis.fetch,
    exchanges,
    last() {
      const last = exchanges.at(-1);
      if (!last) throw new Error("No request was sent");
      return last;
    },
    asserted(exchange) {
      if (!exchanges.includes(exchange)) throw new Error(`Exchange ${exchange.id} was not recorded by this recorder`);
      append(file, { type: "assertion", id: exchange.id, test: currentTest() });
    },
  };
}

/**
 * A response can count for the coverage matrix (`counts`) when it is one of the spec's responses
 * (not a Prism problem document) for a valid request — except 400 and 401, which also can when Prism
 * produced them because the request broke the spec (a malformed body, a missing token). It ticks
 * its pair only once a test asserted the client's typed result of it (`Recorder.asserted`).
 */
function record(ex: Exchange, requestContentType: string, file: string): void {
  const counts = !ex.prismProblem && (ex.violations.length === 0 || ex.status === 400 || ex.status === 401);
  const line: ResponseLine = { type: "response", id: ex.id, op: ex.op ?? null, status: ex.status, counts, test: currentTest() };
  const instructions = (ex.requestBody as { instructions?: Array<{ kind?: unknown }> } | undefined)?.instructions;
  const namespace = ex.op && namespaceOf(ex.op);
  if (
    namespace &&
    Array.isArray(instructions) &&
    requestContentType === SEMANTIC_PATCH_MEDIA_TYPE &&
    ex.status >= 200 &&
    ex.status < 300 &&
    ex.violations.length === 0
  ) {
    line.namespace = namespace;
    line.kinds = instructions.map((i) => String(i.kind));
  }
  append(file, line);
}
