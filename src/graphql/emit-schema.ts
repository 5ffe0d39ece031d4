// `npm run schema`: writes schema.graphql (sorted SDL); `--check` fails when it is stale.
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../store/config.ts";
import { printSchemaSDL } from "./schema.ts";

export const SCHEMA_FILE = path.join(PROJECT_ROOT, "schema.graphql");

const sdl = await printSchemaSDL();
if (process.argv.includes("--check")) {
  const current = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, "utf8") : "";
  if (current !== sdl) {
    console.error("schema.graphql is stale: run `npm run schema`");
    process.exit(1);
  }
  console.log("schema.graphql is current");
} else {
  fs.writeFileSync(SCHEMA_FILE, sdl);
  console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE) || SCHEMA_FILE}`);
}
