import { describe, expect, it } from "vitest";
import { SEMANTIC_PATCH_MEDIA_TYPE } from "@ldkit/client";
import { makeClient } from "./support/client.js";
import { expectAccepted, operationContract, skipFor } from "./support/contract.js";
import { fixtures, need } from "./support/fixtures.js";
import { destructiveReason, target } from "./support/target.js";

/** Plain JSON, as the wire must show it. */
const JSON_MEDIA_TYPE = "application/json";

operationContract({
  op: "getExpiringFlagsForUser",
  call: (client, fx, headers) =>
    client.getExpiringFlagsForUser({ projectKey: fx.projectKey, environmentKey: fx.environmentKey, userKey: fx.userKey, headers }),
  check: ({ data, prism }) => {
    for (const t of data.items) expect(t.userKey).not.toBe("");
    if (prism)
      expect(data.items.map((t) => [t.userKey, t._resourceId.flagKey, t.variationId])).toEqual([
        ["Abbie_Braun", "sort.order", "ce67d625-a8b9-4fb5-a344-ab909d9d4f4d"],
      ]);
  },
});

operationContract({
  op: "patchExpiringFlagsForUser",
  destructive: true,
  needs: ["flagKey", "variationId"],
  call: (client, fx, headers) =>
    client.patchExpiringFlagsForUser({
      projectKey: fx.projectKey,
      environmentKey: fx.environmentKey,
      userKey: fx.userKey,
      body: {
        comment: "optional comment",
        instructions: [
          { kind: "addExpireUserTargetDate", flagKey: need(fx, "flagKey"), variationId: need(fx, "variationId"), value: 1653469200000 },
        ],
      },
      headers,
    }),
  check: ({ data, ex, prism }) => {
    expect(ex.requestHeaders["content-type"]).toBe(SEMANTIC_PATCH_MEDIA_TYPE);
    expect(data.errors).toEqual([]);
    if (prism) expect(data.items[0]?.variationId).toBe("ce12d345-a1b2-4fb5-a123-ab123d4d5f5d");
  },
});

operationContract({
  op: "getUserFlagSettings",
  call: (client, fx, headers) =>
    client.getUserFlagSettings({ projectKey: fx.projectKey, environmentKey: fx.environmentKey, userKey: fx.userKey, headers }),
  check: ({ data, prism }) => {
    for (const setting of Object.values(data.items)) expect(setting).toHaveProperty("_value");
    if (!prism) return;
    expect(data.items["sort.order"]?._value).toBe(true);
    expect(data.items["alternate.page"]?.setting).toBeNull();
  },
});

operationContract({
  op: "getUserFlagSetting",
  needs: ["flagKey"],
  call: (client, fx, headers) =>
    client.getUserFlagSetting({
      projectKey: fx.projectKey,
      environmentKey: fx.environmentKey,
      userKey: fx.userKey,
      featureFlagKey: need(fx, "flagKey"),
      headers,
    }),
  check: ({ data, ex, prism }) => {
    if (!prism) return;
    expect(new URL(ex.url).pathname).toBe("/api/v2/users/default/production/Abbie_Braun/flags/sort.order");
    expect([data._value, data.setting]).toEqual([true, null]);
  },
});

operationContract({
  op: "putFlagSetting",
  destructive: true,
  needs: ["flagKey"],
  call: (client, fx, headers) =>
    client.putFlagSetting({
      projectKey: fx.projectKey,
      environmentKey: fx.environmentKey,
      userKey: fx.userKey,
      featureFlagKey: need(fx, "flagKey"),
      // Erasing is the one setting that is valid for every flag (and leaves a real server as it was).
      body: { setting: null, comment: "back to the flag's normal targeting" },
      headers,
    }),
  check: ({ ex }) => {
    expect(ex.requestHeaders["content-type"]).toBe(JSON_MEDIA_TYPE);
    expect(ex.requestBody).toEqual({ setting: null, comment: "back to the flag's normal targeting" });
  },
});

describe("putFlagSetting with a value", () => {
  it("sends any JSON value as the setting and is accepted", async (ctx) => {
    const { client, rec } = makeClient();
    const fx = await fixtures(client);
    skipFor(ctx, destructiveReason(), target().mode === "remote" ? "needs a variation value that is valid for a real flag" : undefined);
    await client.putFlagSetting({
      projectKey: fx.projectKey,
      environmentKey: fx.environmentKey,
      userKey: fx.userKey,
      featureFlagKey: need(fx, "flagKey"),
      body: { setting: true, comment: "make sure this context experiences a specific variation" },
    });
    expectAccepted(rec.last(), "putFlagSetting");
    expect(rec.last().status).toBe(204);
  });
});
