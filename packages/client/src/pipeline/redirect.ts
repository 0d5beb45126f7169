import { UnexpectedResponseError } from "../errors.js";

/** One request of an exchange: the first, or one a redirect leads to. Internal. */
export interface Hop {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: BodyInit | null;
}

const REDIRECTS = [301, 302, 303, 307, 308];

/**
 * The next hop of a redirect response, or `undefined` when `response` is not one. Same-origin
 * redirects are followed as browsers do (303, and 301/302 after a POST, become a GET without body).
 * A redirect to another origin (or to a URL with credentials) is refused with an
 * {@link UnexpectedResponseError} — unless `bare` (downloads, whose links may point at pre-signed
 * storage URLs) and it is a GET that does not downgrade https to http: then it is followed with no
 * headers at all, so neither the token nor the client's headers nor a body leave the origin.
 */
export function nextHop(response: Response, hop: Hop, first: string, bare: boolean | undefined): Hop | undefined {
  const { status } = response;
  if (response.type === "opaqueredirect")
    throw new UnexpectedResponseError(`${hop.method}: this runtime hid a redirect; not followed`, status, {});
  const location = REDIRECTS.includes(status) && response.headers.get("location");
  if (!location) return undefined;
  const target = new URL(location, hop.url);
  const toGet = status === 303 || (status < 303 && hop.method === "POST");
  const method = toGet ? "GET" : hop.method;
  const clean = !target.username && !target.password;
  if (target.origin === new URL(first).origin && clean) return { ...hop, url: target.href, method, body: toGet ? null : hop.body };
  const secure = target.protocol === "https:" || (target.protocol === "http:" && hop.url.startsWith("http:"));
  if (!bare || method !== "GET" || !clean || !secure) {
    throw new UnexpectedResponseError(
      `${hop.method}: ${status} redirect to another origin (${target.protocol}//${target.host}) refused`,
      status,
      {},
    );
  }
  return { url: target.href, method, headers: {}, body: null };
}
