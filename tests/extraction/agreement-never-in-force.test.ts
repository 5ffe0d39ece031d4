// Statuses and instruments of batch17 (issue #11, agreements): a negated entry into force ("which both countries
// signed in 2008, has never entered into force") leaves an instrument signed; a lower-case instrument named by its
// field ("The visa waiver agreement between the two countries, in force since 2004") is not the named agreement told
// before it; a protocol to an
// agreement ("a Double Taxation Avoidance Agreement protocol", "a protocol amending the Double Taxation Avoidance
// Agreement") is a protocol, not the agreement.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const rows = (doc: ReturnType<typeof run>) => doc.agreements.map((a) => [a.kind, a.title, a.status]);

describe("an entry into force that never came", () => {
  it.each([
    ["The Regional Fisheries Treaty, which both countries signed in 2011, has never entered into force.", "Regional Fisheries Treaty"],
    ["The Extradition Treaty, signed in 1999, never came into force.", "Extradition Treaty"],
    ["The Air Services Agreement, signed in 2015, has not entered into force.", "Air Services Agreement"],
  ])("%s", (body, title) => {
    const doc = run(`President Ana Ruiz met Prime Minister Tomas Berg in Lima on Monday. ${body}`, "2026-08-14");
    expect(doc.agreements.find((a) => a.title === title)?.status).toBe("signed");
  });
});

describe("an instrument named by its field", () => {
  it("'The visa waiver agreement between the two countries, in force since 2004' after another named agreement", () => {
    const doc = run(
      "The two ministers signed an Agreement on the Mutual Protection of Investments on Monday. The visa waiver agreement between the two countries, in force since 2004, was also reviewed.",
      "2026-08-14",
    );
    expect(rows(doc)).toEqual([
      ["agreement", "Agreement on the Mutual Protection of Investments", "signed"],
      ["agreement", "visa waiver agreement between the two countries", "in_force"],
    ]);
  });
});

describe("a protocol to an agreement", () => {
  it("'a Double Taxation Avoidance Agreement protocol' is a protocol", () => {
    const doc = run("The two sides signed a Memorandum of Understanding on Fisheries and a Double Taxation Avoidance Agreement protocol.", "2026-08-14");
    expect(rows(doc)).toEqual([
      ["mou", "Memorandum of Understanding on Fisheries", "signed"],
      ["protocol", "Double Taxation Avoidance Agreement protocol", "signed"],
    ]);
  });

  it("'a protocol amending the Double Taxation Avoidance Agreement' is a protocol", () => {
    const doc = run("The two ministers signed a protocol amending the Double Taxation Avoidance Agreement on Monday.", "2026-08-14");
    expect(doc.agreements.map((a) => a.kind)).toEqual(["protocol"]);
    expect(doc.agreements[0].status).toBe("signed");
  });
});
