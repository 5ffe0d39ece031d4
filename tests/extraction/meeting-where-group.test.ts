// "Luxon will travel to Manila in November for the East Asia Summit, where the two leaders agreed to meet again": after
// a state dinner the Governor-General hosted for the guest, "the two leaders" of a "where" clause are the pair whose
// titles fit the group's noun (the talks' prime minister and president), not the pair of the encounter told last
// (issue #11).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const planned = (last: string) =>
  extract(
    ` date 2026-05-21 Luxon and Marcos lift ties\n\nPrime Minister Christopher Luxon and Philippine President Ferdinand Marcos Jr held talks at Parliament yesterday. On Tuesday evening, Governor-General Cindy Kiro hosted a state dinner for Marcos at Government House in Wellington. ${last}\n`,
    { source: "t.txt" },
  )
    .meetings.filter((m) => m.status === "planned")
    .map((m) => [m.date, m.participants.slice().sort().join(" + ")]);

describe("a group in a 'where' clause", () => {
  it("is the pair whose titles fit its noun", () => {
    expect(planned("Luxon will travel to Manila in November for the East Asia Summit, where the two leaders agreed to meet again.")).toEqual([["2026-11", "Christopher Luxon + Ferdinand Marcos Jr"]]);
  });

  it("is still the pair just told when 'they' names no office", () => {
    expect(planned("Marcos will travel to Auckland in July for a business forum, where they are to meet again.")).toEqual([["2026-07", "Cindy Kiro + Ferdinand Marcos Jr"]]);
  });
});
