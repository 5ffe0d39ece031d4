// A title written in lower case with its portfolio before the title word ("the Indian external affairs minister X",
// "Japan's health minister Y"): the portfolio is part of the title, so the country word before it is the title's and
// names the holder's country, and "the two foreign ministers" finds the holder among its pair (issue #11).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const run = (headline: string, body: string) => extract(` date 2026-03-12 ${headline}\n\n${body}\n`, { source: "t.txt" });

describe("a portfolio in lower case before a title word", () => {
  it("belongs to the title, and the country word before it to the holder", () => {
    const doc = run(
      "Ireland and India sign education pact",
      "Minister for Foreign Affairs Helen McEntee held talks in Dublin with the Indian finance minister Ram Kumar on Thursday. The Malaysian home affairs minister Saifuddin Nasution and Japan's health minister Takeshi Ito also took part.",
    );
    const byName = Object.fromEntries(doc.officials.map((o) => [o.name, [o.country, o.title]]));
    expect(byName).toMatchObject({
      "Helen McEntee": ["IE", "Minister for Foreign Affairs"],
      "Ram Kumar": ["IN", "finance minister"],
      "Saifuddin Nasution": ["MY", "home affairs minister"],
      "Takeshi Ito": ["JP", "health minister"],
    });
  });

  it("lets 'the two foreign ministers' find the external affairs minister, not a minister of state who joined", () => {
    const doc = run(
      "McEntee presses Jaishankar on visas",
      [
        "Minister for Foreign Affairs Helen McEntee held talks in Dublin with the Indian external affairs minister Dr S Jaishankar on Thursday.",
        "Minister of State for Trade Promotion Robert Troy and the Indian ambassador to Ireland, Akhilesh Mishra, also took part.",
        "The two foreign ministers last met on the margins of the UN General Assembly in New York last September.",
      ].join(" "),
    );
    const recalled = doc.meetings.find((m) => m.date === "2025-09");
    expect(recalled?.participants.slice().sort()).toEqual(["Helen McEntee", "S Jaishankar"]);
  });

  it("does not reach a portfolio word the sentence sets apart from the title", () => {
    const doc = run(
      "Talks in Hanoi",
      "Minister of Planning and Investment Nguyen Chi Dung discussed energy with minister Kim Jung-kwan of the Republic of Korea in Hanoi on Thursday.",
    );
    expect(doc.officials.find((o) => o.name === "Kim Jung-kwan")?.title).toBe("minister");
  });
});
