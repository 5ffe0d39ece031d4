// Where a title's field ends and a name begins (issue #11, names next to long portfolio titles).
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

const host = "Hanoi (VNA) – Prime Minister Pham Minh Chinh received";

describe("an unknown field word after a connector ends the title", () => {
  it.each([
    ["Kazakh Deputy Prime Minister and Minister of Trade and Integration Serik Zhumangarin", "Serik Zhumangarin", "Integration"],
    ["Moroccan Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates Nasser Bourita", "Nasser Bourita", "Expatriates"],
  ])("%s", (phrase, name, field) => {
    const doc = run(`${host} ${phrase} in Hanoi on June 12.`);
    expect(names(doc)).toContain(name);
    expect(official(doc, name)?.title).toContain(field);
  });

  it("a three-word name after 'and' with no title before it stays whole", () => {
    const doc = run(`${host} Japanese Ambassador Ito Naoki and businesswoman Mary Jane Watson in Hanoi on June 12.\nMary Jane Watson said trade grows.`);
    expect(names(doc)).not.toContain("Jane Watson");
  });
});
