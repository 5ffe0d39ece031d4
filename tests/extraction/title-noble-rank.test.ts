// "His Highness Prince Faisal bin Farhan bin Abdullah, Minister of Foreign Affairs, ... His Highness the Foreign Minister
// invited ...": a rank of nobility before a name (Prince, Sheikh) gives way to the office in apposition after it, so
// the role reference finds its holder. (issue #11)
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const doc = (body: string) => extract(` date 2025-12-10 Council meets in Riyadh\n\n${body}\n`, { source: "t.txt" });

describe("a noble rank before a name", () => {
  it("gives way to the office after it", () => {
    const d = doc(
      "His Highness Prince Faisal bin Farhan bin Abdullah, Minister of Foreign Affairs, received Minister of Foreign Affairs of Senegal Cheikh Niang today. The meeting was attended by Vice Minister of Foreign Affairs Waleed Elkhereiji. His Highness the Foreign Minister invited Senegalese companies to participate in Expo 2030 Riyadh.",
    );
    expect(d.officials.find((o) => o.name === "Faisal bin Farhan bin Abdullah")?.title).toBe("Minister of Foreign Affairs");
    expect(d.proposals.map((p) => p.speaker)).toEqual(["Faisal bin Farhan bin Abdullah"]);
  });

  it("stays the title when nothing follows", () => {
    expect(doc("Prince Faisal bin Farhan bin Abdullah received Minister of Foreign Affairs of Senegal Cheikh Niang today.").officials.find((o) => o.name === "Faisal bin Farhan bin Abdullah")?.title).toBe("Prince");
  });
});
