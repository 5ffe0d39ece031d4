// EXTRACTOR_VERSION changes whenever output can change: package version + hash of the
// gazetteer data and of the extraction sources.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { DATA_DIR, DATA_FILES } from "./gazetteers.ts";

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: string }).version ?? "0.0.0";
  } catch {
    return "0.0.0";
  }
}

function sourceHash(): string {
  const h = createHash("sha256");
  const dir = new URL("./", import.meta.url);
  // validate.ts (admission rules used by the CLI and store) does not change what extract() returns.
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".ts") && f !== "validate.ts").sort()) {
    h.update(f);
    h.update(readFileSync(new URL(f, dir)));
  }
  for (const f of DATA_FILES) {
    h.update(f);
    h.update(readFileSync(new URL(f, DATA_DIR)));
  }
  return h.digest("hex").slice(0, 12);
}

/** Written by scripts/build.mjs beside the compiled extractor only: the version of the sources it compiled. */
function builtVersion(): string | undefined {
  try {
    return (JSON.parse(readFileSync(new URL("./version.json", import.meta.url), "utf8")) as { version: string }).version;
  } catch {
    return undefined;
  }
}

export const EXTRACTOR_VERSION = builtVersion() ?? `${packageVersion()}+${sourceHash()}`;
