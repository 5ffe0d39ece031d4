#!/usr/bin/env node
// Runs the compiled CLI (dist/, made by `npm install` or `npm run build`). A checkout without a
// build yet falls back to the TypeScript sources through tsx, which is slower to start.
import { existsSync } from "node:fs";

const compiled = new URL("../dist/cli.js", import.meta.url);
if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  const { register } = await import("tsx/esm/api");
  register({ tsconfig: new URL("../tsconfig.json", import.meta.url).pathname });
  await import(new URL("../src/cli.ts", import.meta.url).href);
}
