// "The delegation was led by A and B ... Later on July 7, the delegation met Finance Secretary X": a delegation as the
// subject of a verb of encounter stands for the people the report said it was led by ("led by", "who is leading a
// delegation"); with none said, it names no one. A modal before "pay a courtesy call on" is the same frame ("will pay",
// "would pay"), so a delegation told to pay one is its leaders too. (issue #11)
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const meetings = (body: string) =>
  extract(` date 2026-07-09 Chamber officers in Manila\n\n${body}\n`, { source: "t.txt" }).meetings.map((m) => [m.date, m.status, m.participants.slice().sort().join(" + ")]);

describe("a delegation as a subject", () => {
  it("is the people it is said to be led by", () => {
    expect(
      meetings(
        "Officers of the chamber called on President Ferdinand Marcos Jr. at Malacañang Palace on Tuesday, July 7. The delegation was led by AmCham President Ebb Hinchliffe and Council President Ted Osius. Later on July 7, the delegation met Finance Secretary Frederick Go at the Department of Finance.",
      ),
    ).toContainEqual(["2026-07-07", "held", "Ebb Hinchliffe + Frederick Go + Ted Osius"]);
  });

  it("is the one said to lead it", () => {
    expect(
      meetings(
        "Speaker Rebecca Kadaga received the Speaker of the National Assembly of Zambia, Nelly Mutti, who is leading a delegation of Zambian legislators, on Tuesday, July 7. On Wednesday, the delegation met Vice President Jessica Alupo.",
      ),
    ).toContainEqual(["2026-07-08", "held", "Jessica Alupo + Nelly Mutti"]);
  });

  it("is its leaders in a courtesy call it will pay", () => {
    expect(
      meetings(
        "Speaker Rebecca Kadaga received the Speaker of the National Assembly of Zambia, Nelly Mutti, who is leading a delegation of Zambian legislators, on Tuesday, July 7. The delegation will pay a courtesy call on Vice President Jessica Alupo on Thursday.",
      ),
    ).toContainEqual(["2026-07-09", "planned", "Jessica Alupo + Nelly Mutti"]);
  });

  it("is the subject of a courtesy call after any modal", () => {
    expect(meetings("Foreign Minister Mulambo Haimbe would pay a courtesy call on President Yoweri Museveni on Friday.")).toContainEqual(["2026-07-10", "planned", "Mulambo Haimbe + Yoweri Museveni"]);
  });

  it("names no one when no one is said to lead it", () => {
    expect(meetings("President Ferdinand Marcos Jr. spoke in Manila on Tuesday, July 7. Later on July 7, the delegation met Finance Secretary Frederick Go at the Department of Finance.")).toEqual([]);
  });
});
