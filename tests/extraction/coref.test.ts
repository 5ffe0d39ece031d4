import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("coreference", () => {
  it("resolves surnames, 'Ambassador Oh' and pronouns to one official", () => {
    const doc = run(
      "Minister Nguyen Hong Dien received RoK Ambassador Oh Yong-ju in Hanoi on June 13. Dien praised the diplomat. He suggested Ambassador Oh continue working closely with the ministry.",
    );
    expect(doc.officials).toHaveLength(2);
    expect(official(doc, "Nguyen Hong Dien")?.aliases).toContain("Dien");
    expect(official(doc, "Oh Yong-ju")?.aliases).toContain("Oh");
    expect(doc.proposals[0]).toMatchObject({ speaker: "Nguyen Hong Dien", addressee: "Oh Yong-ju", kind: "suggestion" });
  });

  it("resolves role nouns ('the Deputy PM', 'the ambassador') to the right official", () => {
    const doc = run(
      "Deputy Prime Minister Le Minh Khai held phone talks with Ambassador Park Noh-wan on June 13. Khai noted progress. The Deputy PM also called on the RoK to admit more workers. The ambassador recommended a new programme to the Vietnamese side.",
    );
    expect(doc.proposals.map((p) => [p.speaker, p.kind])).toEqual([
      ["Le Minh Khai", "call"],
      ["Park Noh-wan", "recommendation"],
    ]);
  });

  it("uses the fronted phrase rule: 'During a reception for X, Y hailed ...' makes Y the focus", () => {
    const doc = run(
      "During a reception in Hanoi on June 13 for RoK Ambassador Oh Yong-ju, Minister Nguyen Hong Dien hailed the diplomat. He urged the Korean side to boost trade.",
    );
    expect(doc.proposals[0].speaker).toBe("Nguyen Hong Dien");
  });

  it("resolves 'his host' and 'the guest' by the dateline country", () => {
    const doc = run(
      "Hanoi (VNA) – Prime Minister Pham Minh Chinh received Japanese Prime Minister Kishida Fumio on June 13. The guest pressed his host to speed up the railway project.",
    );
    expect(doc.proposals[0]).toMatchObject({ speaker: "Kishida Fumio", addressee: "Pham Minh Chinh" });
  });

  it("reads 'He' as a family name only before a given name", () => {
    const doc = run("Chinese Vice Premier He Lifeng met Deputy Prime Minister Le Minh Khai on June 12. He proposed expanding rail links.");
    expect(official(doc, "He Lifeng")?.country).toBe("CN");
    expect(doc.officials).toHaveLength(2);
    expect(doc.proposals[0].speaker).toBe("He Lifeng");
  });

  it("resolves 'the two leaders' to the two principals", () => {
    const doc = run("President Vo Van Thuong met Lao President Thongloun Sisoulith. The two leaders last met on May 2 in Vientiane.");
    const m = doc.meetings.find((x) => x.date === "2023-05-02");
    expect(m?.participants.sort()).toEqual(["Thongloun Sisoulith", "Vo Van Thuong"]);
  });
});
