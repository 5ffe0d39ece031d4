// Agreement states on batches 18-20 (issue #11, agreements, round twelve): an instrument "signed in 2023, is being
// implemented" (or "continues to be implemented") is in force ("remains the legal basis" is not read: batch09 and batch12
// annotate it signed, batch19 in force); two instruments sharing a plural
// "remain in force" are both in force; "in its final stage" is under negotiation; "agreed to begin negotiations on a
// revision of the Convention" proposes it; "the Supplementary Treaty to the 1985 Treaty on ..." is one instrument.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const status = (doc: ReturnType<typeof run>, word: string) => doc.agreements.find((a) => a.title.includes(word))?.status;
const lead = "Foreign Minister Ana Costa met Foreign Minister Lee Kinyanjui in Nairobi on Monday. ";

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

describe("stages of negotiation", () => {
  it.each([
    "A memorandum on search and rescue, in its final stage, is expected to be signed in the spring, Costa said.",
    "A memorandum on search and rescue, now in its final stages, could be signed in the spring.",
    "A memorandum on search and rescue, at an advanced stage, is expected to be signed in the spring.",
  ])("%s", (sentence) => {
    expect(status(run(lead + sentence, "2026-05-12"), "search and rescue")).toBe("under_negotiation");
  });
});

describe("negotiations to begin on a revision", () => {
  it.each([
    "The two Governments also agreed to begin negotiations on a revision of the Convention on Social Security.",
    "The ministers agreed to launch talks on an update of the Convention on Social Security.",
    "The two sides will start negotiations on amendments to the Convention on Social Security.",
  ])("%s", (sentence) => {
    expect(status(run(lead + sentence, "2026-05-12"), "Social Security")).toBe("proposed");
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
