import { describe } from "../validate.js";
import { reject } from "./run.js";
import type { Segment } from "./segment-shape.js";

/** Rejects a big-segment instruction on a segment that is not big (`unbounded: true`), as the docs say: "ONLY" for larger list-based segments. */
export function requireBig(segment: Segment): void {
  if (segment.unbounded !== true) reject("", `applies only to big segments (unbounded: true); segment ${describe(segment.key)} is not one`);
}
