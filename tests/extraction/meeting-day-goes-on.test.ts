// "A and B on Wednesday witnessed the signing ... <a sentence with no date at all> A first held a private meeting with
// B": the day told last goes on over a sentence that tells no date, for an encounter of two people named both there and
// in the sentence that told the day; not for others, nor inside a proposal (issue #11, meetings).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const meetings = (body: string) =>
  extract(` date 2026-02-26\nBridge deal signed\n\n${body}\n`, { source: "t.txt" }).meetings.map((m) => [m.date, m.participants.slice().sort().join(" + ")]);

const LEAD =
  "GEORGETOWN – President Mohamed Irfaan Ali and his Surinamese counterpart, Jennifer Geerlings-Simons, on Wednesday witnessed the signing of the Agreement on the Corentyne River Bridge.\n\n" +
  "The agreement was signed at State House by Foreign Minister Hugh Todd and Suriname's Foreign Minister Melvin Bouva, following talks between the two delegations.\n\n";

describe("the day told last, over a sentence with no date", () => {
  it("dates an encounter of two people that sentence named", () => {
    expect(meetings(LEAD + "President Ali held a private meeting with President Geerlings-Simons at his office.")).toContainEqual(["2026-02-25", "Jennifer Geerlings-Simons + Mohamed Irfaan Ali"]);
  });

  it("not one of people that sentence did not name", () => {
    expect(meetings(LEAD + "President Ali held a private meeting with Vice-President Bharrat Jagdeo at his office.")).not.toContainEqual(["2026-02-25", "Bharrat Jagdeo + Mohamed Irfaan Ali"]);
  });

  it("dates no encounter a proposal tells", () => {
    const told = meetings(LEAD + "President Ali proposed that the two countries hold the next session of the joint commission, co-chaired by the two foreign ministers.");
    expect(told.some(([, who]) => who === "Hugh Todd + Melvin Bouva")).toBe(false);
  });
});
