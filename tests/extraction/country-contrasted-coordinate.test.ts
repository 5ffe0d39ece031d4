// "Energy Minister A and Bulgarian Ambassador B joined the second part of the meeting": the subject a coordination leaves
// unqualified beside a partner qualified by a demonym is set against that partner; "with A and Australian Ambassador B
// taking part", a prepositional list, names one side (issue #11, countries).
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

const lead =
  "Foreign Minister Georg Petrov was received by the President of Azerbaijan Ilham Aliyev in Baku on Thursday, on the second day of his visit to the country. The talks focused on Azerbaijani gas deliveries to Bulgaria. On Wednesday, Petrov held talks with his Azerbaijani counterpart Jeyhun Bayram. ";

describe("an unqualified subject beside a qualified partner", () => {
  it("is of the other side", () => {
    const doc = run(`${lead}Energy Minister Parviz Shahin and Bulgarian Ambassador to Azerbaijan Nikolai Apostol joined the second part of the meeting.`, "2025-12-05");
    expect([official(doc, "Parviz Shahin")?.country, official(doc, "Nikolai Apostol")?.country]).toEqual(["AZ", "BG"]);
  });

  it("after 'with', the two are one side's", () => {
    const doc = run(`${lead}The talks went on with Deputy Minister Ivan Kolev and Bulgarian Ambassador to Azerbaijan Nikolai Apostol taking part.`, "2025-12-05");
    expect(official(doc, "Ivan Kolev")?.country).not.toBe("AZ");
  });
});
