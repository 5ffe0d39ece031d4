// KCNA's wording and a hard wrap after a plural's possessive (issue #11, meetings and page reading): "received and had a
// talk with X" is talks with X; a line ending "of the Workers'" runs on into "Party of Korea, ..." on the next line.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";
import { meetings } from "./helpers.ts";

describe("had a talk with", () => {
  it("is talks", () => {
    const found = meetings("Ri Son Gwon, director of the International Department, received and had a talk with the delegation of the Cambodian People's Party led by Say Chhum, its vice-president, on Wednesday.", "2026-03-12");
    expect(found).toContainEqual(["2026-03-11", "held", ["Ri Son Gwon", "Say Chhum"]]);
  });

  it("survives a wrap after a possessive apostrophe", () => {
    const doc = extract(
      " date 2026-03-12\nPyongyang, March 12 (KCNA) -- Ri Son Gwon, director of the\nInternational Department of the Central Committee of the Workers'\nParty of Korea, held talks with the delegation of the\nCambodian People's Party led by Say Chhum, its vice-president, at the\nMansudae Assembly Hall on Wednesday.\n",
      { source: "t.txt" },
    );
    expect(doc.meetings.map((m) => [...m.participants].sort())).toContainEqual(["Ri Son Gwon", "Say Chhum"]);
  });
});
