// A portfolio's nouns are no given names (issue #11, names): "Minister of Jobs and Economic Growth Ravi Kahlon" is
// Ravi Kahlon, Minister of Jobs and Economic Growth, not "Growth Ravi Kahlon" (the field nouns are data, in
// vocabulary.json).
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a field noun at a title's end before the name", () => {
  const doc = run(
    "The Premier was joined by Minister of Trade and Shared Prosperity Aroha Tane and Minister for Truth and Reconciliation Lena Oskar, while Minister of Skills and Clean Growth Dev Malhi met the chamber.",
    "2026-03-10",
  );

  it("stays in the title", () => {
    expect(official(doc, "Aroha Tane")?.title).toBe("Minister of Trade and Shared Prosperity");
    expect(official(doc, "Lena Oskar")?.title).toBe("Minister for Truth and Reconciliation");
    expect(official(doc, "Dev Malhi")?.title).toBe("Minister of Skills and Clean Growth");
  });
});

// "Micro, Small and Medium Enterprises" in a long portfolio: "Micro" is no one-word name.
describe("a field word inside a title's list", () => {
  const doc = run(
    "On Tuesday, Secretary Ana Lazaro and the Deputy Prime Minister and Minister for Trade, Co-operatives, Micro, Small and Medium Enterprises and Communications, Hon. Manoa Tavita, co-chaired the meeting.",
    "2026-03-10",
  );

  it("stays in the title", () => {
    expect(doc.officials.map((o) => o.name).sort()).toEqual(["Ana Lazaro", "Manoa Tavita"]);
    expect(official(doc, "Manoa Tavita")?.title).toBe("Deputy Prime Minister and Minister for Trade, Co-operatives, Micro, Small and Medium Enterprises and Communications");
  });
});
