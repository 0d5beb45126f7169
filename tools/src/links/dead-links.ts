import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import GithubSlugger from "github-slugger";
import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";

/** A relative link of a Markdown file that points to nothing. */
export interface DeadLink {
  /** The Markdown file, relative to the root that was checked. */
  file: string;
  /** 1-based line of the link. */
  line: number;
  /** The link target as written. */
  target: string;
  /** What is wrong: the missing file, or the missing heading. */
  reason: string;
}

/** One link of a Markdown document: its target as written and its 1-based line. */
export interface MarkdownLink {
  target: string;
  line: number;
}

const markdown = new MarkdownIt({ html: true });

/** Directories never searched for Markdown files (dependencies, build output, caches, VCS). */
export const skippedDirs = new Set(["node_modules", "dist", ".tmp", ".turbo", ".git", ".stryker-tmp"]);

/** A target with a scheme (`https:`, `mailto:`) or protocol-relative: not a file of the repo. */
const isExternal = (target: string): boolean => /^[a-z][a-z\d+.-]*:/i.test(target) || target.startsWith("//");

/** A percent-encoded target decoded (`a%20b.md` → `a b.md`); kept as written when it is not valid encoding. */
function decoded(target: string): string {
  try {
    return decodeURI(target);
  } catch {
    return target;
  }
}

/** Every link and image target of a Markdown document (inline, reference-style, autolinks), with its line; code is skipped. */
export function linksOf(source: string): MarkdownLink[] {
  const lines = source.split("\n");
  const out: MarkdownLink[] = [];
  const visit = (tokens: readonly Token[], blockLine: number): void => {
    let line = blockLine;
    for (const token of tokens) {
      if (token.map) line = token.map[0];
      const target = token.type === "link_open" ? token.attrGet("href") : token.type === "image" ? token.attrGet("src") : null;
      if (target !== null) {
        // markdown-it gives the block's first line; the link is on the first line from there that holds it.
        const raw = decoded(target);
        const written = [target, raw].flatMap((t) => [`(${t}`, `]: ${t}`, `<${t}>`]);
        const at = lines.findIndex((text, i) => i >= line && written.some((w) => text.includes(w)));
        out.push({ target: raw, line: (at === -1 ? line : at) + 1 });
      }
      if (token.children) visit(token.children, line);
    }
  };
  visit(markdown.parse(source, {}), 0);
  return out;
}

/** The anchors GitHub gives the headings of a Markdown document (`## Sending with @ldkit/client` → `sending-with-ldkitclient`). */
export function anchorsOf(source: string): Set<string> {
  const slugger = new GithubSlugger();
  const tokens = markdown.parse(source, {});
  const anchors = new Set<string>();
  tokens.forEach((token, i) => {
    if (token.type !== "heading_open") return;
    const text = (tokens[i + 1]?.children ?? [])
      .filter((t) => t.type === "text" || t.type === "code_inline")
      .map((t) => t.content)
      .join("");
    anchors.add(slugger.slug(text));
  });
  return anchors;
}

/**
 * The dead relative links of one Markdown file: targets (resolved from the file's directory, or from
 * `root` for `/…`) that do not exist, and `#anchors` that name no heading of the Markdown file they
 * point to. External links are not checked (no network).
 */
export function deadLinksOf(file: string, root: string, read: (file: string) => string = (f) => readFileSync(f, "utf8")): DeadLink[] {
  const source = read(file);
  const dead: DeadLink[] = [];
  for (const { target, line } of linksOf(source)) {
    if (isExternal(target)) continue;
    const hash = target.indexOf("#");
    const filePart = hash === -1 ? target : target.slice(0, hash);
    const anchor = hash === -1 ? undefined : target.slice(hash + 1);
    const resolved =
      filePart === "" ? file : filePart.startsWith("/") ? path.join(root, filePart) : path.resolve(path.dirname(file), filePart);
    const report = (reason: string) => dead.push({ file: path.relative(root, file), line, target, reason });
    let stats: ReturnType<typeof statSync>;
    try {
      stats = statSync(resolved);
    } catch {
      report(`${path.relative(root, resolved)} does not exist`);
      continue;
    }
    if (anchor === undefined || anchor === "" || !stats.isFile() || !resolved.endsWith(".md")) continue;
    if (!anchorsOf(resolved === file ? source : read(resolved)).has(anchor))
      report(`no heading of ${path.relative(root, resolved)} has the anchor #${anchor}`);
  }
  return dead;
}

/** Every Markdown file under `root`, sorted, outside {@link skippedDirs}. */
export function markdownFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!skippedDirs.has(entry.name)) walk(path.join(dir, entry.name));
      } else if (entry.isFile() && entry.name.endsWith(".md")) {
        out.push(path.join(dir, entry.name));
      }
    }
  };
  walk(root);
  return out.sort();
}

/** The dead relative links of every Markdown file under `root`. */
export function findDeadLinks(root: string): DeadLink[] {
  return markdownFiles(root).flatMap((file) => deadLinksOf(file, root));
}
