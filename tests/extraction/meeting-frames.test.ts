// Meeting frames from reports outside the agency style (issue #11, meetings): the place and date
// between "held talks" and "with", passives with a place or a time before "by", several
// encounters in one phrase.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string, date = "2024-05-17") =>
  run(body, date).meetings.map((m) => ({ kind: m.kind, date: m.date, participants: [...m.participants].sort(), roles: m.roles }));

describe("held talks in CITY on DAY with X", () => {
  it.each([
    "Polish Foreign Minister Radoslaw Sikorski held talks in Warsaw on Thursday with his Norwegian counterpart Espen Barth Eide.",
    "Polish Foreign Minister Radoslaw Sikorski held talks on Thursday in Warsaw with his Norwegian counterpart Espen Barth Eide.",
    "Polish Foreign Minister Radoslaw Sikorski held bilateral talks at the ministry on Thursday with his Norwegian counterpart Espen Barth Eide.",
  ])("%s", (body) => {
    expect(meetings(`Warsaw (PAP) – ${body}`)).toEqual([expect.objectContaining({ kind: "talks", date: "2024-05-16", participants: ["Espen Barth Eide", "Radoslaw Sikorski"] })]);
  });

  it("no second person, no meeting", () => {
    expect(meetings("Warsaw (PAP) – Polish Foreign Minister Radoslaw Sikorski held talks in Warsaw on Thursday with business leaders.")).toEqual([]);
  });
});

describe("passives with something before 'by'", () => {
  it.each([
    "Japanese Ambassador Ito Naoki was received in audience by President Vo Van Thuong on Thursday.",
    "On Thursday, Japanese Ambassador Ito Naoki was also received by President Vo Van Thuong.",
    "Japanese Ambassador Ito Naoki was received at the Presidential Palace on Thursday by President Vo Van Thuong.",
  ])("%s", (body) => {
    const [m] = meetings(`Hanoi (VNA) – ${body}`);
    expect(m).toMatchObject({ kind: "reception", date: "2024-05-16", participants: ["Ito Naoki", "Vo Van Thuong"] });
    expect(m.roles).toEqual(expect.arrayContaining([{ name: "Ito Naoki", role: "guest" }, { name: "Vo Van Thuong", role: "host" }]));
  });
});

describe("several encounters in one phrase", () => {
  it("farewell calls on A and B are two meetings", () => {
    const ms = meetings("Hanoi (VNA) – Japanese Ambassador Ito Naoki paid farewell calls on Prime Minister Pham Minh Chinh and Deputy Prime Minister Tran Luu Quang on Thursday.");
    expect(ms.map((m) => m.participants)).toEqual([
      ["Ito Naoki", "Pham Minh Chinh"],
      ["Ito Naoki", "Tran Luu Quang"],
    ]);
  });

  it("a courtesy call on A and B together stays one meeting", () => {
    const ms = meetings("Hanoi (VNA) – Japanese Ambassador Ito Naoki paid a courtesy call on Prime Minister Pham Minh Chinh and Deputy Prime Minister Tran Luu Quang on Thursday.");
    expect(ms).toHaveLength(1);
  });

  it("received A and B separately", () => {
    const ms = meetings("Hanoi (VNA) – Prime Minister Pham Minh Chinh separately received Japanese Ambassador Ito Naoki and Korean Ambassador Choi Young-sam on Thursday.");
    expect(ms.map((m) => m.participants)).toEqual([
      ["Ito Naoki", "Pham Minh Chinh"],
      ["Choi Young-sam", "Pham Minh Chinh"],
    ]);
  });
});
