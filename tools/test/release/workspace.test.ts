import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/release/exec.js";
import { copyWorkingTree } from "../../src/release/scratch.js";
import { publicPackages, quietEnv } from "../../src/release/workspace.js";

describe("publicPackages", () => {
  it("lists the published packages of the workspace, not the private ones", () => {
    expect(publicPackages().map((p) => p.name)).toEqual(["@ldkit/client", "@ldkit/emulator", "@ldkit/evaluator", "@ldkit/semantic-patch"]);
  });
});

describe("quietEnv", () => {
  it("drops the npm_config_* a parent pnpm run sets, keeps the rest", () => {
    process.env.npm_config_userconfig = "/somewhere/npmrc";
    try {
      const env = quietEnv({ EXTRA: "1" });
      expect(env.npm_config_userconfig).toBeUndefined();
      expect(env.EXTRA).toBe("1");
      expect(env.PATH).toBe(process.env.PATH);
    } finally {
      delete process.env.npm_config_userconfig;
    }
  });
});

describe("copyWorkingTree", () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "ldkit-scratch-test-"));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("copies tracked and untracked files, not ignored or deleted ones", async () => {
    const repo = path.join(root, "repo");
    mkdirSync(path.join(repo, "node_modules", "x"), { recursive: true });
    writeFileSync(path.join(repo, ".gitignore"), "node_modules/\ndist/\n");
    writeFileSync(path.join(repo, "tracked.txt"), "v1");
    writeFileSync(path.join(repo, "gone.txt"), "old");
    writeFileSync(path.join(repo, "node_modules", "x", "index.js"), "");
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.invalid", ...args], { cwd: repo });
    git("init", "-q");
    git("add", ".");
    git("commit", "-q", "-m", "init");
    writeFileSync(path.join(repo, "tracked.txt"), "v2 (uncommitted)");
    rmSync(path.join(repo, "gone.txt"));
    mkdirSync(path.join(repo, "new"));
    writeFileSync(path.join(repo, "new", "file.ts"), "untracked");
    mkdirSync(path.join(repo, "dist"));
    writeFileSync(path.join(repo, "dist", "out.js"), "");

    const dest = path.join(root, "copy");
    expect(await copyWorkingTree(repo, dest)).toBe(3);
    expect(readFileSync(path.join(dest, "tracked.txt"), "utf8")).toBe("v2 (uncommitted)");
    expect(readFileSync(path.join(dest, "new", "file.ts"), "utf8")).toBe("untracked");
    expect(existsSync(path.join(dest, ".gitignore"))).toBe(true);
    expect(existsSync(path.join(dest, "gone.txt"))).toBe(false);
    expect(existsSync(path.join(dest, "node_modules"))).toBe(false);
    expect(existsSync(path.join(dest, "dist"))).toBe(false);
  });
});

describe("run", () => {
  it("resolves with the output of a successful command", async () => {
    await expect(run(process.execPath, ["-e", "console.log('hi')"], { cwd: os.tmpdir(), timeoutMs: 10_000 })).resolves.toMatchObject({
      stdout: "hi\n",
    });
  });

  it("rejects with the status and the output tail", async () => {
    await expect(
      run(process.execPath, ["-e", "console.error('boom'); process.exit(3)"], { cwd: os.tmpdir(), timeoutMs: 10_000 }),
    ).rejects.toThrow(/exited with 3:\nboom/);
  });

  it("kills a command that outlives its timeout", async () => {
    await expect(run(process.execPath, ["-e", "setTimeout(() => {}, 60_000)"], { cwd: os.tmpdir(), timeoutMs: 300 })).rejects.toThrow(
      /timed out after 300 ms/,
    );
  });
});
