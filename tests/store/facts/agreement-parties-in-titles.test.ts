// Who signs is not what the instrument is (facts/agreements.ts, issue #12): "between Thailand and
// Laos on cooperation in rice trade" and "the Thailand-Laos MoU on rice trade cooperation" name
// the instrument of "MoU on rice trade cooperation"; a pair before a name without a topic is part
// of the name ("Vietnam-Korea Free Trade Agreement").
import { describe, expect, it } from "vitest";
import type { Database } from "../../../src/store/db.ts";
import { titleKey } from "../../../src/store/facts/agreements.ts";
import { ingestText } from "../../../src/store/ingest.ts";
import { databasesForTests } from "../../helpers/database.ts";

const MORE = "\n\nThe ministers also discussed border trade, investment and tourism, and said that there is room for more cooperation between the two countries.";
const REPORTS = [
  { source: "t/proposed.txt", text: ` date 2024-01-10\n\nThai Commerce Minister Phumtham Wechayachai proposed that the two sides sign a memorandum of understanding on cooperation in rice trade between Thailand and Laos.${MORE}` },
  { source: "t/signed.txt", text: ` date 2024-03-05\n\nThailand and Laos signed the Thailand-Laos MoU on rice trade cooperation in Vientiane on Tuesday.${MORE}` },
  { source: "t/in-force.txt", text: ` date 2024-06-03\n\nA memorandum of understanding between Thailand and Laos on cooperation in rice trade came into effect on June 1, the ministry said.${MORE}` },
];

const open = databasesForTests();

describe("parties in agreement titles", () => {
  it("leaves the parties out of the title key, before or after the head, and keeps a pair that is part of a name", () => {
    const key = titleKey("MoU on rice trade cooperation");
    expect(key).toBe("rice trade");
    expect(titleKey("Thailand-Laos MoU on rice trade cooperation")).toBe(key);
    expect(titleKey("memorandum of understanding between Thailand and Laos on cooperation in rice trade")).toBe(key);
    expect(titleKey("the New Zealand-Viet Nam memorandum of understanding on rice trade")).toBe(key);
    expect(titleKey("Vietnam-Korea Free Trade Agreement")).not.toBe(titleKey("Free Trade Agreement"));
    expect(titleKey("Trans-Pacific Partnership Agreement on rice trade")).not.toBe(key);
  });

  it("resolves the three reports to one instrument with its history, in both orders", async () => {
    for (const order of [REPORTS, [...REPORTS].reverse()]) {
      const db: Database = await open();
      for (const r of order) await ingestText(db.prisma, r);
      const agreements = await db.prisma.agreement.findMany({
        select: { status: true, signedOn: true, mentions: { select: { status: true, document: { select: { source: true, date: true } } } } },
      });
      expect(agreements).toHaveLength(1);
      const history = agreements[0].mentions.sort((a, b) => a.document.date.getTime() - b.document.date.getTime()).map((m) => [m.document.source, m.status]);
      expect(history).toEqual([
        ["t/proposed.txt", "proposed"],
        ["t/signed.txt", "signed"],
        ["t/in-force.txt", "in_force"],
      ]);
      expect(agreements[0].status).toBe("in_force");
    }
  });
});
