import { evaluateSegment, type BigSegmentMembership } from "@ldkit/evaluator";
import { apiErrors } from "../http/api-error.js";
import type { OperationRequest, RouteTable } from "../http/operation-request.js";
import { json } from "../http/responses.js";
import { segmentPath } from "../representation/segment.js";
import type { Runtime } from "../runtime/runtime.js";

const enc = encodeURIComponent;

function getContextInstanceSegmentsMembershipByEnv(req: OperationRequest, rt: Runtime): Response {
  const { projectKey, environmentKey } = req.params as { projectKey: string; environmentKey: string };
  const environment = rt.store.environment(projectKey, environmentKey);
  const entries = Object.values(environment.segments).sort((a, b) =>
    a.segment.key < b.segment.key ? -1 : a.segment.key > b.segment.key ? 1 : 0,
  );
  const segments = (key: string) => (Object.hasOwn(environment.segments, key) ? environment.segments[key]!.segment : undefined);
  // big segment memberships of a context key across the environment, keyed `<segmentKey>.g<generation>`
  const bigSegmentMembership = (contextKey: string): BigSegmentMembership => {
    const out: Record<string, boolean> = {};
    for (const e of entries) {
      if (!e.segment.unbounded) continue;
      const big = rt.store.peekBigTargets({ projectKey, environmentKey, segmentKey: e.segment.key });
      if (big?.included.has(contextKey)) out[`${e.segment.key}.g${e.segment.generation}`] = true;
      else if (big?.excluded.has(contextKey)) out[`${e.segment.key}.g${e.segment.generation}`] = false;
    }
    return out;
  };
  const items = entries.map(({ segment }) => {
    const { reason, match } = evaluateSegment(segment, req.body as Parameters<typeof evaluateSegment>[1], {
      segments,
      missingSegments: "noMatch",
      bigSegmentMembership,
    });
    if (reason.kind === "invalidContext") throw apiErrors.badRequest(`Invalid context: ${reason.message}`);
    return {
      name: segment.name,
      key: segment.key,
      description: segment.description ?? "",
      unbounded: segment.unbounded,
      isMember: match,
      isIndividuallyTargeted: reason.kind === "included" || reason.kind === "excluded" || reason.kind === "bigSegment",
      isRuleTargeted: reason.kind === "rule",
      _links: { self: { href: segmentPath({ projectKey, environmentKey, segmentKey: segment.key }), type: "application/json" } },
    };
  });
  return json(200, {
    items,
    _links: {
      self: { href: `/api/v2/projects/${enc(projectKey)}/environments/${enc(environmentKey)}/segments/evaluate`, type: "application/json" },
    },
  });
}

/**
 * Membership of one context in every segment of an environment, decided by `@ldkit/evaluator`
 * (the same engine users run offline), big segments through the stored lists.
 * @example
 * const app = createApp(runtime, { ...evaluateRoutes });
 */
export const evaluateRoutes: RouteTable = { getContextInstanceSegmentsMembershipByEnv };
