// A title needs the head noun of an office (issue #11, names; batch46-guided): in "received today at the Ministry's
// General Diwan His Excellency X, Minister of Foreign Affairs of the United Republic of Tanzania,", the words before the
// name hold no such noun ("General" is a modifier), so the apposition after it is X's title, and "the Tanzanian
// minister" then refers to him.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("words with no office's head before a name with an apposition", () => {
  const doc = run(
    "Muscat, 16 September 2025 - His Highness Sayyid Khalid bin Said, Foreign Minister, received today at the Ministry's General Diwan His Excellency Juma Hamisi, Minister of Foreign Affairs of the United Republic of Tanzania. For his part, the Tanzanian minister invited Omani investors to take part in the Zanzibar Investment Forum.",
    "2025-09-16",
  );

  it("are no title", () => {
    expect(official(doc, "Juma Hamisi")?.title).toBe("Minister of Foreign Affairs");
  });

  it("so the role refers to him", () => {
    expect(doc.proposals.map((p) => p.speaker)).toEqual(["Juma Hamisi"]);
  });
});

describe("a rank before the name", () => {
  it("stays the title when the apposition has no head either", () => {
    const doc = run("Senator Jane Cole, Chair of the Committee, met the delegation on Monday.", "2025-09-16");
    expect(official(doc, "Jane Cole")?.title).toBe("Senator");
  });
});
