import { copyFileSync, existsSync, lstatSync, mkdirSync, readlinkSync, symlinkSync } from "node:fs";
import path from "node:path";
import { run } from "./exec.js";

/**
 * Copies the working tree of the git repository at `root` into `dest`: every tracked file plus every
 * untracked file git does not ignore (so uncommitted work is included, and node_modules, dist, .turbo
 * and .tmp are not). Deleted-but-tracked files are skipped. Returns the number of files copied.
 */
export async function copyWorkingTree(root: string, dest: string): Promise<number> {
  const { stdout } = await run("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: root, timeoutMs: 60_000 });
  const files = [...new Set(stdout.split("\0").filter(Boolean))];
  let copied = 0;
  for (const rel of files) {
    const from = path.join(root, rel);
    if (!existsSync(from) && !isSymlink(from)) continue;
    const to = path.join(dest, rel);
    mkdirSync(path.dirname(to), { recursive: true });
    if (isSymlink(from)) symlinkSync(readlinkSync(from), to);
    else copyFileSync(from, to);
    copied++;
  }
  return copied;
}

function isSymlink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
