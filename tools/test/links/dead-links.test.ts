import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { anchorsOf, deadLinksOf, findDeadLinks, linksOf, markdownFiles } from "../../src/links/dead-links.js";
import { repoRoot } from "../../src/codegen/repo.js";

/** A scratch repo: a README with every kind of link, the files some of them point to. */
const root = mkdtempSync(path.join(os.tmpdir(), "ldkit-links-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (rel: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), text);
};
write("docs/guide.md", "# Guide\n\n## Sending with @ldkit/client\n\ntext\n");
write("src/index.ts", "export {};\n");
write("a b.md", "# Spaced\n");
write("node_modules/pkg/README.md", "[dead](nowhere.md)\n");
write(
  "packages/x/README.md",
  [
    "# X", // 1
    "", // 2
    "[guide](../../docs/guide.md) and [section](../../docs/guide.md#sending-with-ldkitclient)", // 3
    "[source](../../src/index.ts), [dir](../../src), [root-relative](/docs/guide.md)", // 4
    "[missing file](../../docs/missing.md)", // 5
    "[missing heading](../../docs/guide.md#nope)", // 6
    "[own heading](#x) [own missing](#y)", // 7
    "[web](https://example.com/x.md) [mail](mailto:a@b.c) <https://example.com/y>", // 8
    "![image](../../img/logo.png)", // 9
    "[spaced](../../a%20b.md)", // 10
    "", // 11
    "```md", // 12
    "[in a code block](nowhere.md)", // 13
    "```", // 14
    "`[inline code](nowhere.md)`", // 15
    "[ref][r]", // 16
    "", // 17
    "| a | b |", // 18
    "|---|---|", // 19
    "| [in a table](gone.md) | x |", // 20
    "", // 21
    "[r]: ../../docs/gone-too.md", // 22
  ].join("\n"),
);

describe("deadLinksOf", () => {
  it("reports missing files and missing headings, with their lines; skips external links and code", () => {
    const dead = deadLinksOf(path.join(root, "packages/x/README.md"), root);
    expect(dead.map(({ line, target, reason }) => [line, target, reason])).toEqual([
      [5, "../../docs/missing.md", "docs/missing.md does not exist"],
      [6, "../../docs/guide.md#nope", "no heading of docs/guide.md has the anchor #nope"],
      [7, "#y", "no heading of packages/x/README.md has the anchor #y"],
      [9, "../../img/logo.png", "img/logo.png does not exist"],
      [22, "../../docs/gone-too.md", "docs/gone-too.md does not exist"], // reported where the reference is defined
      [20, "gone.md", "packages/x/gone.md does not exist"],
    ]);
    expect(dead.every((d) => d.file === path.join("packages", "x", "README.md"))).toBe(true);
  });
});

describe("linksOf and anchorsOf", () => {
  it.each([
    ["an inline link", "see [a](b.md)", ["b.md"]],
    ["a reference link", "[a][r]\n\n[r]: c.md", ["c.md"]],
    ["an autolink", "<https://x.y>", ["https://x.y"]],
    ["nothing in code", "```\n[a](b.md)\n```\n`[a](c.md)`", []],
  ])("finds %s", (_name, source, want) => {
    expect(linksOf(source).map((l) => l.target)).toEqual(want);
  });

  it("slugs headings as GitHub does, repeated ones numbered", () => {
    expect([...anchorsOf("# @ldkit/semantic-patch\n## `segment` — `patchSegment` (26 kinds)\n## Usage\n## Usage\n")]).toEqual([
      "ldkitsemantic-patch",
      "segment--patchsegment-26-kinds",
      "usage",
      "usage-1",
    ]);
  });
});

describe("markdownFiles", () => {
  it("finds Markdown files outside node_modules, dist and caches", () => {
    expect(markdownFiles(root).map((f) => path.relative(root, f))).toEqual(["a b.md", "docs/guide.md", "packages/x/README.md"]);
  });
});

describe("the repository", () => {
  it("has no dead relative link in any Markdown file (every README, CONTRIBUTING, docs/)", () => {
    expect(findDeadLinks(repoRoot)).toEqual([]);
  });
});
