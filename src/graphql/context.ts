// The per-request context: the database and this request's batch loaders.
import type { IncomingHttpHeaders } from "node:http";
import type { Database } from "../store/db.ts";
import { createLoaders, type Loaders } from "../store/loaders.ts";

export interface Context {
  db: Database;
  loaders: Loaders;
  /** Request headers (for the access control a later issue adds). */
  headers: IncomingHttpHeaders;
}

export function createContext(db: Database, headers: IncomingHttpHeaders = {}): Context {
  return { db, loaders: createLoaders(db), headers };
}

/**
 * The one place write access is decided; every mutation calls it first. Open today (access
 * control comes with the hardening issue): throw apiError("FORBIDDEN", ...) here to refuse.
 */
export function authorizeWrite(_context: Context): void {}
