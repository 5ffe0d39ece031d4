import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const pair = (d: ReturnType<typeof run>, i = 0) => [...(d.meetings[i]?.participants ?? [])].sort();

describe("meetings", () => {
  it("'X received Y': reception, X host, Y guest, location and date", () => {
    const d = run("Prime Minister Nguyen Xuan Phuc received outgoing RoK Ambassador Lee Hyuk in Hanoi on April 11.", "2018-04-11");
    expect(d.meetings).toHaveLength(1);
    expect(d.meetings[0]).toMatchObject({ kind: "reception", date: "2018-04-11", location: "Hanoi", status: "held" });
    expect(d.meetings[0].roles).toEqual([
      { name: "Nguyen Xuan Phuc", role: "host" },
      { name: "Lee Hyuk", role: "guest" },
    ]);
  });

  it("'hosted' with 'a day earlier' resolved against the previous meeting", () => {
    const d = run(
      "Prime Minister Nguyen Xuan Phuc received RoK Ambassador Lee Hyuk on April 11. A day earlier, Deputy Prime Minister Pham Binh Minh also hosted the ambassador.",
      "2018-04-11",
    );
    expect(d.meetings.map((m) => m.date)).toEqual(["2018-04-11", "2018-04-10"]);
    expect(pair(d, 1)).toEqual(["Lee Hyuk", "Pham Binh Minh"]);
  });

  it("held talks / phone talks / online talks / courtesy call / co-chaired / met on the sidelines", () => {
    const cases: [string, string, string][] = [
      ["Prime Minister Pham Minh Chinh held talks with German Chancellor Olaf Scholz on November 13.", "talks", "2022-11-13"],
      ["Prime Minister Pham Minh Chinh held phone talks with his RoK counterpart Han Duck-soo on July 5.", "phone_call", "2022-07-05"],
      ["Defence Minister Phan Van Giang held online talks with his Indian counterpart Rajnath Singh on July 1.", "video_call", "2021-07-01"],
      ["Ambassador Park Noh-wan paid a courtesy call on Minister Dao Ngoc Dung on February 18.", "reception", "2020-02-18"],
      ["Prime Minister Nguyen Xuan Phuc and his Lao counterpart Thongloun Sisoulith co-chaired the session on December 6.", "conference", "2020-12-06"],
      ["Prime Minister Pham Minh Chinh met Singaporean Prime Minister Lee Hsien Loong on the sidelines of the ASEAN Summit on November 12.", "meeting", "2022-11-12"],
    ];
    for (const [text, kind, date] of cases) {
      const d = run(text, "2023-06-13");
      expect(d.meetings, text).toHaveLength(1);
      expect(d.meetings[0].kind, text).toBe(kind);
      expect(d.meetings[0].date?.slice(5), text).toBe(date.slice(5));
      expect(d.meetings[0].participants, text).toHaveLength(2);
    }
  });

  it("fronted 'Receiving X, Y said' and 'Welcoming X, Y said' make Y the host; 'the same day' reuses the previous date", () => {
    const d = run(
      "Receiving U.S. Ambassador Marc Knapper in Hanoi on May 21, National Assembly Chairman Tran Thanh Man praised ties. The same day, Deputy Prime Minister Tran Hong Ha and Chinese Ambassador Xiong Bo held talks on railways. Welcoming Indonesian President Joko Widodo on May 20, President To Lam said ties were strong.",
      "2024-05-22",
    );
    expect(d.meetings.map((m) => [m.kind, m.date, m.roles.map((r) => `${r.name}:${r.role}`).sort()])).toEqual([
      ["reception", "2024-05-21", ["Marc Knapper:guest", "Tran Thanh Man:host"]],
      ["talks", "2024-05-21", ["Tran Hong Ha:participant", "Xiong Bo:participant"]],
      ["reception", "2024-05-20", ["Joko Widodo:guest", "To Lam:host"]],
    ]);
  });

  it("prefers the meeting's own date over a visit span in a relative clause; 'called on X' is a visit; attendees join", () => {
    const d = run(
      "Prime Minister Pham Minh Chinh received Lao Deputy Prime Minister Saleumxay Kommasith, who is visiting Vietnam from June 12-14, in Hanoi on June 13. Ambassador Lee Hyuk called on Deputy Prime Minister Tran Luu Quang on June 12. Quang called on the RoK to open its market. Also present at the talks were Minister Nguyen Chi Dung and Minister Bui Thanh Son.",
      "2023-06-14",
    );
    expect(d.meetings.map((m) => [m.date, m.participants.length])).toEqual([
      ["2023-06-13", 2],
      ["2023-06-12", 4],
    ]);
    expect(d.meetings[1].roles.slice(0, 2)).toEqual([
      { name: "Lee Hyuk", role: "guest" },
      { name: "Tran Luu Quang", role: "host" },
    ]);
    expect(d.proposals.map((p) => [p.speaker, p.kind])).toEqual([["Tran Luu Quang", "call"]]);
  });

  it("'exchanged views over the phone' is a phone call; 'held talks ... via videoconference' a video call", () => {
    const a = run("Foreign Minister Bui Thanh Son and his Chinese counterpart Wang Yi exchanged views over the phone on June 13.", "2023-06-14");
    expect(a.meetings.map((m) => [m.kind, m.date, m.participants.length])).toEqual([["phone_call", "2023-06-13", 2]]);
    const b = run("Foreign Minister Bui Thanh Son held talks with his Chinese counterpart Wang Yi via videoconference on June 13.", "2023-06-14");
    expect(b.meetings.map((m) => m.kind)).toEqual(["video_call"]);
  });

  it("resolves 'on Monday' to the most recent Monday on or before the header date", () => {
    const d = run("President Nguyen Xuan Phuc and President Yoon Suk-yeol held official talks in Seoul on Monday.", "2022-12-06");
    expect(d.meetings[0].date).toBe("2022-12-05");
  });

  it("dates 'in March', 'next year' and 'in December 2020' to month/year precision; planned vs held", () => {
    const d = run(
      "Deputy Prime Minister Le Minh Khai and Deputy Prime Minister Choo Kyung-ho held a dialogue in Hanoi in March. The two leaders will meet at the next dialogue next year. Indian Prime Minister Narendra Modi and Vietnamese Prime Minister Nguyen Xuan Phuc held a virtual summit in December 2020.",
      "2023-12-21",
    );
    expect(d.meetings.map((m) => [m.date, m.status])).toEqual([
      ["2023-03", "held"],
      ["2024", "planned"],
      ["2020-12", "held"],
    ]);
  });

  it("dates 'later this year' to the header year and marks it planned", () => {
    const d = run("President Vo Van Thuong will meet Japanese Prime Minister Kishida Fumio in Tokyo later this year.", "2023-06-13");
    expect(d.meetings[0]).toMatchObject({ date: "2023", status: "planned" });
  });

  it("'During his stay' dates encounters to the month of the visit span; one meeting per verb", () => {
    const d = run(
      "The October 18-20 trip was Suga Yoshihide's first overseas visit as Japanese Prime Minister. During his stay, Suga paid a courtesy call on Party General Secretary Nguyen Phu Trong, met National Assembly Chairwoman Nguyen Thi Kim Ngan, and received Pham Minh Chinh, head of the Party Central Committee's Organisation Commission.",
      "2020-10-20",
    );
    expect(d.meetings.map((m) => [m.date, m.participants[1]])).toEqual([
      ["2020-10", "Nguyen Phu Trong"],
      ["2020-10", "Nguyen Thi Kim Ngan"],
      ["2020-10", "Pham Minh Chinh"],
    ]);
  });

  it("a later reference ('the talks', 'that meeting', 'the first phone conversation') makes no new meeting", () => {
    const d = run(
      "Prime Minister Pham Minh Chinh held phone talks with RoK Prime Minister Han Duck-soo on July 5. It was the first phone conversation Han has held since taking office in May. At that meeting, Chinh praised Han. After the talks, Han left.",
      "2022-07-05",
    );
    expect(d.meetings).toHaveLength(1);
  });

  it("recalled meetings with other people keep their own participants", () => {
    const d = run(
      "Prime Minister Pham Minh Chinh held phone talks with RoK Prime Minister Han Duck-soo on July 5. The two leaders discussed the commitments made by Party General Secretary Nguyen Phu Trong and President Yoon Suk-yeol during their phone conversation on June 8.",
      "2022-07-05",
    );
    expect(d.meetings.map((m) => [m.date, [...m.participants].sort()])).toEqual([
      ["2022-07-05", ["Han Duck-soo", "Pham Minh Chinh"]],
      ["2022-06-08", ["Nguyen Phu Trong", "Yoon Suk-yeol"]],
    ]);
  });

  it("ignores events without two named people and undated encounters", () => {
    const d = run("A business week opened in Ho Chi Minh City on October 31. Minister Nguyen Chi Dung met students. Chinh invited Lee Hsien Loong to visit soon.");
    expect(d.meetings).toEqual([]);
  });
});
