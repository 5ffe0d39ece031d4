// A read worker (read-pool.ts): one read-only connection to the SQLite file, SELECTs in, rows out.
import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";
import { withLikeEscape } from "./db.ts";
import { sqliteStatements, type ReadValue } from "./reader.ts";

type Job = { id: number; sql: string; params: ReadValue[] };

const { file, busyTimeoutMs } = workerData as { file: string; busyTimeoutMs: number };
// Opened at the first read, so a failure to open reaches that read's caller.
let conn: Database.Database | null = null;
// The same `ESCAPE '\'` on every LIKE as the writer's connection (db.ts), so filters match literally.
const statements = sqliteStatements((c, sql) => c.prepare(withLikeEscape(sql)) as never);

parentPort!.on("message", ({ id, sql, params }: Job) => {
  try {
    conn ??= new Database(file, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs });
    parentPort!.postMessage({ id, rows: statements.all(conn, sql, params) });
  } catch (e) {
    const err = e as Error & { code?: string };
    parentPort!.postMessage({ id, error: { message: err.message, code: err.code } });
  }
});
