import { specOperations } from "../generated/spec.gen.js";
import { ApiError, apiErrors } from "../http/api-error.js";
import type { OperationRequest, RouteTable } from "../http/operation-request.js";
import { empty, json } from "../http/responses.js";
import { segmentPath, toRestSegment } from "../representation/segment.js";
import type { Runtime } from "../runtime/runtime.js";
import { newEntry, newSegment } from "../state/seed.js";
import { segmentAddress } from "./address.js";
import { patchSegment } from "./patch-segment.js";
import { segmentComparator, segmentFilterPredicate } from "./segment-list.js";

const enc = encodeURIComponent;
/** A duplicate key is a 409 where the spec documents one for postSegment, else LaunchDarkly's 400. */
const DUPLICATE_STATUS = specOperations.postSegment?.statuses.includes(409) ? 409 : 400;

function getSegments(req: OperationRequest, rt: Runtime): Response {
  const { projectKey, environmentKey } = req.params as { projectKey: string; environmentKey: string };
  const environment = rt.store.environment(projectKey, environmentKey);
  const limit = (req.query.limit as number | undefined) ?? 20;
  const offset = (req.query.offset as number | undefined) ?? 0;
  const keep = segmentFilterPredicate(req.query.filter as string | undefined);
  const compare = segmentComparator(req.query.sort as string | undefined);
  const all = Object.values(environment.segments)
    .filter((e) => keep(e.segment))
    .sort((a, b) => compare(a.segment, b.segment));
  const page = all.slice(offset, offset + limit);
  const base = `/api/v2/segments/${enc(projectKey)}/${enc(environmentKey)}`;
  const href = (o: number) => {
    const q = new URLSearchParams({ limit: String(limit), offset: String(o) });
    for (const name of ["filter", "sort"] as const) if (typeof req.query[name] === "string") q.set(name, req.query[name] as string);
    return { href: `${base}?${q.toString()}`, type: "application/json" };
  };
  const links: Record<string, { href: string; type: string }> = { self: href(offset), first: href(0) };
  if (offset + limit < all.length) links.next = href(offset + limit);
  if (offset > 0) links.prev = href(Math.max(0, offset - limit));
  links.last = href(all.length === 0 ? 0 : Math.floor((all.length - 1) / limit) * limit);
  return json(200, {
    items: page.map((e) => toRestSegment(rt.store, { projectKey, environmentKey, segmentKey: e.segment.key }, e)),
    _links: links,
    totalCount: all.length,
  });
}

function postSegment(req: OperationRequest, rt: Runtime): Response {
  const { projectKey, environmentKey } = req.params as { projectKey: string; environmentKey: string };
  const environment = rt.store.environment(projectKey, environmentKey);
  const body = req.body as {
    key: string;
    name: string;
    description?: string;
    tags?: string[];
    unbounded?: boolean;
    unboundedContextKind?: string;
  };
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(body.key)) {
    throw apiErrors.badRequest(`Invalid segment key "${body.key}": use letters, digits, ".", "_" and "-", starting with a letter or digit`);
  }
  if (Object.hasOwn(environment.segments, body.key)) {
    throw new ApiError(
      DUPLICATE_STATUS,
      DUPLICATE_STATUS === 409 ? "conflict" : "invalid_request",
      `A segment with key "${body.key}" already exists in ${projectKey}/${environmentKey}`,
    );
  }
  if (body.unboundedContextKind !== undefined && body.unbounded !== true)
    throw apiErrors.badRequest("unboundedContextKind applies only to big segments (unbounded: true)");
  const segment = newSegment(body, rt.clock.now(), rt.random);
  const entry = newEntry(segment);
  environment.segments[body.key] = entry;
  const address = { projectKey, environmentKey, segmentKey: body.key };
  if (segment.unbounded) rt.store.bigTargets(address).lastModified = segment.creationDate;
  return json(201, toRestSegment(rt.store, address, entry), { Location: segmentPath(address) });
}

function getSegment(req: OperationRequest, rt: Runtime): Response {
  const address = segmentAddress(req);
  return json(200, toRestSegment(rt.store, address, rt.store.entry(address)));
}

function deleteSegment(req: OperationRequest, rt: Runtime): Response {
  const address = segmentAddress(req);
  const entry = rt.store.entry(address);
  if (entry.imports.some((i) => i.status === "in_progress"))
    throw apiErrors.conflict("The segment cannot be deleted while an import is in progress");
  const environment = rt.store.environment(address.projectKey, address.environmentKey);
  delete environment.segments[address.segmentKey];
  rt.store.dropBigTargets(address);
  return empty(204);
}

/**
 * The segments area: list (filter, sort, pages), create, read, patch (three formats, `dryRun`) and delete.
 * @example
 * const app = createApp(runtime, { ...segmentRoutes });
 */
export const segmentRoutes: RouteTable = { getSegments, postSegment, getSegment, patchSegment, deleteSegment };
