// Several encounters in one report, and who the subject of each is (issue #11, meetings, fourth pass):
// "held bilateral meetings with A and B" and "met A, the host of the forum, and B" (leaders of two other
// countries) are one meeting each; "Separately, X met Y" and "X, who accompanied the President, separately
// met Y" take the day just reported and X as subject; "travel to X, where she will meet Y" is the traveller's
// meeting; "He will also meet Z on May 9" is a plan of its own; a plan with no day in a report announcing a
// trip is dated to the trip's month.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string, date: string) =>
  run(body, date).meetings.map((m) => ({ date: m.date, status: m.status, participants: [...m.participants].sort() }));

describe("one meeting per counterpart", () => {
  it("'held bilateral meetings with A and B'", () => {
    const ms = meetings(
      "Vientiane (KPL) – Japanese Prime Minister Shigeru Ishiba on Thursday also held bilateral meetings with Cambodian Prime Minister Hun Manet and Lao Prime Minister Sonexay Siphandone on the sidelines of the summit.",
      "2024-10-11",
    );
    expect(ms.map((m) => m.participants)).toEqual([
      ["Hun Manet", "Shigeru Ishiba"],
      ["Shigeru Ishiba", "Sonexay Siphandone"],
    ]);
  });

  it("'met A, the host of the forum, and B': two leaders of two other countries", () => {
    const ms = meetings(
      "Tirana (ATA) – On Friday, President of Moldova Maia Sandu met with Prime Minister of Albania Edi Rama, the host of the forum, and Prime Minister of Greece Kyriakos Mitsotakis.",
      "2024-05-18",
    );
    expect(ms.map((m) => m.participants)).toEqual([
      ["Edi Rama", "Maia Sandu"],
      ["Kyriakos Mitsotakis", "Maia Sandu"],
    ]);
  });

  it("a joint meeting stays one", () => {
    const ms = meetings(
      "Tirana (ATA) – On Friday, President of Moldova Maia Sandu held a trilateral meeting with Prime Minister of Albania Edi Rama and Prime Minister of Greece Kyriakos Mitsotakis.",
      "2024-05-18",
    );
    expect(ms).toHaveLength(1);
  });
});

describe("the subject of a later encounter", () => {
  it("'Separately, X met Y' takes the day just reported", () => {
    const ms = meetings(
      "Kigali (RBA) – President Paul Kagame held talks with Burundian President Evariste Ndayishimiye on Saturday.\n\nSeparately, Foreign Minister Olivier Nduhungirehe met Burundian Foreign Minister Albert Shingiro.",
      "2024-06-10",
    );
    expect(ms).toEqual([
      { date: "2024-06-08", status: "held", participants: ["Evariste Ndayishimiye", "Paul Kagame"] },
      { date: "2024-06-08", status: "held", participants: ["Albert Shingiro", "Olivier Nduhungirehe"] },
    ]);
  });

  it("'X, who accompanied the President, separately met Y': not the President", () => {
    const ms = meetings(
      "Hanoi (VNA) – President Luong Cuong held talks with Chilean President Gabriel Boric on Monday.\n\nForeign Minister Bui Thanh Son, who accompanied the President, separately met Chilean Foreign Minister Alberto van Klaveren on Monday evening.",
      "2024-11-12",
    );
    expect(ms.map((m) => m.participants)).toEqual([
      ["Gabriel Boric", "Luong Cuong"],
      ["Alberto van Klaveren", "Bui Thanh Son"],
    ]);
  });

  it("'X will lead a mission to Y in May, where she will meet Z' is the traveller's, whoever the paragraph named before", () => {
    const ms = meetings(
      "Kingston (JIS) – Prime Minister Andrew Holness met Barbadian Prime Minister Mia Mottley on Sunday.\n\nForeign Minister Kamina Johnson Smith will lead a trade mission to Nassau in May, where she will meet Bahamian Foreign Minister Fred Mitchell.",
      "2025-03-04",
    );
    expect(ms[1]).toEqual({ date: "2025-05", status: "planned", participants: ["Fred Mitchell", "Kamina Johnson Smith"] });
  });
});

describe("the visitors of the day", () => {
  it("'Earlier, the Vice-President, X, held talks with the visiting delegation': the guest received, and X (not a vice-president named before)", () => {
    const ms = meetings(
      "Accra (GNA) – President John Mahama on Monday received Vice-President of Liberia Jeremiah Koung at Jubilee House.\n\nEarlier, the Vice-President, Jane Opoku-Agyemang, held talks with the visiting delegation at the Foreign Ministry.",
      "2025-05-13",
    );
    expect(ms.map((m) => m.participants)).toEqual([
      ["Jeremiah Koung", "John Mahama"],
      ["Jane Opoku-Agyemang", "Jeremiah Koung"],
    ]);
  });
});

describe("plans in a travel notice", () => {
  it("'He will also meet Z on May 9' and a session with no day take the trip's days and month", () => {
    const ms = meetings(
      "Washington (State) – Under Secretary of State John Bass will travel to Manila, the Philippines, May 8-10. On May 8, the Under Secretary will meet with Foreign Secretary Enrique Manalo. He will also meet Defense Secretary Gilberto Teodoro on May 9. The Under Secretary will also lead the U.S. side at a meeting of the maritime dialogue, co-chaired on the Philippine side by Undersecretary Maria Theresa Lazaro.",
      "2024-05-03",
    );
    expect(ms).toEqual([
      { date: "2024-05-08", status: "planned", participants: ["Enrique Manalo", "John Bass"] },
      { date: "2024-05-09", status: "planned", participants: ["Gilberto Teodoro", "John Bass"] },
      { date: "2024-05", status: "planned", participants: ["John Bass", "Maria Theresa Lazaro"] },
    ]);
  });
});
