import { describe, expect, it } from "vitest";
import { coverage, pairOf, withoutTests } from "./coverage.js";
import type { RecordLine } from "./recorder.js";

const response = (id: string, op: string | null, status: number, test: string, counts = true): RecordLine => ({
  type: "response",
  id,
  op: op as never,
  status,
  counts,
  test,
});
const assertion = (id: string, test: string): RecordLine => ({ type: "assertion", id, test });

const TYPED_400 = "segments.test.ts > getSegment > 400: surfaces as BadRequestError with LaunchDarkly's code and message";
const MALFORMED = "malformed.test.ts > rejects a string weight";
const SUCCESS = "segments.test.ts > getSegment > 200: accepted by the server, typed data as the spec promises";

/** A run in which getSegment's 400 was seen twice (a malformed-body proof and the typed-error test) and asserted once. */
const run: RecordLine[] = [
  response("a", "getSegment", 200, SUCCESS),
  assertion("a", SUCCESS),
  response("b", "getSegment", 400, MALFORMED),
  response("c", "getSegment", 400, TYPED_400),
  assertion("c", TYPED_400),
];
const documented = [pairOf("getSegment", 200), pairOf("getSegment", 400)];

describe("coverage", () => {
  it("counts a pair once a test drove a response of it and asserted that response's typed result", () => {
    const result = coverage(run, documented);
    expect(result.missing).toEqual([]);
    expect(Object.fromEntries(result.asserted)).toEqual({ "getSegment 200": 1, "getSegment 400": 1 });
    expect(Object.fromEntries(result.seen)).toEqual({ "getSegment 200": 1, "getSegment 400": 2 });
  });

  it("reports the pair missing when its typed-error test is removed, though another test still saw a 400", () => {
    const result = coverage(
      withoutTests(run, (test) => test === TYPED_400),
      documented,
    );
    expect(result.missing).toEqual(["getSegment 400"]);
    expect(result.seen.get("getSegment 400")).toBe(1);
  });

  it.each<[string, { given: RecordLine[]; want: string[] }]>([
    ["a response seen but never asserted", { given: [response("x", "getSegment", 400, MALFORMED)], want: documented }],
    [
      "an assertion on a response that does not count (a Prism problem document)",
      { given: [response("x", "getSegment", 400, TYPED_400, false), assertion("x", TYPED_400)], want: documented },
    ],
    ["an assertion whose response is not in the record", { given: [assertion("gone", TYPED_400)], want: documented }],
    [
      "an assertion on a 200 only",
      {
        given: [response("x", "getSegment", 200, SUCCESS), assertion("x", SUCCESS), response("y", "getSegment", 400, TYPED_400)],
        want: ["getSegment 400"],
      },
    ],
    [
      "an assertion on another operation's response",
      { given: [response("x", "getSegments", 400, TYPED_400), assertion("x", TYPED_400)], want: documented },
    ],
  ])("leaves pairs missing for %s", (_name, { given, want }) => {
    expect(coverage(given, documented).missing).toEqual(want);
  });

  it("reports seen pairs the spec does not document, asserted or not", () => {
    const result = coverage([response("x", "getSegment", 418, MALFORMED), response("y", null, 404, MALFORMED)], documented);
    expect(result.undocumented).toEqual(["getSegment 418"]);
  });
});
