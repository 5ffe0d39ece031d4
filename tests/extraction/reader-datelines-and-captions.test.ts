// "Havana, Oct 8 (Prensa Latina) Cuban President Miguel Diaz-Canel\nreceived on Wednesday ...": a dateline whose agency
// has two or three words and no dash after it is still a dateline, so a hard-wrapped lead whose first line holds no
// lower-case word runs on into the next line. "Photo: X receives Y at Z. -fotoBERNAMA (2026)": a line that opens by
// naming itself a caption is furniture. (issue #11)
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";
import { readDocument } from "../../src/extraction/reader.ts";

const text = [
  " date 2026-10-08",
  "Diaz-Canel receives Vietnamese Minister of Agriculture and",
  "Environment",
  "Havana, Oct 8 (Prensa Latina) Cuban President Miguel Diaz-Canel",
  "received on Wednesday the Vietnamese Minister of Agriculture and",
  "Environment, Do Duc Duy, who is on an official visit to the island",
  "to review the cooperation projects in food production.",
  "",
].join("\n");

describe("an agency dateline with no dash", () => {
  it("opens the lead, which runs on over its wrap", () => {
    expect(readDocument(text).sentences.map((s) => s.text.replace(/\s+/g, " "))).toContainEqual(
      "Cuban President Miguel Diaz-Canel received on Wednesday the Vietnamese Minister of Agriculture and Environment, Do Duc Duy, who is on an official visit to the island to review the cooperation projects in food production.",
    );
    expect(extract(text, { source: "t.txt" }).meetings.map((m) => [m.date, m.participants.join(" + ")])).toEqual([["2026-10-07", "Miguel Diaz-Canel + Do Duc Duy"]]);
  });

  it("needs a date before the agency", () => {
    expect(readDocument(" date 2026-10-08\nPresident Miguel Diaz-Canel (Cuba) Received the minister on Wednesday in Havana today after the talks.\n").sentences[0].text).toMatch(/^President Miguel/);
  });
});

describe("a line that opens as a caption", () => {
  const caption = [
    " date 2026-04-09",
    "Malaysia, Vietnam target trade by 2028",
    "PUTRAJAYA, April 9 (Bernama) -- Prime Minister Datuk Seri Anwar Ibrahim today received a courtesy call from Vietnamese Minister of Industry and Trade Nguyen Hong Dien at Seri Perdana here.",
    "Photo: Datuk Seri Anwar Ibrahim receives Nguyen Hong Dien at Seri Perdana. -fotoBERNAMA (2026) HAK CIPTA TERPELIHARA",
    "",
  ].join("\n");

  it("is furniture, telling no encounter of its own", () => {
    expect(extract(caption, { source: "t.txt" }).meetings.map((m) => [m.date, m.participants.join(" + ")])).toEqual([["2026-04-09", "Anwar Ibrahim + Nguyen Hong Dien"]]);
  });
});
