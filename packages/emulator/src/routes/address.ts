import type { OperationRequest } from "../http/operation-request.js";
import type { SegmentAddress } from "../state/store.js";

/**
 * The segment a request addresses, from its path parameters.
 * @example
 * const address = segmentAddress(req); // { projectKey, environmentKey, segmentKey }
 */
export function segmentAddress(req: OperationRequest): SegmentAddress {
  return { projectKey: req.params.projectKey!, environmentKey: req.params.environmentKey!, segmentKey: req.params.segmentKey! };
}
