// The README's typed-client recipe for another service works as written: its codegen.yml and its
// TypeScript file, taken from the README, generate and compile in a fresh NodeNext ESM project
// (GraphQL Code Generator and tsc from this checkout's node_modules).
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/store/config.ts";

const run = promisify(execFile);
const README = fs.readFileSync(path.join(PROJECT_ROOT, "README.md"), "utf8");

/** The fenced block of `lang` whose first line is `first`. */
function block(lang: string, first: string): string {
  for (const m of README.matchAll(/```(\w+)\n([\s\S]*?)```/g)) if (m[1] === lang && m[2].startsWith(first)) return m[2];
  throw new Error(`README has no ${lang} block starting with "${first}"`);
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe("README: typed client for another service", () => {
  it("generates with the README's codegen.yml and compiles the README's file under NodeNext", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "diplograph-codegen-"));
    dirs.push(dir);
    const config = block("yaml", "# codegen.yml of the other service");
    expect(config).toContain("schema: path/to/diplograph/schema.graphql");
    fs.writeFileSync(path.join(dir, "codegen.yml"), config.replace("path/to/diplograph/schema.graphql", path.join(PROJECT_ROOT, "schema.graphql")));
    const source = block("ts", "// src/officials.ts of the other service");
    const operation = /^\/\/ (query Officials.*)$/m.exec(source)?.[1];
    expect(operation).toBeDefined();
    fs.mkdirSync(path.join(dir, "ops"));
    fs.writeFileSync(path.join(dir, "ops", "officials.graphql"), `${operation}\n`);
    fs.mkdirSync(path.join(dir, "src"));
    fs.writeFileSync(path.join(dir, "src", "officials.ts"), source);
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "other-service", private: true, type: "module" }));
    fs.writeFileSync(
      path.join(dir, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", lib: ["ES2022", "DOM"], strict: true, noEmit: true, skipLibCheck: true }, include: ["src"] }),
    );
    // The other service's dependencies: this checkout has the same packages.
    fs.symlinkSync(path.join(PROJECT_ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");

    const bin = (name: string) => path.join(PROJECT_ROOT, "node_modules", ".bin", name);
    await run(bin("graphql-codegen"), ["--config", "codegen.yml"], { cwd: dir, env: { ...process.env, CI: "1" } });
    expect(fs.existsSync(path.join(dir, "src", "gql", "graphql.ts"))).toBe(true);
    const tsc = await run(bin("tsc"), ["-p", "."], { cwd: dir }).then(
      (r) => ({ code: 0, out: r.stdout + r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
    );
    expect(tsc.out).toBe("");
    expect(tsc.code).toBe(0);
  }, 300_000);
});
