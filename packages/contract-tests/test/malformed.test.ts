import { describe, expect, it } from "vitest";
import { SEMANTIC_PATCH_MEDIA_TYPE, type OperationId } from "@ldkit/client";
import { expectAccepted, skipFor } from "./support/contract.js";
import { createRecorder, type Exchange } from "./support/recorder.js";
import { responseExample } from "./support/spec.js";
import { prismOnlyReason, target } from "./support/target.js";

/**
 * Bodies that break the spec, sent with the raw fetch (no builder, no client types, no client-side
 * validation), must be rejected by Prism with 400 and `sl-violations`: proof that the spec is strict
 * enough to catch them. Each comes with a control — the same request with only the fault fixed —
 * that must be accepted, so the rejection is known to be caused by that fault alone (Prism reports
 * every `oneOf` branch of a 26-kind instruction union, and truncates long `sl-violations` headers,
 * so the control is a sharper proof than a message). Prism-only.
 */
type Server = "view" | "plain-json";
interface Request_ {
  contentType: string;
  body: unknown;
  /** The spec's Prism view (default), or the plain JSON view (`derivePlainJsonView` in tools/src/prism). */
  server?: Server;
}
interface Malformed {
  name: string;
  op: OperationId;
  method: "PATCH" | "POST" | "PUT";
  path: string;
  bad: Request_;
  good: Request_;
  /** A fragment of a violation message (or a violation code) Prism must report, when not truncated away. */
  violation?: string | number;
}

const SEG = "/api/v2/segments/default/production/beta-users";
const BIG = "/api/v2/segments/default/production/enterprise-devices";
const EXPIRING = "/api/v2/segments/default/beta-users/expiring-targets/production";
const EXPIRING_USERS = "/api/v2/segments/default/beta-users/expiring-user-targets/production";
const USER_EXPIRING = "/api/v2/users/default/Abbie_Braun/expiring-user-targets/production";
const JSON_TYPE = "application/json";
const SEMANTIC = SEMANTIC_PATCH_MEDIA_TYPE;
const RULE = "a902ef4a-2faf-4eaf-88e1-ecc356708a29";
const VARIATION = "ce12d345-a1b2-4fb5-a123-ab123d4d5f5d";

const semantic = (...instructions: unknown[]) => ({ environmentKey: "production", instructions });

/** A case on one operation where the good and the bad body share media type and server. */
function pair(
  op: OperationId,
  method: Malformed["method"],
  path: string,
  contentType: string,
  name: string,
  bad: unknown,
  good: unknown,
  violation?: string | number,
): Malformed {
  return { name, op, method, path, bad: { contentType, body: bad }, good: { contentType, body: good }, violation };
}
const segmentSemantic = (name: string, bad: unknown, good: unknown, violation?: string) =>
  pair("patchSegment", "PATCH", SEG, SEMANTIC, name, bad, good, violation);
const segmentJson = (name: string, bad: unknown, good: unknown, violation?: string) =>
  pair("patchSegment", "PATCH", SEG, JSON_TYPE, name, bad, good, violation);

const rollout = (weight: unknown) => ({ kind: "updateRuleRolloutAndContextKind", ruleId: RULE, weight, contextKind: "device" });
const expiringTarget = { kind: "removeExpiringTarget", targetType: "included", contextKey: "user-key-123abc", contextKind: "user" };
const expiringUserTarget = { kind: "removeExpireUserTargetDate", targetType: "included", userKey: "user-key-123abc" };
const userExpiringFlag = { kind: "removeExpireUserTargetDate", flagKey: "sort.order", variationId: VARIATION };

