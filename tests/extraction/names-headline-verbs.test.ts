// A headline in title case ends a name at its verb (issue #11, names): "Samdech Thipadei Keo Vanna Asks Austria to ..."
// names "Keo Vanna", as "Meets" and "Receives" already did, for the directive verbs a headline tells an act with.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const page = (verb: string) =>
  [
    " date 2026-04-14",
    "Daily Bulletin",
    "DAILY BULLETIN    English | Français",
    "Home | Politics | Business | Local | International | Video",
    `Samdech Thipadei Keo Vanna ${verb} Austria to Encourage More Investors in Cambodia Rice Milling`,
    "2026-04-14 10:20 | By Daily Bulletin",
    "",
    "PHNOM PENH: Samdech Moha Borvor Thipadei Keo Vanna, Prime Minister of the Kingdom of Cambodia, on the morning of 14 April 2026, received courtesy call of Lena Moritz, Minister of Economy of Austria.",
  ].join("\n");

describe("a title-case headline's verb after a name", () => {
  for (const verb of ["Asks", "Urges", "Invites", "Proposes", "Requests", "Suggests", "Seeks", "Welcomes", "Presides"]) {
    it(`'${verb}'`, () => {
      const doc = extract(page(verb), { source: "t.txt" });
      expect(doc.officials.map((o) => o.name).sort()).toEqual(["Keo Vanna", "Lena Moritz"]);
    });
  }
});
