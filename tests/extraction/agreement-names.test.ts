// One instrument named twice (issue #11, agreements, sixth pass): a name given to it ("..., dubbed the Downing
// Accord") is an alias, not a second instrument; "between the two governments" names the parties any bilateral
// instrument has, so "an agreement on food security" and "an agreement on food security between the two
// governments" are one; an acronym inside a title, followed by the rest of the name ("the Lamu Port-South
// Sudan-Ethiopia Transport (LAPSSET) corridor"), belongs to it, while one before "and the ..." ends it; a plural
// head whose complement names its object ("agreements on the power units of the Kudankulam plant") is an instrument,
// a plural with a generic complement ("agreements on trade") is not.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const titles = (body: string) =>
  run(`President Yoon Suk Yeol met Prime Minister Rishi Sunak in London on Monday. ${body}`, "2025-02-03").agreements.map((a) => [a.kind, a.title, a.evidence.length]);

describe("aliases", () => {
  it("'dubbed the X' names the instrument before it", () => {
    expect(titles("The two leaders signed a joint statement on a global strategic partnership, dubbed the Downing Accord. The Downing Accord sets out cooperation in defence.")).toEqual([
      ["joint_statement", "joint statement on a global strategic partnership", 3],
    ]);
  });
  it("'known as' too, and two instruments that are no alias stay two", () => {
    expect(titles("They signed a treaty on defence cooperation, known as the Thames Treaty, and an agreement on science.")).toEqual([
      ["treaty", "treaty on defence cooperation", 2],
      ["agreement", "agreement on science", 1],
    ]);
  });
});

describe("the parties of a bilateral instrument", () => {
  it("'between the two governments' adds nothing to its name", () => {
    expect(titles("The two leaders witnessed the exchange of an agreement on food security. Officials said the agreement on food security between the two governments covers wheat.")).toEqual([
      ["agreement", "agreement on food security", 2],
    ]);
  });
});

describe("an acronym inside a title", () => {
  it("the name goes on after the acronym", () => {
    expect(titles("The two leaders witnessed the signing of an MoU on the Lamu Port-South Sudan-Ethiopia Transport (LAPSSET) corridor and an agreement on electricity trade.").map((t) => t[1])).toEqual([
      "MoU on the Lamu Port-South Sudan-Ethiopia Transport (LAPSSET) corridor",
      "agreement on electricity trade",
    ]);
  });
  it("an acronym before 'and the' still ends the title", () => {
    expect(titles("Both are parties to the Agreement for Trans-Pacific Partnership (CPTPP) and the Regional Comprehensive Economic Partnership (RCEP).").map((t) => t[1])).toEqual([
      "Agreement for Trans-Pacific Partnership",
      "Regional Comprehensive Economic Partnership",
    ]);
  });
});

describe("plural heads", () => {
  it("a plural whose complement names its object is found", () => {
    expect(titles("The two ministers witnessed the signing of agreements on the construction of the future power units of the Kudankulam nuclear power plant.").map((t) => t[1])).toEqual([
      "agreements on the construction of the future power units of the Kudankulam nuclear power plant",
    ]);
  });
  it("a plural with a generic complement is not", () => {
    expect(titles("The two countries have signed agreements on trade and investment over the years.")).toEqual([]);
  });
});
