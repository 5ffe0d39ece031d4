// "First" opens a rank of its own before a title word (issue #11, titles): "First Minister" (Scotland, Wales, Northern
// Ireland), "First Deputy Prime Minister", "First Secretary". Read as a bare "Minister", a later "The First Minister"
// went to whichever minister the report named last.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("'First' as part of a rank", () => {
  it("'The First Minister proposed' is the First Minister, not the foreign minister named after him", () => {
    const doc = run(
      "First Minister Ewan Campbell met Taoiseach Niamh Byrne in Dublin on Tuesday. The meeting was also attended by Ireland's Minister for Foreign Affairs, Aoife Kelly. The First Minister proposed that the two governments fund a joint study on a subsea cable.",
      "2026-02-10",
    );
    expect(official(doc, "Ewan Campbell")?.title).toBe("First Minister");
    expect(doc.proposals.map((p) => p.speaker)).toEqual(["Ewan Campbell"]);
  });

  it("'First Deputy Prime Minister' and 'First Secretary' keep their rank", () => {
    const doc = run(
      "First Deputy Prime Minister Ivan Petrov met Foreign Minister Ana Lopez in Sofia on Tuesday. The First Secretary of the Embassy, Tom Lee, also attended.",
      "2026-02-10",
    );
    expect(official(doc, "Ivan Petrov")?.title).toBe("First Deputy Prime Minister");
    expect(official(doc, "Tom Lee")?.title).toMatch(/^First Secretary/);
  });

  it("'first' before another word is no title: 'the first minister to visit'", () => {
    const doc = run("Foreign Minister Ana Lopez, the first minister to visit Sofia this year, met Ivan Petrov on Tuesday.", "2026-02-10");
    expect(official(doc, "Ana Lopez")?.title).toBe("Foreign Minister");
  });
});
