// Dates given by a round-up's structure (issue #11, meetings): a line opening with a date and a separator ("NOV 3 -",
// "Sept. 4th -", "MONDAY:") or a heading that is a date alone ("TUESDAY (Dec 1)") dates the encounters of the sentences
// under it that give no date of their own; a page's time stamps (one day written twice) are no entries.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const meetingsOf = (text: string) => extract(text, { source: "t.txt" }).meetings.map((m) => [m.date, [...m.participants].sort()]);

describe("entry dates of a round-up", () => {
  it("date the encounters of each entry", () => {
    const found = meetingsOf(
      " date 2026-12-01\nTBILISI, December 1 (Georgia Today) - November was a busy month for Georgian diplomacy.\n\nNOV 4 - Prime Minister Irakli Kobakhidze received Armenian Foreign Minister Ararat Mirzoyan at the Government Administration.\n\nNOV 18 - Foreign Minister Maka Botchorishvili held talks with Azerbaijani Foreign Minister Jeyhun Bayramov in Baku.\n",
    );
    expect(found).toContainEqual(["2026-11-04", ["Ararat Mirzoyan", "Irakli Kobakhidze"]]);
    expect(found).toContainEqual(["2026-11-18", ["Jeyhun Bayramov", "Maka Botchorishvili"]]);
  });

  it("take a heading of a week-ahead calendar for planned encounters", () => {
    const found = meetingsOf(
      " date 2026-11-29\nThe week ahead\n\nMONDAY (Nov 30)\nPrime Minister Anwar Ibrahim will receive New Zealand Prime Minister Christopher Luxon at Perdana Putra.\n\nWEDNESDAY (Dec 2)\nForeign Minister Mohamad Hasan will hold talks with Singaporean Foreign Minister Vivian Balakrishnan.\n",
    );
    expect(found).toContainEqual(["2026-11-30", ["Anwar Ibrahim", "Christopher Luxon"]]);
    expect(found).toContainEqual(["2026-12-02", ["Mohamad Hasan", "Vivian Balakrishnan"]]);
  });

  it("leave a page's time stamps alone", () => {
    const found = meetingsOf(
      " date 2025-05-20\nBorneo Bulletin\nTuesday, May 20, 2025\nHome > National\nMay 20, 2025\nCrown Prince Al-Muhtadee Billah received Singaporean Foreign Minister Vivian Balakrishnan at Istana Nurul Iman yesterday.\n",
    );
    expect(found).toContainEqual(["2025-05-19", ["Al-Muhtadee Billah", "Vivian Balakrishnan"]]);
  });

  it("over a date that is only an instrument's", () => {
    const found = meetingsOf(
      " date 2026-12-01\nTBILISI, December 1 (Georgia Today) - November was a busy month.\n\nNOV 4 - Prime Minister Irakli Kobakhidze received Armenian Foreign Minister Ararat Mirzoyan.\n\nNOV 18 - Foreign Minister Maka Botchorishvili held talks with Azerbaijani Foreign Minister Jeyhun Bayramov on the transit agreement, initialled in Baku in August 2025.\n",
    );
    expect(found).toContainEqual(["2026-11-18", ["Jeyhun Bayramov", "Maka Botchorishvili"]]);
  });
});

