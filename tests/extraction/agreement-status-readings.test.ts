// Status readings met on secretariat, broadcaster and newswire copy (issue #11): a text prepared "for adoption" at a
// later summit is proposed; "has been in force since" is in force though a signing is told of another instrument in
// the next sentence; "signed ... and ratified by both parliaments" is in force; a "review of" an agreement that "is
// ongoing" is under negotiation; a revised agreement "first signed ... is still being negotiated" is under negotiation.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const status = (doc: ReturnType<typeof run>, word: string) => doc.agreements.find((a) => a.title.includes(word))?.status;

describe("status readings", () => {
  it("a joint statement prepared 'for adoption' at a later summit is proposed", () => {
    const doc = run("Foreign Minister Ana Costa and Foreign Minister Lee Kinyanjui agreed to draw up a Joint Statement on Maritime Safety for adoption at the next summit in Nairobi.", "2026-05-12");
    expect(status(doc, "Maritime Safety")).toBe("proposed");
  });

  it("a declaration 'to be submitted for adoption' is proposed", () => {
    const doc = run("Foreign Minister Ana Costa said the Declaration on Ocean Governance would be submitted for adoption by the leaders in June.", "2026-05-12");
    expect(status(doc, "Ocean Governance")).toBe("proposed");
  });

  it("'has been in force since' is in force", () => {
    const doc = run("The Lakeside Interim Trade Agreement has been in force since March 2024, removing duties on most goods. The broader Comprehensive Framework Agreement still awaits ratification.", "2026-05-12");
    expect(status(doc, "Lakeside")).toBe("in_force");
    expect(status(doc, "Comprehensive")).toBe("signed");
  });

  it("'signed in 2023 and ratified by both parliaments' is in force", () => {
    const doc = run("President Amos Banda thanked Kigali for the Framework Agreement on Defence Cooperation, signed in March 2023 and ratified by both parliaments the same year.", "2026-05-12");
    expect(status(doc, "Defence Cooperation")).toBe("in_force");
  });

  it("a review of an agreement that 'is ongoing' is under negotiation", () => {
    const doc = run("Both sides noted that the review of the Lakeside Trade in Goods Agreement is ongoing and agreed to work for its early conclusion.", "2026-05-12");
    expect(status(doc, "Trade in Goods")).toBe("under_negotiation");
  });

  it("a revised agreement 'first signed in 1960 ... is still being negotiated' is under negotiation", () => {
    const doc = run("A revised agreement on border crossing points, first signed in 1960 and last amended in 2008, is still being negotiated, Foreign Minister Ana Costa said.", "2026-05-12");
    expect(status(doc, "border crossing")).toBe("under_negotiation");
  });
});

describe("negotiations told of something else", () => {
  it("'entered into force ..., and negotiations on another arrangement are ongoing' stays in force", () => {
    const doc = run("The Agreement on Technical Cooperation 2024, signed in May, entered into force in July, and negotiations on a visa arrangement are ongoing.", "2026-05-12");
    expect(status(doc, "Technical Cooperation")).toBe("in_force");
  });

  it("'has never been ratified, and a revised text is being negotiated' stays signed", () => {
    const doc = run("The Tripartite Agreement on the Lakeside Railway, which the three countries signed in 2009, has never been ratified, and officials said a revised text is now being negotiated.", "2026-05-12");
    expect(status(doc, "Lakeside Railway")).toBe("signed");
  });
});
