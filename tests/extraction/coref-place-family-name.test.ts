// A family name that is also a place (issue #11, coreference): after "President Marcos Lima", "at the palace in Lima" is
// the city, not the president, so he is no participant of an encounter there.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("a place after a preposition of place", () => {
  const doc = run(
    "Prime Minister Luis Otero will travel to Brasília next week for talks with President Marcos Lima. On Tuesday, President Jorge Salas hosted Ecuadorian President Daniel Roldán at the Government Palace in Lima.",
    "2026-03-13",
  );

  it("is the place", () => {
    const reception = doc.meetings.find((m) => m.date === "2026-03-10");
    expect(reception?.location).toBe("Lima");
    expect([...(reception?.participants ?? [])].sort()).toEqual(["Daniel Roldán", "Jorge Salas"]);
  });
});
