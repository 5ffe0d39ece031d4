// A role refers back, not ahead (issue #11, batch15): "the Bangladeshi envoy" before the Bangladeshi ambassador is first
// named is the Bangladeshi already named (the visiting adviser), so a later short name shared by both stays his.
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
