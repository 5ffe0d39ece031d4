// Encounters told around a speaker or an aside (issue #11, meetings): "X said after meeting Y" (the speaker met Y);
// "In a separate meeting, A and B signed ..." (the day just told); "X is to travel to Z again in September for talks
// with her" (a plan, dated after the header).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const meetings = (body: string, date: string) =>
  run(body, date).meetings.map((m) => ({ date: m.date, status: m.status, participants: [...m.participants].sort() }));
const has = (ms: ReturnType<typeof meetings>, date: string, pair: string[]) => ms.some((m) => m.date === date && pair.every((n) => m.participants.includes(n)));

describe("the speaker of a report verb is the subject of the encounter after it", () => {
  it.each([
    ["said after meeting", "Both countries will work together, Foreign Minister Penny Wong said after meeting Indonesian Foreign Minister Sugiono in Canberra on Tuesday."],
    ["told reporters following talks with", "The border will reopen soon, Prime Minister Luis Montenegro told reporters following talks with Spanish Prime Minister Pedro Sanchez in Lisbon on Tuesday."],
    ["said on Tuesday after his meeting with", "Trade will double by 2030, Foreign Minister Ian Borg said on Tuesday after his meeting with Libyan Foreign Minister Taher al-Baour in Valletta."],
  ])("%s", (_, body) => {
    const ms = meetings(body, "2026-06-10");
    expect(ms).toHaveLength(1);
    expect(ms[0].date).toBe("2026-06-09");
    expect(ms[0].participants).toHaveLength(2);
  });
});

describe("'In a separate meeting' takes the day just told", () => {
  it.each([
    "In a separate meeting, Trade Minister Maninder Sidhu and Mexican Economy Secretary Marcelo Ebrard signed a memorandum on critical minerals.",
    "At a separate meeting, Trade Minister Maninder Sidhu held talks with Mexican Economy Secretary Marcelo Ebrard.",
  ])("%s", (second) => {
    const ms = meetings(`Ottawa (CP) – Prime Minister Mark Carney received Mexican Foreign Secretary Juan Ramon de la Fuente on Tuesday.\n\n${second}`, "2026-06-10");
    expect(has(ms, "2026-06-09", ["Marcelo Ebrard", "Maninder Sidhu"])).toBe(true);
  });
});

describe("'is to travel ... for talks' after a recall of the same month", () => {
  it.each([
    "Mr. Carney and Mexican President Claudia Sheinbaum last met in Mexico City in September, and Mr. Carney is to travel to Mexico again in September for talks with her.",
    "Prime Minister Mark Carney and Mexican President Claudia Sheinbaum last met in Mexico City in September. Carney is to travel to Mexico again in September for talks with Sheinbaum.",
  ])("%s", (second) => {
    const ms = meetings(`Ottawa (CP) – Prime Minister Mark Carney received Mexican Foreign Secretary Juan Ramon de la Fuente on Tuesday.\n\n${second}`, "2026-06-10");
    expect(has(ms, "2025-09", ["Claudia Sheinbaum", "Mark Carney"])).toBe(true);
    expect(has(ms, "2026-09", ["Claudia Sheinbaum", "Mark Carney"])).toBe(true);
  });
});
