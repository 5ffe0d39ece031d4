// "Earlier, HE Minister of State A and HE B co-chaired the fourth round of political consultations": "HE" before a
// capitalised word is the style His Excellency, not the pronoun, so the coordinated subject stays whole. (issue #11)
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const meetings = (body: string) =>
  extract(` date 2025-11-12 Qatar and Bangladesh hold consultations\n\n${body}\n`, { source: "t.txt" }).meetings.map((m) => [m.date, m.participants.slice().sort().join(" + ")]);

describe("HE as a style", () => {
  it("keeps a coordinated subject whole", () => {
    expect(
      meetings(
        "Doha, November 12 (QNA) - HE Prime Minister Sheikh Mohammed bin Abdulrahman Al-Thani met in Doha today with HE Adviser for Foreign Affairs of Bangladesh Md Touhid Hossain. Earlier, HE Minister of State Dr. Mohammed Al Khulaifi and HE Touhid Hossain co-chaired the fourth round of political consultations between the two countries.",
      ),
    ).toEqual([
      ["2025-11-12", "Md Touhid Hossain + Mohammed bin Abdulrahman Al-Thani"],
      ["2025-11-12", "Md Touhid Hossain + Mohammed Al Khulaifi"],
    ]);
  });

  it("leaves 'He' a pronoun", () => {
    expect(meetings("Foreign Adviser Md Touhid Hossain arrived in Doha on Wednesday. He met Prime Minister Mohammed Al-Thani on Wednesday.")).toEqual([["2025-11-12", "Md Touhid Hossain + Mohammed Al-Thani"]]);
  });
});

// ("HE the President of Finland invited ...": "HE" before "the" and a capitalised title is His Excellency too, and the
// next sentence's "He" is the President; batch49-guided.)
describe("'HE the President of X'", () => {
  it("is a style, not a pronoun", () => {
    const body =
      "Emir Tamim Al Thani held talks with President Alexander Stubb of Finland at the Amiri Diwan on Tuesday.\n\n" +
      "HE the President of Finland invited Qatari investors to increase their investments in Finland. He also extended an invitation to HH the Amir to pay a state visit to Finland.";
    const doc = extract(` date 2026-06-10\nAmir receives Finnish President\n\n${body}\n`, { source: "t.txt" });
    expect(doc.proposals.map((p) => p.speaker)).toEqual(["Alexander Stubb", "Alexander Stubb"]);
  });
});
