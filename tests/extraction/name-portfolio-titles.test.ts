// Titles before a name whose portfolio is long or lower-case (issue #11, names): "Minister of Foreign Affairs,
// International Trade and Worship of the X Republic, Name,", "minister for Europe and foreign affairs Name".
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("portfolio titles before a name", () => {
  it("'Foreign Affairs and Worship': worship is a portfolio, not a name word", () => {
    const doc = run(
      "Deputy Prime Minister Marco Rinaldi received in Rome the Minister of Foreign Affairs, International Trade and Worship of the Argentine Republic, Tomás Ibarra, on his first official visit to Italy.",
      "2026-10-21",
    );
    expect(names(doc)).toContain("Tomás Ibarra");
    expect(official(doc, "Tomás Ibarra")?.country).toBe("AR");
  });

  it("a lower-case title whose field has two parts joined by 'and' ('minister for Europe and foreign affairs X')", () => {
    const doc = run("The meeting brought together Croatia's foreign minister Ivan Horvat and Albania's minister for Europe and foreign affairs Drita Hoxha in Dubrovnik on Monday.", "2026-04-14");
    expect(official(doc, "Drita Hoxha")?.title).toBe("minister for Europe and foreign affairs");
    expect(official(doc, "Drita Hoxha")?.country).toBe("AL");
  });
});

describe("'responsible for' inside a title", () => {
  it("'Canada's Minister responsible for Trade, X, joined'", () => {
    const doc = run("President Ana Ruiz received US Secretary of Commerce Tom Hale in Mexico City on Monday. Canada’s Minister responsible for Trade, Denis Gagnon, joined the meeting by videoconference from Ottawa.", "2026-04-14");
    expect(official(doc, "Denis Gagnon")?.title).toBe("Minister responsible for Trade");
  });
});

describe("a portfolio naming two countries with dotted capitals", () => {
  it("'Minister responsible for Canada-U.S. Trade, X,'", () => {
    const doc = run("President Ana Ruiz received US Secretary of Commerce Tom Hale in Mexico City on Monday. Canada’s Minister responsible for Canada-U.S. Trade, Denis Gagnon, joined the meeting by videoconference from Ottawa.", "2026-04-14");
    expect(official(doc, "Denis Gagnon")?.country).toBe("CA");
  });
});
