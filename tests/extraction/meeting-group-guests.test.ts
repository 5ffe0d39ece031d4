// Guests named by one plural noun (issue #11, meetings, batch16): "received the two visiting Foreign Ministers" is one
// encounter with both, though the guests' countries differ (a host meeting leaders of several countries one by one
// is told with their names, not with a group noun).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("guests named by a plural noun", () => {
  it("'received the two visiting Foreign Ministers' is one reception", () => {
    const doc = run(
      "Lisbon, May 14 (Lusa) - Foreign Minister Ana Silva hosted the third trilateral meeting of the foreign ministers of Portugal, Spain and Morocco in Lisbon today. Spanish Minister of Foreign Affairs Luis Ortega and Moroccan Minister of Foreign Affairs Karim Alaoui led their delegations. Later in the day, Prime Minister Rui Nunes received the two visiting Foreign Ministers at the Sao Bento Palace.",
      "2026-05-14",
    );
    const receptions = doc.meetings.filter((m) => m.participants.includes("Rui Nunes"));
    expect(receptions).toHaveLength(1);
    expect(receptions[0].participants).toEqual(expect.arrayContaining(["Rui Nunes", "Luis Ortega", "Karim Alaoui"]));
  });
});
