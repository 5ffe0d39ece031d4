// Planned encounters (issue #11, meetings): "On Wednesday, X will meet Y" under a Wednesday header is
// that day; "in March next year" is dated to the month; "in the second half of the year" to the year;
// "President X, whom he is expected to meet in June" and "invited Y to the forum ..., where he is
// scheduled to meet Z" name the two sides; "which they are expected to co-chair" is the pair just reported.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string, date: string) =>
  run(body, date).meetings.map((m) => ({ date: m.date, status: m.status, participants: [...m.participants].sort() }));

describe("a weekday told in the future under a header of that weekday", () => {
  it.each([
    [
      "2024-10-16",
      "Seoul (Yonhap) – Defense Minister Kim Yong-hyun met Polish Defense Minister Wladyslaw Kosiniak-Kamysz in Seoul on Tuesday.\n\nOn Wednesday, Kosiniak-Kamysz will visit Changwon, where he is scheduled to meet Governor Park Wan-su.",
      ["Kosiniak-Kamysz", "Park Wan-su"],
    ],
    [
      "2025-03-12",
      "Nairobi (KNA) – President William Ruto received Ethiopian Prime Minister Abiy Ahmed at State House on Tuesday.\n\nOn Wednesday, Abiy Ahmed is scheduled to meet Deputy President Kithure Kindiki in Mombasa.",
      ["Abiy Ahmed", "Kithure Kindiki"],
    ],
  ])("%s: the same day, planned", (date, body, pair) => {
    const planned = meetings(body, date).filter((m) => m.status === "planned");
    expect(planned).toHaveLength(1);
    expect(planned[0].date).toBe(date);
    expect(planned[0].participants.join(" ")).toContain(pair[1]);
  });

  it("'next Wednesday' under a Wednesday header is a week on", () => {
    const ms = meetings(
      "Lima (Andina) – Foreign Minister Javier González-Olaechea will meet Canadian Foreign Minister Mélanie Joly in Lima next Wednesday.",
      "2024-05-22",
    );
    expect(ms).toEqual([{ date: "2024-05-29", status: "planned", participants: ["Javier González-Olaechea", "Mélanie Joly"] }]);
  });
});

describe("months and halves of a year counted from the header's year", () => {
  it.each([
    [
      "2024-11-12",
      "Oslo (NTB) – Trade Minister Cecilie Myrseth will lead a business delegation to Jakarta in March next year, where she is scheduled to meet Indonesian Trade Minister Budi Santoso.",
      "2025-03",
    ],
    [
      "2023-09-05",
      "Canberra (AAP) – Foreign Minister Penny Wong is expected to meet her Indonesian counterpart Retno Marsudi in Bali in February next year.",
      "2024-02",
    ],
    [
      "2025-02-03",
      "Brussels – Commissioner Maroš Šefčovič held a video call on Friday with Chile's Foreign Minister Alberto van Klaveren. The two discussed the first meeting of the EU-Chile Trade Council, which they are expected to co-chair in Santiago in the second half of the year.",
      "2025",
    ],
  ])("%s", (date, body, when) => {
    const planned = meetings(body, date).filter((m) => m.status === "planned");
    expect(planned.map((m) => m.date)).toEqual([when]);
    expect(planned[0].participants).toHaveLength(2);
  });
});

describe("the two sides of a planned encounter told in a relative clause", () => {
  it("'conveyed his best wishes to President X, whom he is expected to meet in June'", () => {
    const ms = meetings(
      "Islamabad (APP) – Kazakh Deputy Prime Minister Murat Nurtleu called on Prime Minister Shehbaz Sharif on Tuesday. The prime minister conveyed his best wishes to President Kassym-Jomart Tokayev, whom he is expected to meet in Astana in June.",
      "2025-02-26",
    );
    expect(ms).toContainEqual({ date: "2025-06", status: "planned", participants: ["Kassym-Jomart Tokayev", "Shehbaz Sharif"] });
  });

  it("'invited the chief adviser to the forum in Tokyo, where he is scheduled to meet X': the invitee", () => {
    const ms = meetings(
      "Dhaka (BSS) – Japanese State Minister Takuma Miyaji called on Chief Adviser Muhammad Yunus yesterday. The Japanese state minister invited the chief adviser to attend the Nikkei Forum in Tokyo in late May, where he is scheduled to meet Prime Minister Shigeru Ishiba.",
      "2025-03-06",
    );
    expect(ms).toContainEqual({ date: "2025-05", status: "planned", participants: ["Muhammad Yunus", "Shigeru Ishiba"] });
  });

  it("'Minister X invited President Y to the summit in Lima, where she will meet Z'", () => {
    const ms = meetings(
      "Lima (Andina) – Foreign Minister Elmer Schialer received Chilean Foreign Minister Alberto van Klaveren on Monday. Schialer invited President Dina Boluarte to the summit in Santiago in October, where she will meet President Gabriel Boric.",
      "2025-04-08",
    );
    expect(ms).toContainEqual({ date: "2025-10", status: "planned", participants: ["Dina Boluarte", "Gabriel Boric"] });
  });
});

describe("'to meet with A and with B': one encounter each", () => {
  it.each([
    [
      "2025-07-09",
      "Asunción (IP) – Taiwanese Foreign Minister Lin Chia-lung held talks with Foreign Minister Rubén Ramírez on Tuesday. On Wednesday, Lin is scheduled to meet with Vice President Pedro Alliana and with Senate President Basilio Núñez.",
      [["Lin Chia-lung", "Pedro Alliana"], ["Basilio Núñez", "Lin Chia-lung"]],
    ],
    [
      "2024-03-20",
      "Rabat (MAP) – Foreign Minister Nasser Bourita held talks with Spanish Foreign Minister José Manuel Albares on Tuesday. Albares will meet with Prime Minister Aziz Akhannouch and also with Speaker Rachid Talbi Alami in Rabat on Thursday.",
      [["Aziz Akhannouch", "José Manuel Albares"], ["José Manuel Albares", "Rachid Talbi Alami"]],
    ],
  ])("%s", (date, body, pairs) => {
    expect(meetings(body, date).filter((m) => m.status === "planned").map((m) => m.participants)).toEqual(pairs);
  });
});
