// The organisation an official's title names is in the document's organisations (issue #11,
// "organisation inferred from a title must reach the store").
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";
import { official, run } from "./helpers.ts";

const CORPUS = new URL("corpus/", import.meta.url).pathname;

describe("organisations from titles", () => {
  it("a ministry read from a title is listed with its evidence, and no country (every country has one of that name)", () => {
    const doc = run("Hanoi (VNA) – Deputy Prime Minister Tran Luu Quang received Jordanian Minister of Foreign Affairs Ayman Safadi in Hanoi on June 12.");
    const org = official(doc, "Ayman Safadi")?.organization;
    expect(org).toBe("Ministry of Foreign Affairs");
    const listed = doc.organizations.find((o) => o.name === org);
    expect(listed).toMatchObject({ country: null });
    expect(official(doc, "Ayman Safadi")?.country).toBe("JO");
    expect(listed!.evidence[0].text).toContain("Safadi");
  });

  it("holds on every article of the corpora: each official's organisation is listed once", () => {
    let checked = 0;
    for (const folder of ["dev", "generalisation", "heldout"]) {
      const dir = join(CORPUS, folder);
      for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt"))) {
        const doc = extract(readFileSync(join(dir, f), "utf8"), { source: f });
        const listed = doc.organizations.map((o) => o.name);
        expect(new Set(listed).size, f).toBe(listed.length);
        for (const o of doc.officials) {
          if (!o.organization) continue;
          checked++;
          expect(listed, `${f}: ${o.name}`).toContain(o.organization);
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("'Minister of State' is a rank, not a ministry: none for the bare rank, the portfolio after 'for'", () => {
    const doc = run("Abuja – Indian Minister of State Pabitra Margherita met Minister of State for Foreign Affairs Bianca Odumegwu-Ojukwu and Chinese Minister of State Security Chen Yixin in Abuja on June 12.");
    expect(official(doc, "Pabitra Margherita")?.organization).toBeNull();
    expect(official(doc, "Bianca Odumegwu-Ojukwu")?.organization).toBe("Ministry of Foreign Affairs");
    expect(official(doc, "Chen Yixin")?.organization).toBe("Ministry of State Security");
  });
});
