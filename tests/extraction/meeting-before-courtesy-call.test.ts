// "Before the courtesy call, on the same morning, A and B co-chaired ..." (issue #11, meetings): a call named as the
// encounter before or after which another took place opens a sentence on that encounter's day, as "before the talks" does.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("a sentence opened by the courtesy call it follows or precedes", () => {
  const doc = run(
    "President Bola Tinubu received Ghanaian Vice President John Mensah at the State House on the morning of 10 March 2026. The President said Nigeria would support the regional power pool, and urged Ghana to speed up the customs union. The Vice President praised the growth of the Nigerian economy. Before the courtesy call, Mensah and Nigerian Trade Minister Doris Uzoka-Anite co-chaired the 3rd Ghana-Nigeria Trade Dialogue.",
    "2026-03-12",
  );

  it("dates the co-chaired dialogue by the call's day", () => {
    expect(doc.meetings.find((m) => m.participants.includes("Doris Uzoka-Anite"))?.date).toBe("2026-03-10");
  });
});
