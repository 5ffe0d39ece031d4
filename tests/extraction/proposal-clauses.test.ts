// Who makes an act (issue #11, proposals, fourth pass): a verb joined by "and" shares its clause's
// subject, not the object named just before it; "the proposed X" is an adjective, not an act; a speaker
// named by rank or style ("the Deputy Secretary", "the Vice-Senior General", "the Premier", "His Majesty",
// "HRH the Crown Prince", "the monarch", "the Equatorial Guinean Vice-President", "The Rwandan Head of State")
// is the official whose title has that rank.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const acts = (body: string, date: string) => run(body, date).proposals.map((p) => [p.speaker, p.kind]);

describe("a verb joined by 'and' shares the clause's subject", () => {
  it.each([
    [
      "Accra (GNA) – President John Mahama on Thursday hosted Senegalese Prime Minister Ousmane Sonko at Jubilee House and urged the two countries to link their power grids before 2027.",
      "2025-06-06",
      [["John Mahama", "call"]],
    ],
    [
      "Brasilia (ABr) – During the meeting, Foreign Minister Mauro Vieira thanked Chilean Foreign Minister Alberto van Klaveren for his support and invited Chilean firms to bid for the bioceanic corridor works.",
      "2024-04-10",
      [["Mauro Vieira", "invitation"]],
    ],
    [
      "Tbilisi (GPB) – Economy Minister Levan Davitashvili also met the Azerbaijani minister on Friday and asked Baku to open a second rail freight slot.",
      "2024-03-09",
      [["Levan Davitashvili", "request"]],
    ],
  ])("%s", (body, date, expected) => {
    expect(acts(body, date)).toEqual(expected);
  });

  it("a new subject after 'and' keeps its own act", () => {
    expect(
      acts(
        "Accra (GNA) – President John Mahama on Thursday hosted Senegalese Prime Minister Ousmane Sonko, and Prime Minister Ousmane Sonko proposed a joint gas pipeline study.",
        "2025-06-06",
      ),
    ).toEqual([["Ousmane Sonko", "proposal"]]);
  });
});

describe("clauses with a subject of their own, and participles without one", () => {
  it("'A urged X ..., and Japanese Foreign Minister B asked ...': B's act, the title between the comma and the name", () => {
    expect(
      acts(
        "Seoul (Yonhap) – Foreign Minister Cho Tae-yul urged Japan to return the archives, and Japanese Foreign Minister Takeshi Iwaya asked Seoul to lift the seafood ban.",
        "2024-10-16",
      ),
    ).toEqual([
      ["Cho Tae-yul", "call"],
      ["Takeshi Iwaya", "request"],
    ]);
  });

  it("'A met B on Monday, proposing ...' is A's act", () => {
    expect(acts("Seoul (Yonhap) – Foreign Minister Cho Tae-yul met Japanese Foreign Minister Takeshi Iwaya on Monday, proposing a joint fisheries study.", "2024-10-16")).toEqual([
      ["Cho Tae-yul", "proposal"],
    ]);
  });

  it("'The visiting minister called on ...' is the guest, not the host named last", () => {
    expect(
      acts(
        "SEOUL, Oct 15 (Yonhap) – Foreign Minister Cho Tae-yul met Japanese Foreign Minister Takeshi Iwaya on Monday. The visiting minister called on Korea to ease visa rules for students.",
        "2024-10-16",
      ),
    ).toEqual([["Takeshi Iwaya", "call"]]);
  });
});

describe("a passive act with its agent", () => {
  it("'Y was invited by Foreign Minister X to ...' is X's invitation", () => {
    expect(
      run(
        "Seoul (Yonhap) – Foreign Minister Cho Tae-yul met Japanese Foreign Minister Takeshi Iwaya on Monday. Iwaya was invited by Foreign Minister Cho to visit Busan for the expo.",
        "2024-10-16",
      ).proposals.map((p) => [p.speaker, p.kind, p.text]),
    ).toEqual([["Cho Tae-yul", "invitation", "to visit Busan for the expo"]]);
  });

  it("a passive with no agent is no act", () => {
    expect(acts("Seoul (Yonhap) – Foreign Minister Cho Tae-yul met Japanese Foreign Minister Takeshi Iwaya on Monday. Iwaya was invited to visit Busan.", "2024-10-16")).toEqual([]);
  });
});

describe("'the proposed X' is not an act", () => {
  it("agreed to speed up talks on the proposed free trade agreement", () => {
    expect(
      acts(
        "Dhaka (BSS) – Prime Minister Sheikh Hasina held talks with Bhutanese Prime Minister Tshering Tobgay on Monday. The two leaders agreed to speed up negotiations on the proposed Bangladesh-Bhutan free trade agreement.",
        "2024-03-19",
      ),
    ).toEqual([]);
  });
});

describe("a speaker named by rank or style", () => {
  it.each([
    [
      "Washington (State) – Deputy Secretary of State Richard Verma and Secretary of State Antony Blinken met Vietnamese Foreign Minister Bui Thanh Son on Monday. The Deputy Secretary invited Vietnamese firms to the SelectUSA summit.",
      "2024-05-14",
      "Richard Verma",
    ],
    [
      "Naypyitaw (MNA) – Senior General Min Aung Hlaing and Vice-Senior General Soe Win received Thai Foreign Minister Maris Sangiampongsa on Monday. The Vice-Senior General invited Thai investors to the Dawei zone.",
      "2024-11-12",
      "Soe Win",
    ],
    [
      "Colombo (LBO) – Prime Minister Harini Amarasuriya received Indian High Commissioner Santosh Jha on Friday. The Premier invited Indian universities to open campuses in Sri Lanka.",
      "2025-03-08",
      "Harini Amarasuriya",
    ],
    [
      "Amman (Petra) – King Abdullah met visiting Italian Defence Minister Guido Crosetto on Sunday. His Majesty called for an immediate halt to the fighting in Gaza.",
      "2024-02-19",
      "Abdullah",
    ],
    [
      "Rabat (MAP) – King Mohammed VI spoke by phone with French President Emmanuel Macron on Friday, in which the monarch invited him to visit the kingdom in the autumn.",
      "2024-03-09",
      "Mohammed VI",
    ],
  ])("%s", (body, date, speaker) => {
    expect(acts(body, date).map(([s]) => s)).toEqual([speaker]);
  });

  it("'The Equatorial Guinean Vice-President invited' is the vice-president of that country, hyphen and all", () => {
    expect(
      acts(
        "Abuja (NAN) – President Bola Tinubu received the Vice-President of Equatorial Guinea Teodoro Nguema Obiang Mangue on Monday. The Equatorial Guinean Vice-President invited Nigerian firms to bid for the Bioko gas contracts.",
        "2025-09-16",
      ).map(([s]) => s),
    ).toEqual(["Teodoro Nguema Obiang Mangue"]);
  });
});
