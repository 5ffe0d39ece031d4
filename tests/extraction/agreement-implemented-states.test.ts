// Later states told after a signing (issue #11): "signed in 2023, is being implemented", "continues to be implemented",
// a plural subject "X, signed in 2017, and the Y remain in force", "the Protocol to the 1990 Treaty on X, signed in 2005,
// has been in force since"; a negotiation "in its final stage" or "under discussion since last year, remains under
// negotiation"; "agreed to begin negotiations on a revision of the Convention" (proposed).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const status = (doc: ReturnType<typeof run>, word: string) => doc.agreements.find((a) => a.title.includes(word))?.status;

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

describe("an instrument attached to another", () => {
  it("'The Supplementary Protocol to the 1990 Treaty on X, signed in 2005, has been in force since 2006' is in force", () => {
    const doc = run("The Supplementary Protocol to the 1990 Treaty on the Delimitation of the River Border, signed in 2005, has been in force since 2006, the minister told reporters.", "2026-05-12");
    expect(status(doc, "Supplementary Protocol")).toBe("in_force");
  });
});

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
