import { BadRequestError, NotFoundError } from "@ldkit/client";
import { afterEach, describe, expect, it } from "vitest";
import { harness, prod, type Harness } from "../support/harness.js";

let h: Harness;
afterEach(() => expect(h.violations).toEqual([]));
const ann = { ...prod, userKey: "ann" };

describe("user flag settings", () => {
  it("lists the seeded flags with what the user gets and no setting", async () => {
    h = harness();
    const { items } = await h.client.getUserFlagSettings(ann);
    expect(Object.fromEntries(Object.entries(items).map(([k, v]) => [k, [v._value, v.setting]]))).toEqual({
      "sort.order": [true, null],
      "alternate.page": [false, null],
      "checkout.theme": ["system", null],
    });
  });

  it("putFlagSetting targets the user individually; null erases it; other users unaffected", async () => {
    h = harness();
    await h.client.putFlagSetting({ ...ann, featureFlagKey: "checkout.theme", body: { setting: "dark", comment: "try dark" } });
    expect(await h.client.getUserFlagSetting({ ...ann, featureFlagKey: "checkout.theme" })).toMatchObject({
      _value: "dark",
      setting: "dark",
    });
    expect(await h.client.getUserFlagSetting({ ...prod, userKey: "bob", featureFlagKey: "checkout.theme" })).toMatchObject({
      _value: "system",
      setting: null,
    });
    expect(await h.client.getUserFlagSetting({ ...ann, environmentKey: "test", featureFlagKey: "checkout.theme" })).toMatchObject({
      setting: null,
    });
    await h.client.putFlagSetting({ ...ann, featureFlagKey: "checkout.theme", body: { setting: null } });
    expect(await h.client.getUserFlagSetting({ ...ann, featureFlagKey: "checkout.theme" })).toMatchObject({
      _value: "system",
      setting: null,
    });
  });

  it("400 for a value that is not a variation; 404 for an unknown flag", async () => {
    h = harness();
    await expect(h.client.putFlagSetting({ ...ann, featureFlagKey: "sort.order", body: { setting: "yes" } })).rejects.toBeInstanceOf(
      BadRequestError,
    );
    await expect(h.client.getUserFlagSetting({ ...ann, featureFlagKey: "nope" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("seeded projects carry their own flags", async () => {
    h = harness({
      projects: [{ key: "mobile", environments: ["prod"], flags: [{ key: "dark", variations: ["on", "off"], fallthrough: 1 }] }],
    });
    const { items } = await h.client.getUserFlagSettings({ projectKey: "mobile", environmentKey: "prod", userKey: "ann" });
    expect(Object.keys(items)).toEqual(["dark"]);
    expect(items.dark!._value).toBe("off");
  });
});
