// Countries of officials the report leaves unqualified (issue #11, countries, batch02 and batch15): a report set in one
// country's places gives its bare officials that country, not the partner named only as investors; a plural title
// over as many names as a summit has sides gives one to each, in the headline's order; two signatories of a bilateral
// agreement sign for one side each, in the order the report named its officials.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("countries of unqualified officials", () => {
  it("a report set in a country's places: its bare officials are of it, not of the investors' country", () => {
    const doc = run(
      "Emirati investors are weighing stakes in solar projects in Gauteng, as Emirati funds look for land.\n\n" +
        "Electricity Minister Thabo Mokoena told parliament that the Gauteng projects would be approved this year.",
      "2024-09-12",
      "Emirati capital eyes solar parks",
    );
    expect(official(doc, "Thabo Mokoena")?.country).toBe("ZA");
  });

  it("'The Ministers of Foreign Affairs A, B and C' of a three-country summit, in the headline's order", () => {
    const doc = run(
      "President of the Republic of Tajikistan Emomali Rahmon, President of the Kyrgyz Republic Sadyr Japarov and President of the Republic of Uzbekistan Shavkat Mirziyoyev held a trilateral meeting in Dushanbe today.\n\n" +
        "The Ministers of Foreign Affairs Rustam Nazarov, Almaz Ismailov and Bobur Karimov met on Wednesday to finalise the documents.",
      "2026-04-23",
      "Leaders of Tajikistan, Kyrgyzstan and Uzbekistan meet in Dushanbe",
    );
    expect(["Rustam Nazarov", "Almaz Ismailov", "Bobur Karimov"].map((n) => official(doc, n)?.country)).toEqual(["TJ", "KG", "UZ"]);
  });

  it("two signatories of a bilateral agreement, one for each side", () => {
    const doc = run(
      "Poland's Foreign Minister Jan Nowak and his Ukrainian counterpart Oleh Bondar discussed security guarantees for Ukraine during a video call on Thursday, the Polish foreign ministry said.\n\n" +
        "The two sides reviewed the agreement on security cooperation, signed in Warsaw in July 2024 by Prime Minister Piotr Zielinski and President Taras Melnyk.",
      "2025-02-14",
      "Nowak, Bondar discuss security guarantees",
    );
    expect(official(doc, "Piotr Zielinski")?.country).toBe("PL");
    expect(official(doc, "Taras Melnyk")?.country).toBe("UA");
  });
});
