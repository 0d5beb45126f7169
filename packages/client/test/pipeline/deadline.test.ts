import { afterEach, describe, expect, it, vi } from "vitest";
import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError, ValidationError } from "../../src/errors.js";
import { createRedactor } from "../../src/redact.js";
import { startDeadline } from "../../src/pipeline/deadline.js";

const TOKEN = "api-deadline-secret";
const redact = createRedactor(TOKEN);

describe("startDeadline", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("aborts its signal with the caller's reason, until released", () => {
    const caller = new AbortController();
    const deadline = startDeadline(0, caller.signal, redact);
    const reason = new Error("user gave up");
    caller.abort(reason);
    expect(deadline.signal.aborted).toBe(true);
    expect(deadline.signal.reason).toBe(reason);
    expect(deadline.fail(new Error("aborted"))).toBeInstanceOf(APIUserAbortError);
  });

  it("is detached from the caller's signal once released", () => {
    const caller = new AbortController();
    const deadline = startDeadline(0, caller.signal, redact);
    deadline.release();
    caller.abort();
    expect(deadline.signal.aborted).toBe(false);
  });

  it("aborts its signal when the timeout passes, and stops the timer when released", () => {
    vi.useFakeTimers();
    const timed = startDeadline(30, undefined, redact);
    const released = startDeadline(30, undefined, redact);
    released.release();
    vi.advanceTimersByTime(30);
    expect([timed.signal.aborted, released.signal.aborted]).toEqual([true, false]);
    const failed = timed.fail(new Error("aborted"));
    expect(failed).toBeInstanceOf(APIConnectionTimeoutError);
    expect(failed.message).toBe("Request timed out after 30 ms");
  });

  it.each<[string, { error: unknown; reading?: boolean; want: string }]>([
    [
      "an error with a system code",
      { error: new TypeError("fetch failed", { cause: { code: "ECONNREFUSED" } }), want: "Connection error: fetch failed (ECONNREFUSED)" },
    ],
    [
      "an error with a numeric code",
      { error: new TypeError("fetch failed", { cause: { code: 7 } }), want: "Connection error: fetch failed" },
    ],
    [
      "a failure while reading the body",
      { error: new Error("socket hang up"), reading: true, want: "Connection error while reading the response: socket hang up" },
    ],
    ["a thrown string", { error: "boom", want: "Connection error: boom" }],
    ["a thrown null", { error: null, want: "Connection error: null" }],
    ["a message quoting the token", { error: new Error(`bad header ${TOKEN}`), want: "Connection error: bad header [REDACTED]" }],
  ])("maps %s to an APIConnectionError saying what failed", (_name, { error, reading, want }) => {
    const failed = startDeadline(0, undefined, redact).fail(error, reading);
    expect(failed).toBeInstanceOf(APIConnectionError);
    expect(failed.message).toBe(want);
  });

  it("keeps an ldkit error as it is", () => {
    const error = new ValidationError("fetch", "must resolve to a Response");
    expect(startDeadline(0, undefined, redact).fail(error)).toBe(error);
  });
});
