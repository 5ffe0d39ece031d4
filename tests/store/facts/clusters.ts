// The report clusters of tests/fixtures/clusters/: the same events told by several outlets, near misses, an instrument's lifecycle.
import fs from "node:fs";
import path from "node:path";

const DIR = path.resolve("tests/fixtures/clusters");
export const clusterFiles = fs.readdirSync(DIR).filter((f) => f.endsWith(".txt")).sort();
export const report = (f: string) => ({ text: fs.readFileSync(path.join(DIR, f), "utf8"), source: `clusters/${f}` });
