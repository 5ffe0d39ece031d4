// A meeting told only in the headline and lead (issue #11, meetings): "Goyal hosts UK Business Secretary"
// over a lead that names both sides and the day but has no meeting verb of its own ("X and Y on Tuesday
// discussed ...") is an encounter of the lead's parties on the lead's day, the headline's verb giving the
// kind and the host; a headline verb over a lead with one country's officials, or no day, gives none.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (headline: string, lead: string, date: string) =>
  run(lead, date, headline).meetings.map((m) => ({ kind: m.kind, date: m.date, status: m.status, roles: m.roles.map((r) => [r.name, r.role]) }));

describe("headline verb, lead parties and day", () => {
  it.each([
    [
      "Goyal hosts UK Business Secretary Jonathan Reynolds",
      "New Delhi (PTI) – Commerce and Industry Minister Piyush Goyal and British Business Secretary Jonathan Reynolds on Tuesday discussed ways to conclude the free trade agreement.",
      "2024-10-16",
      { kind: "reception", date: "2024-10-15", status: "held", roles: [["Piyush Goyal", "host"], ["Jonathan Reynolds", "guest"]] },
    ],
    [
      "Lao Prime Minister receives Thai Foreign Minister",
      "Vientiane (KPL) – Lao Prime Minister Sonexay Siphandone and Thai Foreign Minister Maris Sangiampongsa on Monday discussed the Mekong railway link.",
      "2025-03-04",
      { kind: "reception", date: "2025-03-03", status: "held", roles: [["Sonexay Siphandone", "participant"], ["Maris Sangiampongsa", "participant"]] },
    ],
    [
      "Ruto, Abiy hold talks on LAPSSET corridor",
      "Nairobi (KNA) – Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed on Friday agreed to speed up the LAPSSET corridor.",
      "2024-03-02",
      { kind: "meeting", date: "2024-03-01", status: "held", roles: [["William Ruto", "participant"], ["Abiy Ahmed", "participant"]] },
    ],
  ])("%s", (headline, lead, date, expected) => {
    expect(meetings(headline, lead, date)).toEqual([expected]);
  });

  it("a lead with one country's officials, or without a day, gives none", () => {
    expect(
      meetings("Minister receives business leaders", "Hanoi (VNA) – Prime Minister Pham Minh Chinh and Deputy Prime Minister Tran Hong Ha on Tuesday discussed the budget.", "2024-10-16"),
    ).toEqual([]);
    expect(
      meetings("Goyal hosts UK Business Secretary", "New Delhi (PTI) – Commerce Minister Piyush Goyal and British Business Secretary Jonathan Reynolds discussed the free trade agreement.", "2024-10-16"),
    ).toEqual([]);
  });

  it("a lead that tells the encounter with its own verb is read as before", () => {
    expect(
      meetings(
        "PM receives Thai Foreign Minister",
        "Hanoi (VNA) – Prime Minister Pham Minh Chinh received Thai Foreign Minister Maris Sangiampongsa in Hanoi on Tuesday.",
        "2025-04-16",
      ),
    ).toEqual([{ kind: "reception", date: "2025-04-15", status: "held", roles: [["Pham Minh Chinh", "host"], ["Maris Sangiampongsa", "guest"]] }]);
  });
});