const cases: Malformed[] = [
  // semantic patch of a segment
  segmentSemantic(
    "unknown instruction kind",
    semantic({ kind: "addTargets", contextKind: "org", values: ["org-key-123abc"] }),
    semantic({ kind: "addIncludedTargets", contextKind: "org", values: ["org-key-123abc"] }),
    "must be equal to one of the allowed values",
  ),
  segmentSemantic(
    "missing required parameter (removeRule without ruleId)",
    semantic({ kind: "removeRule" }),
    semantic({ kind: "removeRule", ruleId: RULE }),
    "must have required property 'ruleId'",
  ),
  segmentSemantic("string weight (errata 1)", semantic(rollout("20000")), semantic(rollout(20000))),
  segmentSemantic("weight above 100000", semantic(rollout(100001)), semantic(rollout(100000))),
  segmentSemantic(
    "extra property on an instruction",
    semantic({ kind: "addTags", values: ["beta"], contextKind: "user" }),
    semantic({ kind: "addTags", values: ["beta"] }),
    "must NOT have additional properties",
  ),
  segmentSemantic(
    "extra property on the envelope",
    { ...semantic({ kind: "addTags", values: ["beta"] }), dryRun: true },
    semantic({ kind: "addTags", values: ["beta"] }),
    "must NOT have additional properties",
  ),
  segmentSemantic(
    "clause operator in the wrong case (errata 3)",
    semantic({ kind: "addRule", clauses: [{ attribute: "email", op: "endswith", values: [".edu"] }] }),
    semantic({ kind: "addRule", clauses: [{ attribute: "email", op: "endsWith", values: [".edu"] }] }),
  ),
  segmentSemantic("no instructions", semantic(), semantic({ kind: "updateName", value: "Beta users" }), "must NOT have fewer than 1 items"),
  segmentSemantic(
    "empty target list",
    semantic({ kind: "addIncludedTargets", contextKind: "org", values: [] }),
    semantic({ kind: "addIncludedTargets", contextKind: "org", values: ["org-key-123abc"] }),
  ),
  segmentSemantic(
    "duplicate target keys",
    semantic({ kind: "addIncludedTargets", contextKind: "org", values: ["org-key-123abc", "org-key-123abc"] }),
    semantic({ kind: "addIncludedTargets", contextKind: "org", values: ["org-key-123abc", "org-key-456def"] }),
  ),
  segmentSemantic(
    "more than 1500 keys in one instruction",
    semantic({ kind: "addIncludedUsers", values: Array.from({ length: 1501 }, (_, i) => `user-${i}`) }),
    semantic({ kind: "addIncludedUsers", values: Array.from({ length: 1500 }, (_, i) => `user-${i}`) }),
  ),
  segmentSemantic(
    "missing environmentKey",
    { instructions: [{ kind: "addTags", values: ["beta"] }] },
    semantic({ kind: "addTags", values: ["beta"] }),
    "must have required property 'environmentKey'",
  ),
  // JSON Patch and merge patch of a segment
  segmentJson(
    "unknown JSON Patch op",
    [{ op: "merge", path: "/description", value: "x" }],
    [{ op: "replace", path: "/description", value: "x" }],
    "must be equal to one of the allowed values",
  ),
  segmentJson(
    "path that is not a JSON Pointer",
    [{ op: "replace", path: "description", value: "x" }],
    [{ op: "replace", path: "/description", value: "x" }],
    "must match pattern",
  ),
  segmentJson(
    "add without a value",
    [{ op: "add", path: "/tags/0" }],
    [{ op: "add", path: "/tags/0", value: "beta" }],
    "must have required property 'value'",
  ),
  segmentJson("empty merge patch", {}, { name: "Beta users" }, "must NOT have fewer than 1 properties"),
  segmentJson("merge patch of a read-only field", { version: 8 }, { description: "Beta" }, "must NOT have additional properties"),
  segmentJson("merge patch with an empty name", { name: "" }, { name: "Beta users" }, "must NOT have fewer than 1 characters"),
  // expiring targets and user settings
  pair(
    "patchExpiringTargetsForSegment",
    "PATCH",
    EXPIRING,
    SEMANTIC,
    "expiring date as a string",
    { instructions: [{ ...expiringTarget, kind: "addExpiringTarget", value: "1754092860000" }] },
    { instructions: [{ ...expiringTarget, kind: "addExpiringTarget", value: 1754092860000 }] },
    "value must be integer",
  ),
  pair(
    "patchExpiringTargetsForSegment",
    "PATCH",
    EXPIRING,
    SEMANTIC,
    "unknown target type",
    { instructions: [{ ...expiringTarget, targetType: "both" }] },
    { instructions: [expiringTarget] },
    "must be equal to one of the allowed values",
  ),
  pair(
    "patchExpiringUserTargetsForSegment",
    "PATCH",
    EXPIRING_USERS,
    SEMANTIC,
    "updateExpireUserTargetDate without version (errata 18)",
    { instructions: [{ ...expiringUserTarget, kind: "updateExpireUserTargetDate", value: 1587582000000 }] },
    { instructions: [{ ...expiringUserTarget, kind: "updateExpireUserTargetDate", value: 1587582000000, version: 0 }] },
    "must have required property 'version'",
  ),
  pair(
    "patchExpiringFlagsForUser",
    "PATCH",
    USER_EXPIRING,
    SEMANTIC,
    "removeExpireUserTargetDate with a date (a removal takes none)",
    { instructions: [{ ...userExpiringFlag, kind: "removeExpireUserTargetDate", value: 1653469200000 }] },
    { instructions: [{ ...userExpiringFlag, kind: "removeExpireUserTargetDate", version: 1 }] },
    "must NOT have additional properties",
  ),
  // other JSON bodies
  pair(
    "postSegment",
    "POST",
    "/api/v2/segments/default/production",
    JSON_TYPE,
    "segment without a key",
    { name: "Beta users" },
    { name: "Beta users", key: "beta-users" },
    "must have required property 'key'",
  ),
  pair(
    "postSegment",
    "POST",
    "/api/v2/segments/default/production",
    JSON_TYPE,
    "segment with rules (not a create field)",
    { name: "Beta users", key: "beta-users", rules: [] },
    { name: "Beta users", key: "beta-users" },
    "must NOT have additional properties",
  ),
  pair(
    "putFlagSetting",
    "PUT",
    "/api/v2/users/default/production/Abbie_Braun/flags/sort.order",
    JSON_TYPE,
    "flag setting with an unknown property",
    { value: true },
    { setting: true },
    "must NOT have additional properties",
  ),
  pair(
    "updateBigSegmentTargets",
    "POST",
    `${BIG}/users`,
    JSON_TYPE,
    "targets as a string instead of a list",
    { included: { add: "user-key-123abc" } },
    { included: { add: ["user-key-123abc"] } },
    "add must be array",
  ),
  pair(
    "getContextInstanceSegmentsMembershipByEnv",
    "POST",
    "/api/v2/projects/default/environments/production/segments/evaluate",
    JSON_TYPE,
    "context instance without a kind",
    { key: "context-key-123abc" },
    { kind: "user", key: "context-key-123abc" },
    "must have required property 'kind'",
  ),
  {
    name: "a body that is not JSON (text/plain)",
    op: "patchSegment",
    method: "PATCH",
    path: SEG,
    bad: { contentType: "text/plain", body: '{"description":"Beta"}' },
    good: { contentType: JSON_TYPE, body: { description: "Beta" } },
    violation: 415,
  },
  // Semantic patches sent as plain application/json. Prism ignores media-type parameters, so these
  // are judged by the Prism of the plain JSON view; the control is the same body with its own media type.
  ...(
    [
      ["patchExpiringTargetsForSegment", EXPIRING, { instructions: [expiringTarget] }],
      ["patchExpiringUserTargetsForSegment", EXPIRING_USERS, { instructions: [expiringUserTarget] }],
      ["patchExpiringFlagsForUser", USER_EXPIRING, { instructions: [userExpiringFlag] }],
      ["patchSegment", SEG, semantic({ kind: "addTags", values: ["beta"] })],
    ] as const
  ).map(
    ([op, path, body]): Malformed => ({
      name: "semantic patch sent as application/json",
      op,
      method: "PATCH",
      path,
      bad: { contentType: JSON_TYPE, body, server: "plain-json" },
      good: { contentType: SEMANTIC, body },
      // Semantic-only operations accept no plain JSON at all; patchSegment's JSON formats reject the shape.
      violation: op === "patchSegment" ? "must NOT have additional properties" : 415,
    }),
  ),
];

