// Two encounters the same day that share a guest (issue #11, meetings): "A received B ... B was also received by C, in
// the presence of A" is C's reception, not A's told twice; and a clause coordinated with a subject of its own ("..., and
// the Joint Commission is due to meet in June under the chairmanship of the two Foreign Ministers") does not take the
// group that opened the sentence.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string, date: string) =>
  run(body, date).meetings.map((m) => ({ date: m.date, status: m.status, participants: [...m.participants].sort() }));

describe("a second host of the same guest the same day", () => {
  it.each([
    [
      "was also received by ..., in the presence of",
      "Cairo (MENA) – Foreign Minister Badr Abdelatty received his Cypriot counterpart Constantinos Kombos in Cairo on Monday.\n\nKombos was also received on Monday by President Abdel Fattah Al-Sisi at the Ittihadiya Palace, in the presence of Abdelatty.",
      ["Abdel Fattah Al-Sisi", "Constantinos Kombos"],
    ],
    [
      "later received ..., with ... attending",
      "Amman (Petra) – Foreign Minister Ayman Safadi received Iraqi Foreign Minister Fuad Hussein in Amman on Sunday.\n\nKing Abdullah II later received Hussein at Al Husseiniya Palace on Sunday, in the presence of Safadi.",
      ["Abdullah II", "Fuad Hussein"],
    ],
  ])("%s", (_, body, pair) => {
    const ms = meetings(body, "2026-06-02");
    expect(ms).toHaveLength(2);
    expect(ms.some((m) => pair.every((n) => m.participants.includes(n)))).toBe(true);
    expect(ms.some((m) => !m.participants.includes(pair[0]))).toBe(true);
  });
});

describe("a coordinated clause with a subject of its own", () => {
  it.each([
    [
      "the Joint Commission is due to meet ... under the chairmanship of",
      "Abidjan (AIP) – President Alassane Ouattara held talks with Ghanaian President John Mahama in Abidjan on Wednesday.\n\nThe two Presidents last met in Accra in December, and the Joint Commission is due to meet in Accra in June under the chairmanship of Foreign Minister Leon Adom and Foreign Minister Samuel Ablakwa.",
    ],
    [
      "the joint committee will meet ..., co-chaired by",
      "Abidjan (AIP) – President Alassane Ouattara held talks with Ghanaian President John Mahama in Abidjan on Wednesday.\n\nThe two leaders last met in Accra in December, while the joint committee will meet in Accra in June, co-chaired by Foreign Minister Leon Adom and Foreign Minister Samuel Ablakwa.",
    ],
  ])("%s", (_, body) => {
    const planned = meetings(body, "2026-03-11").filter((m) => m.status === "planned");
    expect(planned.some((m) => m.participants.includes("Alassane Ouattara"))).toBe(false);
  });
});
