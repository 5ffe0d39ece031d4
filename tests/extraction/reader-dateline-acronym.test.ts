// "Accra, Nov. 27, GNA - President ...": a dateline of a place, a day and the agency's acronym without brackets, then a
// dash, tells where the report was filed (issue #11, page furniture and countries).
import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/extraction/index.ts";

const TEXT =
  " date 2025-11-27\nGhana, Burkina Faso resume their Joint Commission\nBy Benjamin Mensah, GNA\n\n" +
  "Accra, Nov. 27, GNA - President John Dramani Mahama on Wednesday received Burkina Faso's Minister of Foreign Affairs, Mr Karamoko Jean-Marie Traoré, at the Jubilee House.\n\n" +
  "The Minister for Foreign Affairs, Mr Samuel Okudzeto Ablakwa, was present.\n\n" +
  "On Wednesday afternoon, the visiting minister also held talks with the Minister for the Interior, Mr Muntaka Mohammed Mubarak, on displaced persons.\n";

describe("a dateline with the agency's bare acronym", () => {
  it("is read as the dateline, its place Accra", () => {
    expect(readDocument(TEXT).dateline).toBe("Accra");
    expect(readDocument(" date 2026-02-03\nTalks\n\nNairobi, 3 February, KNA – Kenya and Uganda signed a deal.\n").dateline).toBe("Nairobi");
  });

  it("a sentence opening with a place, a date and a capitalised word is no dateline", () => {
    expect(readDocument(" date 2026-02-03\nTalks\n\nNairobi, 3 February, Kenya and Uganda signed a deal.\n").dateline).toBeNull();
  });
});
