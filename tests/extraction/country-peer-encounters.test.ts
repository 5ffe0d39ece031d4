// Sides of an encounter in a report on two countries (issue #11): the one host and the one guest of a larger encounter
// ("X received Y; the meeting was also attended by the two ambassadors") are of different sides, as the two parties of a
// two-party one are; two holders of one office in a two-party encounter that only context placed ("the meeting between
// President A and President B in March") are one of each side, the first named the writer's; so are the two co-chairs of
// a body ("the Business Council, co-chaired by President A and Prime Minister B"), whatever their offices.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("the host and the guest of a larger encounter", () => {
  it("'X received the Minister of Foreign Affairs of Chile, Y', attended by both ambassadors: X is of the other side", () => {
    const doc = run(
      "The Minister of Foreign Affairs, Tomas Quiroga, received today at the ministry the Minister of Foreign Affairs of the Republic of Chile, Alberto Valdivia. " +
        "The meeting was also attended by the Peruvian Ambassador to Chile, Rosa Llosa, and the Chilean Ambassador to Peru, Ignacio Bunster. " +
        "Chile and Peru agreed to strengthen border cooperation, and Chile offered support to Peru's fisheries.",
      "2026-05-12",
      "Foreign Minister receives Chilean counterpart",
    );
    expect(official(doc, "Tomas Quiroga")?.country).toBe("PE");
  });
});

describe("two peers in a two-party encounter", () => {
  const visit =
    "Foreign Minister Clara Mendes received Kenyan Foreign Minister Joseph Otieno at the Itamaraty Palace on Monday. " +
    "Also taking part was the Kenyan High Commissioner, Ruth Wanjiru. Brazil and Kenya agreed to expand cooperation on agriculture, and Kenya invited Brazilian firms to invest. ";

  it("'the meeting between President A and President B in Nairobi in March': A is the writer's side, B the other", () => {
    const doc = run(`${visit}The visit follows the meeting between President Paulo Arantes and President Daniel Kiprop in Nairobi in March.`, "2026-06-10");
    expect(official(doc, "Paulo Arantes")?.country).toBe("BR");
    expect(official(doc, "Daniel Kiprop")?.country).toBe("KE");
  });

  it("'President A and President B met in Nairobi in March' too", () => {
    const doc = run(`${visit}President Paulo Arantes and President Daniel Kiprop met in Nairobi in March.`, "2026-06-10");
    expect(official(doc, "Paulo Arantes")?.country).toBe("BR");
    expect(official(doc, "Daniel Kiprop")?.country).toBe("KE");
  });

  it("'President B held talks with President A' puts the first named on the writer's side", () => {
    const doc = run(`${visit}In March, President Paulo Arantes held talks with President Daniel Kiprop in Nairobi.`, "2026-06-10");
    expect(official(doc, "Paulo Arantes")?.country).toBe("BR");
    expect(official(doc, "Daniel Kiprop")?.country).toBe("KE");
  });

  it("a foreign minister and a president are not peers: nothing is set against", () => {
    const doc = run(`${visit}The visit follows the meeting between President Paulo Arantes and Minister Joseph Otieno in Nairobi in March.`, "2026-06-10");
    expect(official(doc, "Paulo Arantes")?.country).toBe("BR");
  });
});

describe("the two co-chairs of a body", () => {
  const lead = "Foreign Minister Juma Otieno received his Finnish counterpart Elina Virtanen in Nairobi on Monday. ";
  const tail = " Finland invited Kenya to join a forestry programme, and Kenya asked Finland to open a trade office in Mombasa.";

  it("'convene the Council, co-chaired by President A and Prime Minister B' (a proposal)", () => {
    const doc = run(`${lead}Otieno proposed that Kenya and Finland convene the Joint Business Council, co-chaired by President Samuel Kiptoo and Prime Minister Antti Lahti, in Helsinki next year.${tail}`, "2026-05-12");
    expect(official(doc, "Samuel Kiptoo")?.country).toBe("KE");
    expect(official(doc, "Antti Lahti")?.country).toBe("FI");
  });

  it("'the forum, co-chaired by Trade Minister A and Trade Minister B, met on Tuesday'", () => {
    const doc = run(`${lead}The trade forum, co-chaired by Trade Minister Grace Wekesa and Trade Minister Mikko Salo, met on Tuesday.${tail}`, "2026-05-12");
    expect(official(doc, "Grace Wekesa")?.country).toBe("KE");
    expect(official(doc, "Mikko Salo")?.country).toBe("FI");
  });
});
