// "The two ministers" in a recall or a plan told apart from the day's narrative (issue #11, meetings): "will meet
// again", "had met last year", "a phone call between the two leaders in September" name the pair the report is about
// (the two an encounter was told of first, both of whose titles fit), not the pair of the encounter told last; "heads
// of government" are premiers, not a president who received one of them; "the two leaders" right after a clause that
// named two leaders are those two.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string, date: string) =>
  run(body, date).meetings.map((m) => ({ date: m.date, status: m.status, participants: [...m.participants].sort() }));
const at = (body: string, date: string, prefix: string) => meetings(body, date).filter((m) => m.date?.startsWith(prefix));

describe("a recall or a plan of 'the two ...' after a later encounter of another pair", () => {
  it.each([
    [
      "will meet again",
      "Vilnius (BNS) – Lithuanian Minister of Economy Lukas Savickas and Latvian Minister of Economics Viktors Valainis held talks in Vilnius on Tuesday, also attended by Lithuanian Minister of Energy Zygimantas Vaiciunas.\n\nOn Monday, Valainis met with Minister of Finance Rimantas Sadzius.\n\nThe two ministers will meet again in Riga in October.",
      "2026-10",
      ["Lukas Savickas", "Viktors Valainis"],
    ],
    [
      "agreed to meet again",
      "Lima (Andina) – Foreign Minister Elmer Schialer held talks with Chilean Foreign Minister Alberto van Klaveren in Lima on Monday.\n\nLater, van Klaveren met Minister of Trade Ursula Desilu Leon.\n\nBoth ministers agreed to meet again in Santiago in August.",
      "2026-08",
      ["Alberto van Klaveren", "Elmer Schialer"],
    ],
    [
      "had met last year",
      "Dakar (APS) – Prime Minister Amadou Ba received his Mauritanian counterpart Mohamed Ould Bilal in Dakar on Tuesday.\n\nPresident Macky Sall will receive the Mauritanian Prime Minister on Thursday.\n\nThe two heads of government had met last year in Nouakchott.",
      "2025",
      ["Amadou Ba", "Mohamed Ould Bilal"],
    ],
    [
      "a call between the two leaders in a month",
      "Nairobi (KNA) – President William Ruto held talks with Ugandan President Yoweri Museveni at State House on Tuesday.\n\nDeputy President Kithure Kindiki also received the Ugandan President on Wednesday.\n\nThe visit follows a phone call between the two leaders in March.",
      "2026-03",
      ["William Ruto", "Yoweri Museveni"],
    ],
  ])("%s", (_, body, prefix, pair) => {
    const ms = at(body, "2026-05-20", prefix);
    expect(ms).toHaveLength(1);
    expect(ms[0].participants).toEqual(pair);
  });

  it("'the two ministers last met' after talks with an untitled member of a presidency: the two ministers", () => {
    const ms = at(
      "Sarajevo (FENA) – Foreign Minister Hakan Fidan held talks with BiH Minister of Foreign Affairs Elmedin Konakovic today.\n\nFidan also met Zeljko Komsic.\n\nThe two ministers last met in Ankara in November.",
      "2026-04-22",
      "2025-11",
    );
    expect(ms.map((m) => m.participants)).toEqual([["Elmedin Konakovic", "Hakan Fidan"]]);
  });

  it("'the two leaders' after a clause naming two leaders: those two", () => {
    const ms = at(
      "Helsinki (YLE) – President Alexander Stubb held talks with Prime Minister Ulf Kristersson in Helsinki on Monday.\n\nStubb invited Estonian President Alar Karis to the Baltic summit, and the two leaders are expected to meet again at that summit in Tallinn in June.",
      "2026-05-20",
      "2026-06",
    );
    expect(ms.map((m) => m.participants)).toEqual([["Alar Karis", "Alexander Stubb"]]);
  });

  it("a plan the pair just told agreed keeps that pair", () => {
    const ms = at(
      "Minsk (BelTA) – Prime Minister Roman Golovchenko received Vietnamese Deputy Prime Minister Tran Luu Quang on Monday.\n\nEarlier, Foreign Minister Maxim Ryzhenkov held talks with Vietnamese Foreign Minister Bui Thanh Son. The two ministers agreed to hold the next round of consultations in Hanoi in the second half of the year.",
      "2026-05-20",
      "2026",
    ).filter((m) => m.status === "planned");
    expect(ms.map((m) => m.participants)).toEqual([["Bui Thanh Son", "Maxim Ryzhenkov"]]);
  });
});

describe("a plan coordinated after a recall in one sentence", () => {
  it.each([
    [
      "Both foreign ministers recalled ..., and agreed to meet again",
      "Asuncion (IP) – Foreign Minister Ruben Ramirez Lezcano received his Bolivian counterpart Fernando Aramayo at the Palacio de Lopez today.\n\nBoth foreign ministers recalled the meeting held between President Santiago Pena and President Rodrigo Paz in La Paz in February, and agreed to meet again in Sucre in October.",
      ["Fernando Aramayo", "Ruben Ramirez Lezcano"],
    ],
    [
      "The two heads of state recalled ..., and decided to hold talks again",
      "Accra (GNA) – President John Mahama held talks with Togolese President Faure Gnassingbe at the Jubilee House today.\n\nThe two heads of state recalled the meeting between Foreign Minister Samuel Ablakwa and Foreign Minister Robert Dussey in Lome in January, and decided to hold talks again in Lome in September.",
      ["Faure Gnassingbe", "John Mahama"],
    ],
  ])("%s", (_, body, pair) => {
    const planned = meetings(body, "2026-05-20").filter((m) => m.status === "planned");
    expect(planned).toHaveLength(1);
    expect(planned[0].participants).toEqual(pair);
    expect(planned[0].date).toMatch(/^2026-(?:10|09)$/);
  });

  it("'They are expected to hold talks again' after a recall: the recalled pair", () => {
    const planned = meetings(
      "Hanoi (VNA) – Deputy Prime Minister Bui Thanh Son received Lao Foreign Minister Thongsavanh Phomvihane in Hanoi on Tuesday.\n\nPrime Minister Pham Minh Chinh and Lao Prime Minister Sonexay Siphandone last met in Vientiane in March. They are expected to hold talks again in Hanoi in December, officials said.",
      "2026-05-20",
    ).filter((m) => m.status === "planned");
    expect(planned.map((m) => [m.date, m.participants])).toEqual([["2026-12", ["Pham Minh Chinh", "Sonexay Siphandone"]]]);
  });
});
