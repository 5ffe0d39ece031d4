// A role refers back, not ahead (issue #11, batch15): "the Bangladeshi envoy" before the Bangladeshi ambassador is first
// named is the Bangladeshi already named (the visiting adviser), so a later short name shared by both stays his; and
// "the two ministers" of that report are the Foreign Minister and the Adviser for Foreign Affairs.
import { describe, expect, it } from "vitest";
import { meetings, run } from "./helpers.ts";

const body = [
  "KUWAIT CITY, Jan 29: Prime Minister Sheikh Ahmad Nasser Al-Sabah received on Thursday the visiting Adviser for Foreign Affairs of Bangladesh, Rafiq Karim Hossain, in the presence of Foreign Minister Salem Al-Otaibi.",
  "During the meeting, the Bangladeshi envoy conveyed the greetings of the Chief Adviser and invited the Prime Minister to visit Dhaka.",
  "Hossain requested that Kuwait resume the recruitment of Bangladeshi nurses.",
  "Earlier in the day, Foreign Minister Al-Otaibi and Hossain held the second round of political consultations, which was attended by Bangladesh Ambassador to Kuwait Nurul Amin Hossain.",
].join("\n\n");

describe("a role before the one it could name is first named", () => {
  it("'the Bangladeshi envoy' is the adviser named before, and 'Hossain' stays his", () => {
    const doc = run(body, "2026-01-29");
    expect(doc.proposals.map((p) => p.speaker)).toEqual(["Rafiq Karim Hossain", "Rafiq Karim Hossain"]);
    expect(meetings(body, "2026-01-29")).toEqual([
      ["2026-01-29", "held", ["Ahmad Nasser Al-Sabah", "Rafiq Karim Hossain", "Salem Al-Otaibi"]],
      ["2026-01-29", "held", ["Nurul Amin Hossain", "Rafiq Karim Hossain", "Salem Al-Otaibi"]],
    ]);
  });
});

describe("'the two ministers' with an adviser for foreign affairs", () => {
  it("'The two ministers last met in New York ... They will meet again in Dhaka': the minister and the adviser, not the Prime Minister", () => {
    const text = [
      body,
      "The two ministers last met in New York in September 2025. They will meet again in Dhaka in October for the third round of consultations.",
    ].join("\n\n");
    expect(meetings(text, "2026-01-29").slice(2)).toEqual([
      ["2025-09", "held", ["Rafiq Karim Hossain", "Salem Al-Otaibi"]],
      ["2026-10", "planned", ["Rafiq Karim Hossain", "Salem Al-Otaibi"]],
    ]);
  });
});
