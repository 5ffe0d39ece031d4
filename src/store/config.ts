import path from "node:path";
import { fileURLToPath } from "node:url";

/** Root of the project checkout (where package.json, prisma/ and seeds/ live). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * Without DATABASE_URL the SQLite file lives in the diplograph folder itself (the checkout or the
 * installed package), whatever the working directory: a command run from elsewhere finds the same
 * data and leaves no ./data behind. A relative file: URL in DATABASE_URL is the user's own and
 * resolves against the working directory, as SQLite tools do.
 */
export const DEFAULT_DATABASE_URL = `file:${path.join(PROJECT_ROOT, "data", "diplograph.db")}`;

export type Provider = "sqlite" | "postgresql";

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

export function providerOf(url: string): Provider {
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  if (/^file:/i.test(url)) return "sqlite";
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), got "${redactUrl(url)}"`);
}

/** SQLite file path of a file: URL, resolved against the working directory. */
export function sqlitePath(url: string): string {
  return path.resolve(url.replace(/^file:/i, "").replace(/\?.*$/, ""));
}

/** The URL with any password removed, for messages and logs. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, "//$1:***@");
}
