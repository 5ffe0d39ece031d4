// GraphQL-over-HTTP compliance: graphql-http's server audits against the started server. Every
// MUST audit passes; the SHOULD/MAY audits that do not are listed (and explained in the README).
import { serverAudits, type AuditResult } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/store/db.ts";
import { startServer } from "../../src/server.ts";
import { disposeDatabase, seededDatabase } from "../graphql/support.ts";

let db: Database;
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  db = await seededDatabase();
  server = await startServer({ db, port: 0, host: "127.0.0.1", log: () => {}, writeToken: "audit-token" });
});

afterAll(async () => {
  await server?.close();
  if (db) await disposeDatabase(db);
});

describe("graphql-http server audits", () => {
  it("passes every MUST audit; SHOULD/MAY failures are the known ones", async () => {
    const audits = serverAudits({ url: () => `${server.url}/graphql`, fetchFn: fetch });
    const results: { name: string; result: AuditResult }[] = [];
    for (const audit of audits) results.push({ name: audit.name, result: await audit.fn() });
    const failing = results.filter((r) => r.result.status !== "ok");
    const reason = (r: AuditResult) => ("reason" in r ? r.reason : "");
    for (const f of failing) console.log(`${f.result.status.toUpperCase()} ${f.name}: ${reason(f.result)}`);
    console.log(`${results.length} audits, ${results.filter((r) => r.result.status === "ok").length} ok`);
    expect(failing.filter((f) => f.name.startsWith("MUST")).map((f) => `${f.name}: ${reason(f.result)}`)).toEqual([]);
    expect(results.length).toBeGreaterThan(30);
  });
});
