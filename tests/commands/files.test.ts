import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { collectInputs, decodeText } from "../../src/commands/files.ts";

function tree(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "diplograph-files-"));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

describe("collectInputs", () => {
  it("walks folders recursively in sorted order, reading only .txt files", () => {
    const dir = tree({ "b.txt": " date 2023-01-01 B.", "a.txt": " date 2023-01-01 A.", "sub/c.txt": "C", "notes.md": "skip" });
    const got = [...collectInputs([dir])].map((i) => path.basename(i.path));
    expect(got).toEqual(["a.txt", "b.txt", "c.txt"]);
  });

  it("reads a file named twice, directly and through its folder, once", () => {
    const dir = tree({ "a.txt": "A" });
    expect([...collectInputs([path.join(dir, "a.txt"), dir])]).toHaveLength(1);
  });

  it("survives a symlink loop", () => {
    const dir = tree({ "a.txt": "A" });
    fs.symlinkSync(dir, path.join(dir, "loop"));
    expect([...collectInputs([dir])].map((i) => i.text)).toEqual(["A"]);
  });

  it("names the reason for missing, oversized, binary and non-UTF-8 files", () => {
    const dir = tree({ "big.txt": "x".repeat(2000), "bin.txt": Buffer.from([0x41, 0x00, 0x42]), "latin1.txt": Buffer.from([0x63, 0x61, 0x66, 0xe9]) });
    const byName = Object.fromEntries(
      [...collectInputs([dir, path.join(dir, "missing.txt")], { maxBytes: 1000 })].map((i) => [path.basename(i.path), i.error]),
    );
    expect(byName["big.txt"]).toMatch(/over the limit of 1000 bytes/);
    expect(byName["bin.txt"]).toMatch(/binary/);
    expect(byName["latin1.txt"]).toMatch(/UTF-8/);
    expect(byName["missing.txt"]).toMatch(/no such file/);
  });

  it("reports an unreadable file when permissions apply", () => {
    const dir = tree({ "secret.txt": "S" });
    fs.chmodSync(path.join(dir, "secret.txt"), 0o000);
    const [input] = [...collectInputs([dir])];
    // root reads anything; everyone else gets a clear reason.
    if (process.getuid?.() === 0) expect(input.text).toBe("S");
    else expect(input.error).toMatch(/permission denied/);
  });
});

describe("decodeText", () => {
  it("drops a byte-order mark", () => {
    expect(decodeText(Buffer.from("\ufeff date 2023-01-01 x", "utf8"))).toEqual({ text: " date 2023-01-01 x" });
  });
});
