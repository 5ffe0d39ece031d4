// `npm run schema`: writes schema.graphql (sorted SDL); `--check` fails when it is stale.
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../store/config.ts";
import { printSchemaSDL, printSubgraphSDL } from "./schema.ts";

export const SCHEMA_FILE = path.join(PROJECT_ROOT, "schema.graphql");
export const SUBGRAPH_FILE = path.join(PROJECT_ROOT, "subgraph.graphql");

let stale = false;
for (const [file, sdl] of [
  [SCHEMA_FILE, await printSchemaSDL()],
  [SUBGRAPH_FILE, await printSubgraphSDL()],
] as const) {
  const name = path.basename(file);
  if (process.argv.includes("--check")) {
    const current = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
    if (current !== sdl) {
      console.error(`${name} is stale: run \`npm run schema\``);
      stale = true;
    } else console.log(`${name} is current`);
  } else {
    fs.writeFileSync(file, sdl);
    console.log(`wrote ${name}`);
  }
}
if (stale) process.exit(1);
