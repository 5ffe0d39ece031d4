// "granted an audience to" (issue #11, meetings): the one who grants an audience receives the other, as "received in
// audience" tells; "will grant" a planned one.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("an audience granted to someone", () => {
  const doc = run(
    "Sultan Hamid Rahman granted an audience to Foreign Minister Clara Voss at the palace on Tuesday. Emperor Akihiko will grant a farewell audience to Ambassador Pedro Alves on Friday.",
    "2026-03-11",
  );

  it("is a reception hosted by the grantor", () => {
    const held = doc.meetings.find((m) => m.participants.includes("Clara Voss"));
    expect([held?.date, held?.kind, held?.status]).toEqual(["2026-03-10", "reception", "held"]);
    expect(held?.roles.find((r) => r.name === "Hamid Rahman")?.role).toBe("host");
    const planned = doc.meetings.find((m) => m.participants.includes("Pedro Alves"));
    expect([planned?.date, planned?.status, planned?.participants.includes("Akihiko")]).toEqual(["2026-03-13", "planned", true]);
  });
});
