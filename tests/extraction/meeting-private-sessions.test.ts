// A pair's restricted session told apart from the wider encounter of its day ("The meeting was preceded by a one-on-one
// session between the two leaders", "A and B also held a closed-door meeting before the expanded session") is an
// encounter of its own, of the pair alone; told as the first part of one encounter ("held a one-on-one meeting,
// followed by an expanded meeting with ...") it is not (issue #11, meetings).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const meetings = (body: string) =>
  extract(` date 2025-12-11\nLeaders meet in Ankara\n\n${body}\n`, { source: "t.txt" })
    .meetings.map((m) => [m.date ?? "", m.participants.slice().sort().join(" + ")])
    .sort((a, b) => a[1].length - b[1].length);

describe("a restricted session beside a wider one", () => {
  it("'was preceded by a one-on-one session between the two leaders'", () => {
    expect(
      meetings(
        "ANKARA – Turkish President Recep Tayyip Erdoğan and Egyptian President Abdel Fattah al-Sisi co-chaired the first meeting of the High-Level Strategic Cooperation Council in Ankara on Wednesday.\n\n" +
          "The meeting at the Presidential Complex was preceded by a one-on-one session between the two leaders and was attended by Foreign Ministers Hakan Fidan and Badr Abdelatty.",
      ),
    ).toEqual([
      ["2025-12-10", "Abdel Fattah al-Sisi + Recep Tayyip Erdoğan"],
      ["2025-12-10", "Abdel Fattah al-Sisi + Badr Abdelatty + Hakan Fidan + Recep Tayyip Erdoğan"],
    ]);
  });

  it("'A and B also held a closed-door meeting before the expanded session'", () => {
    const told = meetings(
      "CAIRO – Foreign Minister Badr Abdelatty and Italian Foreign Minister Antonio Tajani co-chaired the strategic dialogue between the two countries in Cairo on Wednesday.\n\n" +
        "Abdelatty and Tajani also held a closed-door meeting before the expanded session, according to the ministry.",
    );
    expect(told).toHaveLength(2);
    expect(told.every(([date, who]) => date === "2025-12-10" && who === "Antonio Tajani + Badr Abdelatty")).toBe(true);
  });

  it("one encounter when the one-on-one opens it: 'held a one-on-one meeting, followed by an expanded meeting with'", () => {
    expect(
      meetings(
        "ANKARA – President Recep Tayyip Erdoğan and Egyptian President Abdel Fattah al-Sisi held a one-on-one meeting on Wednesday, followed by an expanded bilateral meeting with Foreign Ministers Hakan Fidan and Badr Abdelatty.",
      ),
    ).toEqual([["2025-12-10", "Abdel Fattah al-Sisi + Badr Abdelatty + Hakan Fidan + Recep Tayyip Erdoğan"]]);
  });

  it("'A first held a private meeting with B before the expanded talks, which were also attended by C and D'", () => {
    expect(
      meetings(
        "ANKARA – Turkish President Recep Tayyip Erdoğan and Egyptian President Abdel Fattah al-Sisi signed a trade accord in Ankara on Wednesday.\n\n" +
          "President Sisi first held a private meeting with President Erdoğan before the expanded talks, which were also attended by Foreign Ministers Hakan Fidan and Badr Abdelatty.",
      ),
    ).toEqual([
      ["2025-12-10", "Abdel Fattah al-Sisi + Recep Tayyip Erdoğan"],
      ["2025-12-10", "Abdel Fattah al-Sisi + Badr Abdelatty + Hakan Fidan + Recep Tayyip Erdoğan"],
    ]);
  });
});
