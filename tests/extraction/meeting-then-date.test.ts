// "Merz, who made Warsaw one of his first trips after taking office in May 2025, met Tusk then for a brief lunch": "then"
// after the verb takes back the date of the relative clause before it, so the encounter is a recall of that month, not
// the day the report follows; without "then" the clause's date stays another event's (issue #11).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const meetings = (body: string) =>
  extract(` date 2026-05-19 German-Polish consultations in Warsaw\n\n${body}\n`, { source: "t.txt" }).meetings.map((m) => [m.date, m.participants.slice().sort().join(" + ")]);

const TALKS = "Chancellor Friedrich Merz and Polish Prime Minister Donald Tusk held talks in Warsaw on Tuesday.";

describe("an encounter dated by 'then'", () => {
  it("takes the date of the relative clause before the verb", () => {
    expect(meetings(`${TALKS} Merz, who made Warsaw one of his first foreign trips after taking office in May 2025, met Tusk then for a brief lunch.`)).toEqual([
      ["2026-05-19", "Donald Tusk + Friedrich Merz"],
      ["2025-05", "Donald Tusk + Friedrich Merz"],
    ]);
  });

  it("takes it from 'at the time' too", () => {
    expect(meetings(`${TALKS} Tusk, who was still in opposition in March 2023, met Merz at the time in Berlin.`)).toContainEqual(["2023-03", "Donald Tusk + Friedrich Merz"]);
  });

  it("leaves the clause's date to its own event without it, or when 'then' is a next step", () => {
    expect(meetings(`${TALKS} Merz, who took office in May 2025, met Tusk for a brief lunch.`)).toEqual([["2026-05-19", "Donald Tusk + Friedrich Merz"]]);
    expect(meetings(`${TALKS} Merz, who took office in May 2025, arrived in the morning and then met Tusk for a brief lunch.`)).toEqual([["2026-05-19", "Donald Tusk + Friedrich Merz"]]);
  });
});
