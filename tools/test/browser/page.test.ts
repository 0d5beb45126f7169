import { describe, expect, it } from "vitest";
import { MODULE_PATHS, smokePage } from "../../src/browser/page.js";

describe("smokePage", () => {
  const html = smokePage("http://127.0.0.1:4010");

  it("maps the bare specifiers to the served ESM builds", () => {
    const map = /<script type="importmap">(.*?)<\/script>/s.exec(html)?.[1];
    expect(JSON.parse(map ?? "null")).toEqual({ imports: MODULE_PATHS });
  });

  it("points the client at the given Prism URL", () => {
    expect(html).toContain(`baseUrl: "http://127.0.0.1:4010"`);
  });

  it("reports through #result[data-done]", () => {
    expect(html).toContain(`out.dataset.done = "true"`);
  });
});
