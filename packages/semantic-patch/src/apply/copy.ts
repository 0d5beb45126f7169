/**
 * A deep copy of JSON data (plain objects, arrays, primitives), several times faster than
 * `structuredClone` on large key lists: the appliers work on one private copy, so their result
 * shares nothing mutable with the caller's input.
 */
export function copyJson<T>(value: T): T {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    // A loop, not map(copyJson): key lists hold strings, copied without a call per item.
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      out[i] = item !== null && typeof item === "object" ? copyJson(item) : item;
    }
    return out as T;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = copyJson((value as Record<string, unknown>)[key]);
    // A "__proto__" key is data, never the prototype.
    if (key === "__proto__") Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
    else out[key] = item;
  }
  return out as T;
}
