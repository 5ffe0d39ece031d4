// The pipeline's objects are built so that each kind shares one hidden class (issue #11, speed): a spread that added
// keys gave every sentence and every date mention a map of its own, and each rule reading them went megamorphic.
// V8's own test (%HaveSameMap) is asked, through --allow-natives-syntax set for this file's functions.
import { setFlagsFromString } from "node:v8";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/extraction/reader.ts";
import { COMPONENTS, newDoc } from "../../src/extraction/pipeline.ts";
import { findDates } from "../../src/extraction/dates.ts";
import { withoutGazetteer } from "../../src/extraction/doc.ts";
import { looseTok, retoken, tokenize } from "../../src/extraction/text.ts";

setFlagsFromString("--allow-natives-syntax");
const sameMap = new Function("a", "b", "return %HaveSameMap(a, b);") as (a: object, b: object) => boolean;
const maps = (xs: object[]) => {
  const reps: object[] = [];
  for (const x of xs) if (!reps.some((r) => sameMap(r, x))) reps.push(x);
  return reps.length;
};

const dir = join(import.meta.dirname, "corpus/dev");
const docs = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(join(dir, f), "utf8"));

describe("one shape per kind of object", () => {
  const annotated = docs.map((text) => {
    const read = readDocument(text);
    const doc = newDoc(text, "dev.txt", read.date!, read);
    for (const c of COMPONENTS) c.run(doc);
    return doc;
  });

  it("sentences, tokens and officials of the dev corpus", () => {
    const sentences = annotated.flatMap((d) => d.sentences);
    expect(maps([...sentences, ...sentences.slice(0, 3).map(withoutGazetteer)])).toBe(1);
    expect(maps(sentences.flatMap((s) => s.toks))).toBe(1);
    const officials = annotated.flatMap((d) => d.officials);
    expect(officials.length).toBeGreaterThan(20);
    expect(maps(officials)).toBe(1);
  });

  it("tokens read again or made of loose words", () => {
    const [t] = tokenize("Vietnam-Laos border", 0);
    expect(maps([t, retoken(t, "Laos", "laos"), retoken(t, "laos", "laos", false), looseTok("Korean", "korean", true)])).toBe(1);
    expect(retoken(t, "Laos", "laos")).toEqual({ ...t, text: "Laos", norm: "laos" });
  });

  it("date mentions of every kind", () => {
    const text =
      "On Monday, 12 March 2024, the two met; a day earlier, last week and next month they spoke, in May, on March 3-4, " +
      "later this year, in 2023, the same day, in the second half of next year, yesterday.";
    const found = findDates(text);
    expect(new Set(found.map((d) => d.kind)).size).toBeGreaterThanOrEqual(6);
    expect(maps([...found, ...docs.flatMap((d) => findDates(d))])).toBe(1);
  });
});
