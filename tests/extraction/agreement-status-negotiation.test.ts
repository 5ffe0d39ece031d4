// Negotiations and their stages (issue #11, agreements): "in its final stage", "at an advanced stage", "under
// discussion since last year, remains under negotiation" are under negotiation; a "review of" an agreement that "is
// ongoing" and a revised agreement "first signed ... is still being negotiated" are too; negotiations still to start
// ("agreed to begin negotiations on a revision of the Convention", "will start talks on updating the Treaty") only
// propose the instrument.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const status = (doc: ReturnType<typeof run>, word: string) => doc.agreements.find((a) => a.title.includes(word))?.status;
const lead = "Foreign Minister Ana Costa met Foreign Minister Lee Kinyanjui in Nairobi on Monday. ";

describe("negotiations at a stage", () => {
  it("'in its final stage, is expected to be signed' is under negotiation", () => {
    const doc = run("A memorandum on maritime search and rescue, in its final stage, is expected to be signed in the spring, the minister said.", "2026-05-12");
    expect(status(doc, "search and rescue")).toBe("under_negotiation");
  });

  it("'are at an advanced stage' is under negotiation", () => {
    const doc = run("Negotiations on an agreement on the mutual protection of investments are at an advanced stage, the ministers said.", "2026-05-12");
    expect(status(doc, "protection of investments")).toBe("under_negotiation");
  });

  it("'under discussion since last year, remains under negotiation' is under negotiation and ends the title", () => {
    const doc = run("A framework agreement on the use of the port of Ardmore, under discussion since last year, remains under negotiation, officials said.", "2026-05-12");
    const a = doc.agreements.find((x) => x.title.includes("Ardmore"));
    expect(a?.status).toBe("under_negotiation");
    expect(a?.title).toBe("framework agreement on the use of the port of Ardmore");
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

describe("reviews and revisions under way", () => {





  it("a review of an agreement that 'is ongoing' is under negotiation", () => {
    const doc = run("Both sides noted that the review of the Lakeside Trade in Goods Agreement is ongoing and agreed to work for its early conclusion.", "2026-05-12");
    expect(status(doc, "Trade in Goods")).toBe("under_negotiation");
  });

  it("a revised agreement 'first signed in 1960 ... is still being negotiated' is under negotiation", () => {
    const doc = run("A revised agreement on border crossing points, first signed in 1960 and last amended in 2008, is still being negotiated, Foreign Minister Ana Costa said.", "2026-05-12");
    expect(status(doc, "border crossing")).toBe("under_negotiation");
  });
});

describe("a negotiation still to start on changing an instrument", () => {
  it("'agreed to begin negotiations on a revision of the Convention on Social Security' is proposed", () => {
    const doc = run("The two governments also agreed to begin negotiations on a revision of the Convention on Social Security.", "2026-05-12");
    expect(status(doc, "Social Security")).toBe("proposed");
  });

  it("'will start talks on updating the Treaty of Commerce' is proposed", () => {
    const doc = run("The ministers said they will start talks on updating the Treaty of Commerce and Navigation next year.", "2026-05-12");
    expect(status(doc, "Commerce")).toBe("proposed");
  });

  it("'to launch negotiations on an amendment to the Air Services Agreement' is proposed", () => {
    const doc = run("The two sides agreed to launch negotiations on an amendment to the Air Services Agreement.", "2026-05-12");
    expect(status(doc, "Air Services")).toBe("proposed");
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

describe("a text concluded but still to be signed", () => {
  it.each([
    ["Costa will review the Arland-Bovia trade agreement, which was concluded in March and is yet to be signed.", "Arland-Bovia"],
    ["The Agreement on River Shipping, finalised last month, has not yet been signed, Costa said.", "River Shipping"],
    ["The two sides concluded a memorandum on port fees, which is awaiting signature by the ministers.", "port fees"],
  ])("%s", (sentence, word) => {
    expect(status(run(lead + sentence, "2026-05-12"), word)).toBe("under_negotiation");
  });

  it("a signing still to come for another instrument leaves a signed one signed", () => {
    const doc = run(`${lead}The Agreement on River Shipping was signed in 2024, and a protocol on port fees is yet to be signed.`, "2026-05-12");
    expect(status(doc, "River Shipping")).toBe("signed");
  });
});
