// Later states of an instrument told after its signing (issue #11, agreements): the later state in the same clause wins
// ("signed in January 2022, is in force", "signed in 2016 and in force since 2020", "is formally in force but frozen",
// "signed in 2023, is being implemented", "continues to be implemented", "signed ... and ratified by both parliaments"),
// except a contract, which is carried out, not in force; two instruments of one plural subject share the state
// ("X, signed in 2017, and the Y remain in force", "..., signed in 2018, are both in force"); an instrument "to" an
// earlier one ("the Supplementary Protocol to the 1990 Treaty on X, signed in 2005, has been in force since") is one
// instrument; a state told of the instrument replaced ("revising the one in force since 1999") or of another
// instrument in a clause of its own does not count.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const status = (doc: ReturnType<typeof run>, word: string) => doc.agreements.find((a) => a.title.includes(word))?.status;
const lead = "Foreign Minister Ana Costa met Foreign Minister Lee Kinyanjui in Nairobi on Monday. ";

describe("a later state after the signing", () => {
  it("'signed in January 2022, is in force' is in force", () => {
    const doc = run("The Agreement on the Lakeside Railway, signed in January 2022, is in force, the two ministers said in Kigoma on Monday.", "2026-05-12");
    expect(status(doc, "Lakeside")).toBe("in_force");
  });

  it("'signed in 2016 and in force since 2020, will be updated' is in force", () => {
    const doc = run("The Agreement on the Avoidance of Double Taxation, signed in 2016 and in force since 2020, will be updated, the ministers said.", "2026-05-12");
    expect(status(doc, "Double Taxation")).toBe("in_force");
  });

  it("'is formally in force but frozen' is in force", () => {
    const doc = run("The Treaty of Friendship and Coordination, signed in 1991, is formally in force but has been frozen in practice.", "2026-05-12");
    expect(status(doc, "Friendship")).toBe("in_force");
  });

  it("a state told after 'revising the one' belongs to the instrument replaced", () => {
    const doc = run("Foreign Minister Ana Costa and Kenyan Foreign Minister Lee Kinyanjui signed an agreement on the avoidance of double taxation, revising the one in force since 1999.", "2026-05-12");
    expect(status(doc, "double taxation")).toBe("signed");
  });
});

describe("implemented after the signing", () => {
  it("'signed in 2023, is being implemented' is in force", () => {
    const doc = run("The ministers noted that the agreement on the Lakeside ferry service, signed in 2023, is being implemented.", "2026-05-12");
    expect(status(doc, "Lakeside")).toBe("in_force");
  });

  it("'signed in May 2024, continues to be implemented' is in force", () => {
    const doc = run("The Agreement on Port Cooperation between Arland and Bovia, signed in May 2024, continues to be implemented, the ministers said.", "2026-05-12");
    expect(status(doc, "Port Cooperation")).toBe("in_force");
  });

  it("'are now being implemented' is in force", () => {
    const doc = run("The memorandum on customs cooperation, signed last year, and the Transit Agreement are now being implemented, officials said.", "2026-05-12");
    expect(status(doc, "customs cooperation")).toBe("in_force");
  });

  it("a contract 'signed in June 2024, is being implemented' stays signed", () => {
    const doc = run("The contract for the supply of patrol boats, signed in June 2024, is being implemented on schedule, the minister said.", "2026-05-12");
    expect(status(doc, "patrol boats")).toBe("signed");
  });
});

describe("a signed instrument now applied", () => {
  it.each([
    "The two sides noted that the agreement on the shipping line between Mombasa and Beira, signed in 2023, is being implemented.",
    "The Agreement on the Shipping Line, signed in May 2024, continues to be implemented.",
    "The Agreement on the Shipping Line, signed in 2019, is now being implemented in full.",
  ])("%s", (sentence) => {
    expect(status(run(lead + sentence, "2026-05-12"), "hipping")).toBe("in_force");
  });

  it("a signing still to be implemented stays signed", () => {
    expect(status(run(`${lead}The two ministers signed an Agreement on the Shipping Line, which will be implemented from next year.`, "2026-05-12"), "Shipping")).toBe("signed");
  });
});

describe("in force, ratified", () => {



  it("'has been in force since' is in force", () => {
    const doc = run("The Lakeside Interim Trade Agreement has been in force since March 2024, removing duties on most goods. The broader Comprehensive Framework Agreement still awaits ratification.", "2026-05-12");
    expect(status(doc, "Lakeside")).toBe("in_force");
    expect(status(doc, "Comprehensive")).toBe("signed");
  });

  it("'signed in 2023 and ratified by both parliaments' is in force", () => {
    const doc = run("President Amos Banda thanked Kigali for the Framework Agreement on Defence Cooperation, signed in March 2023 and ratified by both parliaments the same year.", "2026-05-12");
    expect(status(doc, "Defence Cooperation")).toBe("in_force");
  });


});

describe("two instruments of one plural subject", () => {
  it("'X, signed in 2017, and the Host Government Agreement remain in force' puts X in force", () => {
    const doc = run("The Intergovernmental Agreement on the Coastal Pipeline, signed in 2017, and the Host Government Agreement remain in force, officials said.", "2026-05-12");
    expect(status(doc, "Coastal Pipeline")).toBe("in_force");
  });

  it("'X, signed in 2019, and a new Protocol were signed' does not", () => {
    const doc = run("The Agreement on Fisheries, signed in 2019, is under review, and the two ministers signed a Protocol on Aquaculture.", "2026-05-12");
    expect(status(doc, "Fisheries")).not.toBe("in_force");
  });
});

describe("two instruments sharing one predicate", () => {
  it.each([
    "The Intergovernmental Agreement on the Pipeline, signed in 2017, and the Host Government Agreement remain in force, officials said.",
    "The Intergovernmental Agreement on the Pipeline, signed in 2017, and the Host Government Agreement, signed in 2018, are both in force.",
  ])("%s", (sentence) => {
    const doc = run(lead + sentence, "2026-05-12");
    expect(status(doc, "Pipeline")).toBe("in_force");
    expect(status(doc, "Host Government")).toBe("in_force");
  });
});

describe("an instrument attached to another", () => {
  it("'The Supplementary Protocol to the 1990 Treaty on X, signed in 2005, has been in force since 2006' is in force", () => {
    const doc = run("The Supplementary Protocol to the 1990 Treaty on the Delimitation of the River Border, signed in 2005, has been in force since 2006, the minister told reporters.", "2026-05-12");
    expect(status(doc, "Supplementary Protocol")).toBe("in_force");
  });
});

describe("a supplement to an earlier instrument", () => {
  it.each([
    ["The Supplementary Treaty to the 1985 Treaty on the Delimitation of the Border, signed in 2005, has been in force since 2006.", "Supplementary Treaty to the 1985 Treaty on the Delimitation of the Border"],
    ["The Additional Protocol to the 1998 Agreement on Fisheries, signed in 2012, is in force.", "Additional Protocol to the 1998 Agreement on Fisheries"],
  ])("%s", (sentence, title) => {
    const doc = run(lead + sentence, "2026-05-12");
    expect(doc.agreements.map((a) => [a.title, a.status])).toEqual([[title, "in_force"]]);
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
