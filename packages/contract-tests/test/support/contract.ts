import { describe, expect, it, type TestContext } from "vitest";
import {
  BadRequestError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimitError,
  UnauthorizedError,
  type APIError,
  type LdkitClient,
  type OperationId,
} from "@ldkit/client";
import { makeClient } from "./client.js";
import { operationMetadata } from "./operation-metadata.js";
import { fixtures, missing, type Fixtures } from "./fixtures.js";
import type { Exchange } from "./recorder.js";
import { responseExample, responseHeaders, responseSchema, schemaProblems, specStatuses } from "./spec.js";
import { destructiveReason, prismOnlyReason, target } from "./target.js";

/** The typed error the client must throw for each documented error status (LaunchDarkly's codes). */
export const errorClasses: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: UnauthorizedError,
  403: ForbiddenError,
  404: NotFoundError,
  409: ConflictError,
  429: RateLimitError,
};

const RATE_LIMIT_HEADERS = ["x-ratelimit-global-remaining", "x-ratelimit-route-remaining", "x-ratelimit-reset"];

/** Every response carries the three rate-limit headers, as non-negative integers. */
export function expectRateLimitHeaders(headers: Record<string, string>): void {
  for (const name of RATE_LIMIT_HEADERS) {
    expect(headers, `header ${name}`).toHaveProperty([name]);
    expect(headers[name], `header ${name}`).toMatch(/^\d+$/);
  }
}

/** A request Prism accepted as valid: a matched operation and no `sl-violations`. */
export function expectAccepted(ex: Exchange, op: OperationId): void {
  expect(ex.op, `${ex.method} ${ex.url} matched no operation`).toBe(op);
  expect(ex.violations, `${op}: Prism reported request violations`).toEqual([]);
  expect(ex.prismProblem, `${op}: Prism answered with its own problem document`).toBe(false);
}

/** Skips the running test with a reason when one applies. */
export function skipFor(ctx: TestContext, ...reasons: Array<string | undefined>): void {
  const reason = reasons.find((r) => r !== undefined);
  if (reason !== undefined) ctx.skip(reason);
}

export interface SuccessCheck<R> {
  data: R;
  ex: Exchange;
  fx: Fixtures;
  prism: boolean;
}

/** One operation of the spec, called with realistic inputs. */
export interface OperationCase<O extends OperationId, R> {
  op: O;
  /** Creates, changes or deletes something: skipped against a real server unless allowed. */
  destructive?: boolean;
  /** Fixtures the call needs (real servers may not have them). */
  needs?: ReadonlyArray<keyof Fixtures>;
  /** Calls the operation; `headers` must be passed through to the call. */
  call(client: LdkitClient, fx: Fixtures, headers: Record<string, string> | undefined): Promise<R>;
  /** Operation-specific checks of the typed data (typed field access, not only deep equality). */
  check?(result: SuccessCheck<R>): void;
}

/**
 * Emits the contract tests of one operation: the success call (no violations, the documented
 * status and headers, data conforming to the response schema, and — against Prism — equal to the
 * spec's example), then one test per documented error status, produced by Prism through
 * `Prefer: code=N`, which must surface as the typed error with LaunchDarkly's code and message.
 */
export function operationContract<O extends OperationId, R>(c: OperationCase<O, R>): void {
  const meta = operationMetadata[c.op];
  const success = meta.successStatus;

  describe(c.op, () => {
    it("documents the same statuses in the spec and in the client's generated table", () => {
      expect([...meta.responseStatuses].sort((a, b) => a - b)).toEqual(specStatuses(c.op));
    });

    it(`${success}: accepted by the server, typed data as the spec promises`, async (ctx) => {
      const { client, rec } = makeClient();
      const fx = await fixtures(client);
      skipFor(ctx, c.destructive ? destructiveReason() : undefined, missing(fx, c.needs ?? []));
      const data = await c.call(client, fx, undefined);
      const ex = rec.last();
      expectAccepted(ex, c.op);
      expect(ex.status).toBe(success);
      expectRateLimitHeaders(ex.headers);
      for (const header of responseHeaders(c.op, success)) expect(ex.headers, `documented header ${header}`).toHaveProperty([header]);
      const schema = responseSchema(c.op, success);
      if (schema) {
        expect(schemaProblems(data, schema), "response breaks the schema").toEqual([]);
        if (target().mode === "prism") expect(data).toEqual(responseExample(c.op, success));
      } else if (!meta.returnsLocation) {
        expect(data).toBeUndefined();
      }
      c.check?.({ data, ex, fx, prism: target().mode === "prism" });
      rec.asserted(ex);
    });

    for (const status of meta.responseStatuses.filter((s) => s !== success)) {
      const ErrorClass = errorClasses[status];
      it(`${status}: surfaces as ${ErrorClass?.name ?? "an undocumented class"} with LaunchDarkly's code and message`, async (ctx) => {
        skipFor(ctx, prismOnlyReason());
        expect(ErrorClass, `no typed error class is expected for ${status}`).toBeDefined();
        const { client, rec } = makeClient();
        const fx = await fixtures(client);
        const error = await c.call(client, fx, { Prefer: `code=${status}` }).then(
          () => undefined,
          (e: unknown) => e,
        );
        const ex = rec.last();
        expectAccepted(ex, c.op);
        expect(ex.status).toBe(status);
        expect(error).toBeInstanceOf(ErrorClass!);
        const apiError = error as APIError;
        const example = responseExample(c.op, status) as { code: string; message: string };
        expect(apiError.status).toBe(status);
        expect(apiError.code).toBe(example.code);
        expect(apiError.apiMessage).toBe(example.message);
        expect(apiError.body).toEqual(example);
        expectRateLimitHeaders(apiError.headers);
        if (status === 429) {
          expect(apiError.headers["retry-after"]).toMatch(/^\d+$/);
          expect((apiError as RateLimitError).retryAfterMs).toBe(Number(apiError.headers["retry-after"]) * 1000);
        }
        rec.asserted(ex);
      });
    }
  });
}
