// Two readings of an instrument's sentence (issue #11, agreements): working or moving towards an instrument is an
// intention, so it is proposed, not in force; and "for another four years" says how long it runs, not what it is about.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("working towards an instrument", () => {
  const doc = run(
    "The two sides are working towards concluding a bilateral investment treaty by the end of the year. The two countries are moving towards a free trade agreement.",
    "2026-09-16",
  );

  it("is proposed", () => {
    expect(doc.agreements.map((a) => [a.title, a.status])).toEqual([
      ["bilateral investment treaty", "proposed"],
      ["free trade agreement", "proposed"],
    ]);
  });
});

describe("a renewal's length", () => {
  const doc = run("The parties renewed the fisheries protocol for another four years and extended the air services agreement for a further two years.", "2026-09-16");

  it("is no part of the title", () => {
    expect(doc.agreements.map((a) => a.title)).toEqual(["fisheries protocol", "air services agreement"]);
  });
});

describe("a second infinitive coordinated after a title", () => {
  const doc = run(
    "The two sides further agreed to finalise negotiations on the Memorandum of Understanding on Cooperation in the Field of Energy and to start negotiations on an Agreement on Mutual Legal Assistance in Criminal Matters.",
    "2026-09-16",
  );

  it("ends the first title and opens the second instrument", () => {
    expect(doc.agreements.map((a) => [a.title, a.status])).toEqual([
      ["Memorandum of Understanding on Cooperation in the Field of Energy", "under_negotiation"],
      ["Agreement on Mutual Legal Assistance in Criminal Matters", "proposed"],
    ]);
  });
});
