import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { PROJECT_ROOT, providerOf, redactUrl, sqlitePath } from "./config.ts";
import fs from "node:fs";

const run = promisify(execFile);

/**
 * Applies pending migrations with `prisma migrate deploy` (the supported way on Prisma's WASM
 * engines; see docs). The provider, and so the migrations folder, follows the URL.
 */
export async function migrate(url: string): Promise<string> {
  const provider = providerOf(url);
  if (provider === "sqlite") fs.mkdirSync(path.dirname(sqlitePath(url)), { recursive: true });
  const prisma = path.join(PROJECT_ROOT, "node_modules", "prisma", "build", "index.js");
  const env = { ...process.env, DATABASE_URL: provider === "sqlite" ? `file:${sqlitePath(url)}` : url, DB_PROVIDER: provider };
  try {
    const { stdout } = await run(process.execPath, [prisma, "migrate", "deploy"], { cwd: PROJECT_ROOT, env });
    return stdout;
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    const detail = (e.stderr || e.stdout || e.message).trim().split("\n").slice(-6).join("\n");
    throw new Error(`migrating ${redactUrl(url)} failed:\n${detail}`);
  }
}
