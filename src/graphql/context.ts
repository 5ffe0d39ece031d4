// The per-request context: the database and this request's batch loaders.
import type { IncomingHttpHeaders } from "node:http";
import type { Database } from "../store/db.ts";
import type { IngestInput } from "../store/ingest.ts";
import { createLoaders, type Loaders } from "../store/loaders.ts";
import { assertWriteAccess, type Access } from "./security/auth.ts";
import type { EventBus } from "../notify/bus.ts";

export interface Context {
  db: Database;
  loaders: Loaders;
  /** Request headers (for the access control a later issue adds). */
  headers: IncomingHttpHeaders;
  /** What this request may do (set by the server from its Authorization header; see security/auth.ts). */
  access?: Access;
  /** Aborted when the client goes away or the request's time budget is spent (set by the server). */
  signal?: AbortSignal;
  /** Where this server publishes ingests and subscriptions listen (set by the server; src/notify/bus.ts). */
  bus?: EventBus;
  /** Runs a document's extraction where its time budget can stop it (set by the server). */
  extract?: IngestInput["extract"];
}

export function createContext(db: Database, headers: IncomingHttpHeaders = {}): Context {
  return { db, loaders: createLoaders(db), headers };
}

/**
 * The one place write access is decided; every mutation calls it first. The server decides
 * `access` from the request's bearer token (security/auth.ts); without a decision, writes are refused.
 */
export function authorizeWrite(context: Context): void {
  assertWriteAccess(context.access);
}
