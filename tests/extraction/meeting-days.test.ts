// Days of encounters (issue #11, meetings, fourth pass): parts of a day ("this morning", "last evening",
// "tonight"); "today" in a story whose dateline is dated the day before the page's header (the dateline
// decides, also when it is in capitals or day-month order and the reader kept it in the text).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";
import { run } from "./helpers.ts";

const days = (body: string, date: string) => run(body, date).meetings.map((m) => [m.date, [...m.participants].sort()]);

describe("parts of a day", () => {
  it.each([
    ["this morning", "2024-09-05"],
    ["this afternoon", "2024-09-05"],
    ["last evening", "2024-09-04"],
    ["last night", "2024-09-04"],
  ])("called on X at his hotel %s", (when, day) => {
    expect(days(`Dhaka (BSS) – Opposition Leader Mirza Fakhrul Islam Alamgir called on Indian Foreign Secretary Vikram Misri at his hotel ${when}.`, "2024-09-05")).toEqual([
      [day, ["Mirza Fakhrul Islam Alamgir", "Vikram Misri"]],
    ]);
  });
});

describe("the present perfect", () => {
  it("'has held talks with' is the report's day", () => {
    expect(days("Suva (FBC) – Prime Minister Sitiveni Rabuka has held talks with Australian Foreign Minister Penny Wong at the Grand Pacific Hotel.", "2024-09-05")).toEqual([
      ["2024-09-05", ["Penny Wong", "Sitiveni Rabuka"]],
    ]);
  });

  it("'has met X several times since 2022' is no encounter of that day", () => {
    expect(days("Suva (FBC) – Prime Minister Sitiveni Rabuka has met Australian Foreign Minister Penny Wong several times since 2022.", "2024-09-05")).toEqual([]);
  });
});

describe("today under an earlier dateline", () => {
  const text = (dateline: string) =>
    ` date 2024-04-17 Armenia, Georgia discuss transit\n${dateline} Prime Minister Nikol Pashinyan held a telephone conversation today with Georgian Prime Minister Irakli Kobakhidze.`;

  it.each(["YEREVAN, APRIL 16, ARMENPRESS.", "YEREVAN, 16 April —"])("%s", (dateline) => {
    const doc = extract(text(dateline), { source: "t.txt" });
    expect(doc.meetings.map((m) => m.date)).toEqual(["2024-04-16"]);
  });

  it("a dateline on the header's day changes nothing", () => {
    const doc = extract(text("YEREVAN, APRIL 17, ARMENPRESS."), { source: "t.txt" });
    expect(doc.meetings.map((m) => m.date)).toEqual(["2024-04-17"]);
  });
});
