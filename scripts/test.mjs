#!/usr/bin/env node
// `npm test`: the whole vitest suite on SQLite, then again on PostgreSQL when TEST_DATABASE_URL
// names a server. Ends with one "N passed, N failed" line over all passes.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const args = process.argv.slice(2);
const passes = [{ name: "SQLite", env: { TEST_DATABASE_URL: "" } }];
if (process.env.TEST_DATABASE_URL?.startsWith("postgres")) passes.push({ name: "PostgreSQL", env: { TEST_DATABASE_URL: process.env.TEST_DATABASE_URL } });

let passed = 0;
let failed = 0;
let skipped = 0;
let ok = true;
for (const pass of passes) {
  const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "diplograph-vitest-")), "report.json");
  console.log(`\n=== test pass: ${pass.name} ===`);
  const run = spawnSync("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...args], {
    stdio: "inherit",
    env: { ...process.env, ...pass.env },
  });
  if (run.status !== 0) ok = false;
  try {
    const r = JSON.parse(fs.readFileSync(report, "utf8"));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + (r.numTodoTests ?? 0);
    if (r.numTotalTests === 0) ok = false;
  } catch {
    ok = false;
    console.error(`no test report from the ${pass.name} pass`);
  }
}
console.log(`\n${passes.map((p) => p.name).join(" + ")}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(ok && failed === 0 ? 0 : 1);
