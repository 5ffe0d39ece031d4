// When an encounter took place (issue #11, meetings): "later in the day", "X later met Y" and
// "was also received" take the day of the encounter just reported; an undated encounter continues
// the one day its previous sentence gives; a date inside a relative clause or after "since" is
// another event's; planned encounters ("agreed to hold a summit in June", "invited X to a meeting
// in July") are dated forward to the month.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string, date = "2024-10-25") =>
  run(body, date).meetings.map((m) => ({ date: m.date, status: m.status, participants: [...m.participants].sort() }));

describe("the day of the encounter just reported", () => {
  it.each([
    "Later in the day, Prince Abdulaziz met Governor Kim Young-rok in Seoul.",
    "Prince Abdulaziz later met Governor Kim Young-rok in Seoul.",
    "Prince Abdulaziz also met Governor Kim Young-rok in Seoul.",
  ])("%s", (second) => {
    const ms = meetings(
      `Seoul (Yonhap) – Industry Minister Ahn Duk-geun held talks with Saudi Energy Minister Prince Abdulaziz bin Salman in Seoul on Thursday.\n\n${second}`,
    );
    expect(ms.map((m) => [m.date, m.participants])).toEqual([
      ["2024-10-24", ["Abdulaziz bin Salman", "Ahn Duk-geun"]],
      ["2024-10-24", ["Abdulaziz bin Salman", "Kim Young-rok"]],
    ]);
  });

  it("an undated encounter with no day before it stays out", () => {
    expect(meetings("Seoul (Yonhap) – Prince Abdulaziz later met Governor Kim Young-rok in Seoul.")).toEqual([]);
  });

  it("a sentence that tells a plan dates nothing held after it", () => {
    const ms = meetings(
      "Canberra (AAP) – Premier Li Qiang will travel to Perth on Tuesday, where he is scheduled to visit a lithium plant.\n\nLi was welcomed at Parliament House by Governor General David Hurley with a 19-gun salute.",
      "2024-06-17",
    );
    expect(ms).toEqual([]);
  });

  it("an undated encounter continues the one day of the sentence before", () => {
    const ms = meetings(
      "Berlin (dpa) – Germany and Kenya signed an agreement on migration on Friday.\n\nThe agreement was signed in the presence of Chancellor Olaf Scholz and President William Ruto, who held talks beforehand.",
      "2024-09-14",
    );
    expect(ms).toEqual([{ date: "2024-09-13", status: "held", participants: ["Olaf Scholz", "William Ruto"] }]);
  });
});

describe("dates of other events", () => {
  it("a year inside ', who took up her post in 2023,' is not the encounter's date", () => {
    const ms = meetings(
      "Kota Kinabalu (Bernama) – High Commissioner Danielle Heinecke is on a five-day visit to Sabah from February 5 to 9.\n\nHeinecke, who took up her post in Kuala Lumpur in 2023, also called on Governor Juhar Mahiruddin at the Istana during her visit.",
      "2024-02-08",
    );
    expect(ms).toEqual([expect.objectContaining({ date: "2024-02", participants: ["Danielle Heinecke", "Juhar Mahiruddin"] })]);
  });

  it("'hosted by X ... since his coronation in May' is not dated May", () => {
    const ms = meetings(
      "London (Yonhap) – President Yoon Suk Yeol was hosted by King Charles III on Tuesday, the first foreign leader hosted for a state visit since his coronation in May.",
      "2023-11-22",
    );
    expect(ms.map((m) => m.date)).toEqual(["2023-11-21"]);
  });

  it("'January 11/2025' is one date, not also the year 2025", () => {
    const ms = meetings("Addis Ababa, January 11/2025 (ENA) Prime Minister Abiy Ahmed held talks with Somali President Hassan Sheikh Mohamud in Addis Ababa today.", "2025-01-11");
    expect(ms.map((m) => m.date)).toEqual(["2025-01-11"]);
  });
});

describe("planned encounters dated to the month", () => {
  it("'agreed to hold a summit in CITY in June' is planned for the June ahead", () => {
    const ms = meetings(
      "Cairo (MENA) – President Abdel-Fattah El-Sisi received a phone call on Tuesday from Emir Tamim bin Hamad Al Thani. The two leaders agreed to hold a summit in Doha in June.",
      "2024-05-15",
    );
    expect(ms.map((m) => [m.date, m.status])).toEqual([
      ["2024-05-14", "held"],
      ["2024-06", "planned"],
    ]);
  });

  it("'invited X to a bilateral meeting ... in July' is planned for the July ahead", () => {
    const ms = meetings(
      "Santiago (EFE) – President Gabriel Boric invited President Javier Milei to a bilateral meeting on the sidelines of the Mercosur summit in Asunción in July.",
      "2024-04-16",
    );
    expect(ms).toEqual([{ date: "2024-07", status: "planned", participants: ["Gabriel Boric", "Javier Milei"] }]);
  });

  it("a phone call in which one side invited the other stays held", () => {
    const ms = meetings("Rabat (MAP) – On Wednesday evening, King Mohammed VI held a telephone conversation with Prime Minister Pedro Sánchez, in which the monarch invited him to visit the kingdom.", "2024-02-02");
    expect(ms).toEqual([{ date: "2024-01-31", status: "held", participants: ["Mohammed VI", "Pedro Sánchez"] }]);
  });
});
