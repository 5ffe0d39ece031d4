// A bare abbreviated office used as a subject ("EAM", "the FM") refers to the person who holds it,
// named earlier (titles.json `abbreviations`) (issue #11, names).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const pairs = (doc: ReturnType<typeof run>) => doc.meetings.map((m) => [...m.participants].sort());

describe("abbreviated offices as subjects", () => {
  it("EAM is the External Affairs Minister named before", () => {
    const doc = run(
      "New Delhi (PIB) – External Affairs Minister S. Jaishankar paid an official visit to Cairo on 21-22 September 2026. " +
        "On 22 September 2026, EAM called on Prime Minister Mostafa Madbouly in Cairo. EAM proposed early conclusion of the negotiations on a Bilateral Investment Treaty.",
      "2026-09-23",
    );
    expect(pairs(doc)).toContainEqual(["Mostafa Madbouly", "S. Jaishankar"]);
    expect(doc.proposals.map((p) => p.speaker)).toContain("S. Jaishankar");
  });

  it("the FM is the Foreign Minister named before", () => {
    const doc = run(
      "Beijing (Xinhua) – Iranian Foreign Minister Abbas Araghchi arrived in Beijing on June 11. On June 12, the FM held talks with Chinese Vice President Han Zheng in Beijing.",
    );
    expect(pairs(doc)).toContainEqual(["Abbas Araghchi", "Han Zheng"]);
  });

  it("an abbreviation before a name is a title, not a reference", () => {
    const doc = run("Hanoi (VNA) – PM Pham Minh Chinh received Indian External Affairs Minister S. Jaishankar in Hanoi on June 12.");
    expect(pairs(doc)).toEqual([["Pham Minh Chinh", "S. Jaishankar"]]);
  });
});
