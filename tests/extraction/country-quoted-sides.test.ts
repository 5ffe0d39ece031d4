// A leader named only inside a quotation (issue #11, batch16's leftover): with nothing of his own to tell his country,
// he is of the side of the speaker the quotation is given to.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

const body = [
  "Dili (TATOLI) - The Prime Minister, Mateus Soares, received Portuguese Foreign Minister Paulo Rangel at the Government Palace on Tuesday.",
  "The two discussed cooperation in education and justice.",
  '"I invited Prime Minister Soares to visit Lisbon to open with Prime Minister Rui Vasco Costa the first Timor-Leste–Portugal business forum," Rangel said.',
].join("\n");

describe("a leader named only inside a quotation", () => {
  it("is of the speaker's side, not the report's home side", () => {
    const doc = run(body, "2026-03-18");
    expect(official(doc, "Mateus Soares")?.country).toBe("TL");
    expect(official(doc, "Rui Vasco Costa")?.country).toBe("PT");
  });

  it("one the quotation qualifies keeps his own country", () => {
    const doc = run(body.replace("Prime Minister Rui Vasco Costa", "Indonesian President Budi Santoso"), "2026-03-18");
    expect(official(doc, "Budi Santoso")?.country).toBe("ID");
  });
});
