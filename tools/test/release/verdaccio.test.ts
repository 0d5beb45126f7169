import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { publishNpmrc, verdaccioConfig } from "../../src/release/verdaccio.js";

describe("verdaccioConfig", () => {
  const config = parse(verdaccioConfig("/tmp/ldkit-x/verdaccio")) as Record<string, any>;

  it("keeps storage and users in the temp dir", () => {
    expect(config.storage).toBe("/tmp/ldkit-x/verdaccio/storage");
    expect(config.auth.htpasswd.file).toBe("/tmp/ldkit-x/verdaccio/htpasswd");
  });

  it("has no uplinks, and no package proxies anything", () => {
    expect(config.uplinks).toEqual({});
    for (const rule of Object.values(config.packages as Record<string, Record<string, unknown>>)) expect(rule.proxy).toBeUndefined();
  });

  it("lets anyone read and only an authenticated user publish @ldkit/*", () => {
    expect(config.packages["@ldkit/*"]).toMatchObject({ access: "$all", publish: "$authenticated" });
  });

  it("turns the audit middleware and the web UI off", () => {
    expect(config.middlewares.audit.enabled).toBe(false);
    expect(config.web.enable).toBe(false);
  });
});

describe("publishNpmrc", () => {
  it("scopes the token to the registry host and makes it the default registry", () => {
    expect(publishNpmrc("http://127.0.0.1:4873/", "tok")).toBe("registry=http://127.0.0.1:4873/\n//127.0.0.1:4873/:_authToken=tok\n");
  });
});
