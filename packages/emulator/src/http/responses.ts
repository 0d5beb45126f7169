/**
 * A JSON response.
 * @example
 * return json(200, { items: [] });
 */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });
}

/**
 * A response without a body (`204`, or a `200` that only carries `Location`).
 * @example
 * return empty(204);
 */
export function empty(status: number, headers: Record<string, string> = {}): Response {
  return new Response(null, { status, headers });
}
