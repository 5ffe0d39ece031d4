// "Norwegian Foreign Minister Eide held talks with Sybiha ... Minister Aukrust, who accompanied Eide, also took part in
// the talks. Later that day, Zelensky received the Norwegian delegation": a delegation named by its people is that
// country's people of the latest encounter told; a delegation someone will meet is not yet known. (issue #11)
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const meetings = (body: string) =>
  extract(` date 2026-05-07 Minister visits Kyiv\n\n${body}\n`, { source: "t.txt" }).meetings.map((m) => [m.status, m.participants.slice().sort().join(" + ")]);

const talks =
  "Norwegian Foreign Minister Espen Barth Eide held talks in Kyiv on Wednesday with his Ukrainian counterpart Andrii Sybiha. Norway's Minister of International Development Åsmund Aukrust, who accompanied Eide, also took part in the talks.";

describe("a country's delegation as an object", () => {
  it("is that country's people of the latest encounter", () => {
    expect(meetings(`${talks} Later that day, President Volodymyr Zelensky received the Norwegian delegation at the Presidential Office.`)).toContainEqual([
      "held",
      "Espen Barth Eide + Volodymyr Zelensky + Åsmund Aukrust",
    ]);
  });

  it("is no one yet in a plan", () => {
    expect(meetings(`${talks} On Friday, President Volodymyr Zelensky will receive the Norwegian delegation.`).filter((m) => m[0] === "planned")).toEqual([]);
  });
});
