import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("'the two Presidents' and a head of state titled so", () => {
  it("a head of state whose title names no president is one of 'the two Presidents'", () => {
    const found = meetings(
      "The Head of State, Adama Barrow, held talks in Banjul on Tuesday with the President of Senegal, Bassirou Diomaye Faye. The talks were also attended by the Minister of Foreign Affairs, Mamadou Tangara, and the Senegalese Minister of Foreign Affairs, Yassine Fall. On Monday evening, Vice President Muhammad Jallow received Minister Yassine Fall. The two Presidents last spoke by telephone in January.",
      "2026-02-18",
    );
    expect(found).toContainEqual(["2026-01", "held", ["Adama Barrow", "Bassirou Diomaye Faye"]]);
  });
});
