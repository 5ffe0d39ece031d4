// "The two leaders had spoken by phone in January", "X had spoken with Y by phone on February 12": the past participle
// tells the same call as "spoke by phone" (issue #11).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const calls = (body: string) =>
  run(body, "2024-03-05")
    .meetings.filter((m) => m.kind === "phone_call")
    .map((m) => [m.date, [...m.participants].sort()]);

const LEAD = "ROME, March 5 (Agency) -- Italian Prime Minister Giorgia Meloni met Kenyan President William Ruto in Rome on Tuesday.";

describe("a call told with the participle spoken", () => {
  it("with a coordinated subject and no object", () => {
    expect(calls(`${LEAD} The two leaders had spoken by phone in January, shortly after the election.`)).toEqual([["2024-01", ["Giorgia Meloni", "William Ruto"]]]);
  });
  it("with the other party before by phone", () => {
    expect(calls(`${LEAD} Foreign Minister Antonio Tajani said Meloni had spoken with Ruto by phone on February 12 to prepare the visit.`)).toEqual([
      ["2024-02-12", ["Giorgia Meloni", "William Ruto"]],
    ]);
  });
});
