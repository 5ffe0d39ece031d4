// "X later met Foreign Minister Y, who is expected to co-chair the Joint Commission with Z": the subject of an encounter
// verb inside a relative clause is the person the clause follows (issue #11, meetings; batch49-guided); "A and B, who
// held talks beforehand" keeps both.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("an encounter verb in a relative clause", () => {
  it("has the person before 'who' as its subject", () => {
    const body =
      "Indian Foreign Secretary Arun Mehta called on President Anura Kumara Dissanayake in Colombo on Tuesday.\n\n" +
      "The Indian Foreign Secretary later met Foreign Minister Vijitha Herath, who is expected to co-chair the Joint Commission with External Affairs Minister S. Jaishankar in New Delhi in July.";
    expect(meetings(body, "2026-04-22")).toContainEqual(["2026-07", "planned", ["S. Jaishankar", "Vijitha Herath"]]);
  });

  it("keeps a coordinated antecedent whole", () => {
    const body = "The agreement was signed at the Chancellery in the presence of Chancellor Olaf Scholz and President William Ruto, who held talks beforehand.";
    expect(meetings(body, "2024-09-14").map(([, , people]) => people)).toContainEqual(["Olaf Scholz", "William Ruto"]);
  });
});
