// A nickname set in quotes is an alias, not part of the name (issue #11, names): "Pushpa Kamal Dahal 'Prachanda'" is
// Pushpa Kamal Dahal, alias Prachanda; "Ferdinand "Bongbong" Marcos" is Ferdinand Marcos, alias Bongbong.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a quoted nickname after a name", () => {
  const doc = run("Party Chairman Ram Bahadur Thapa 'Badal' received Vice Minister Chen Lin on Tuesday. Badal said the visit was timely.", "2026-03-10");

  it("is left out of the name and kept as an alias", () => {
    expect(official(doc, "Ram Bahadur Thapa")?.aliases).toContain("Badal");
    expect(doc.officials.some((o) => o.name.includes("'"))).toBe(false);
  });
});

describe("a quoted nickname inside a name", () => {
  const doc = run("Senator Maria “Mylene” Santos Reyes met Ambassador Kenji Sato in Manila on Monday.", "2026-03-10");

  it("is left out of the name, which goes on after it", () => {
    const o = official(doc, "Maria Santos Reyes");
    expect(o?.aliases).toContain("Mylene");
    expect(doc.meetings[0]?.participants).toContain("Maria Santos Reyes");
  });
});