async function send(method: string, path: string, req: Request_): Promise<Exchange> {
  const t = target();
  const rec = createRecorder(t.recordFile);
  const base = (req.server ?? "view") === "view" ? t.baseUrl : t.plainJsonBaseUrl;
  const response = await rec.fetch(`${base}${path}`, {
    method,
    headers: { Authorization: t.apiKey, "Content-Type": req.contentType },
    body: typeof req.body === "string" ? req.body : JSON.stringify(req.body),
  });
  await response.text();
  return rec.last();
}

function expectRejected(ex: Exchange, op: OperationId, violation: string | number | undefined): void {
  expect(ex.op).toBe(op);
  expect(ex.status).toBe(400);
  expect(ex.prismProblem).toBe(false);
  expect(ex.violations.length, "400 without sl-violations").toBeGreaterThan(0);
  if (violation === undefined) return;
  const reported = ex.violations.map((v) => (typeof violation === "number" ? v.code : v.message));
  expect(reported, JSON.stringify(ex.violations).slice(0, 1500)).toContainEqual(
    typeof violation === "number" ? violation : expect.stringContaining(violation),
  );
}

describe("malformed bodies are rejected by Prism (400 + sl-violations); the fixed body is accepted", () => {
  for (const c of cases) {
    it(`${c.op}: ${c.name}`, async (ctx) => {
      skipFor(ctx, prismOnlyReason());
      expectAccepted(await send(c.method, c.path, c.good), c.op);
      expectRejected(await send(c.method, c.path, c.bad), c.op, c.violation);
    });
  }

  it("a rejected body gets the spec's 400 example as the response body", async (ctx) => {
    skipFor(ctx, prismOnlyReason());
    const t = target();
    const response = await fetch(`${t.baseUrl}${SEG}`, {
      method: "PATCH",
      headers: { Authorization: t.apiKey, "Content-Type": SEMANTIC },
      body: JSON.stringify(semantic({ kind: "removeRule" })),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual(responseExample("patchSegment", 400));
  });
});

describe("malformed multipart import bodies are rejected by Prism", () => {
  const upload = async (fields: Record<string, string>): Promise<Exchange> => {
    const t = target();
    const rec = createRecorder(t.recordFile);
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) {
      if (k === "file") form.append(k, new Blob([v], { type: "text/csv" }), "keys.csv");
      else form.append(k, v);
    }
    const response = await rec.fetch(`${t.baseUrl}${BIG}/imports`, { method: "POST", headers: { Authorization: t.apiKey }, body: form });
    await response.text();
    return rec.last();
  };
  const good = { file: "user-key-123abc\n", mode: "replace" };
  for (const [name, fields, violation] of [
    ["without the required file", { mode: "replace" }, "must have required property 'file'"],
    ["with an unknown import mode", { ...good, mode: "append" }, "must be equal to one of the allowed values"],
  ] as const) {
    it(`createBigSegmentImport: ${name}`, async (ctx) => {
      skipFor(ctx, prismOnlyReason());
      expectAccepted(await upload(good), "createBigSegmentImport");
      expectRejected(await upload(fields), "createBigSegmentImport", violation);
    });
  }
});
