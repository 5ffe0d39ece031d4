// Names and the lines of a page (issue #11, names, batches 04-09): a name cut by a hard wrap on a
// shorter line ("... Foreign Minister Gordan Grlić\nRadman met ..."), a byline with the writer's
// e-mail address, and a father's name after "bin" that is not the son ("Crown Prince Al Hussein bin
// Abdullah II" beside "King Abdullah II").
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("names and lines", () => {
  it("a name cut by a hard wrap on a line shorter than a paragraph's", () => {
    const doc = run("On the margins of the session, Foreign Minister Gordan Grlić\nRadman met with his Slovenian counterpart Tanja Fajon.\n\nFajon invited Grlić Radman to Bled.");
    expect(names(doc)).toContain("Gordan Grlić Radman");
    expect(names(doc)).not.toContain("Gordan Grlić");
  });

  it("a headline-like line before a paragraph is not joined to it", () => {
    const doc = run("Malaysia, Singapore sign water deal at retreat in Kuala Lumpur\nMalaysia and Singapore signed the agreement on Tuesday.");
    expect(doc.sentences[0].text).toBe("Malaysia, Singapore sign water deal at retreat in Kuala Lumpur");
  });

  it("a byline with an e-mail address names no official", () => {
    const doc = run("Korean Minister Ahn Duk-geun met Saudi Minister Prince Abdulaziz in Seoul on June 12.\n\nKim Ji-hyun (jhk@heraldcorp.com)\n[ⓒ The Korea Herald]");
    expect(names(doc)).not.toContain("Kim Ji-hyun");
  });

  it("the father's name after 'bin' is someone else", () => {
    const doc = run("AMMAN - His Majesty King Abdullah II on Monday received outgoing Canadian Ambassador to Jordan Catherine Lévesque. Crown Prince Al Hussein bin Abdullah II attended the meeting.");
    expect(names(doc)).toEqual(expect.arrayContaining(["Abdullah II", "Al Hussein bin Abdullah II"]));
    expect(official(doc, "Abdullah II")?.title).toBe("King");
  });
});
