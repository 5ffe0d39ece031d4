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

  // Télam-style wire copy wrapped at ~70 characters, paragraphs indented.
  const wire = [
    "BUENOS AIRES, Apr 23 (Telam) -- Chilean President Gabriel Boric held",
    "talks on Wednesday at the Casa Rosada with Argentine President Carlos",
    "Ruiz Medina, and was then received by Vice President Ana Lucia",
    "Benitez Ortega at the Congress.",
    "",
    "   Foreign Ministers Alberto van Klaveren and Diana Mondino signed an",
    "agreement on integrated border controls and a memorandum of",
    "understanding on cybersecurity.",
  ].join("\n");

  it("a name cut by the wrap of narrow wire copy is whole", () => {
    const doc = run(wire, "2026-04-23");
    expect(names(doc)).toEqual(expect.arrayContaining(["Carlos Ruiz Medina", "Ana Lucia Benitez Ortega"]));
    expect(names(doc)).not.toContain("Ana Lucia");
  });

  it("an instrument's title cut by the wrap is whole, and the evidence quotes the line break as written", () => {
    const doc = run(wire, "2026-04-23");
    const mou = doc.agreements.find((a) => a.kind === "mou");
    expect(mou?.title).toBe("memorandum of understanding on cybersecurity");
    const text = ` date 2026-04-23 Leaders meet: officials\n${wire}`;
    for (const e of mou!.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(doc.sentences.some((x) => x.text.includes("memorandum of\nunderstanding"))).toBe(true);
  });

  // MANA-style wire copy: a dateline opens a line of capitalised words only, and a short line stops where the next
  // word would not have fitted (issue #11, names cut short).
  const mana = [
    "   BLANTYRE, May 4 (MANA) -- President Professor Lazarus Peter",
    "Chimwemwe on Monday held talks with his visiting Zambian counterpart,",
    "President Hakainde Mweetwa, at Sanjika Palace in Blantyre, where the",
    "two leaders agreed to build a new market at the Mwami border post and",
    "to extend the railway line from Mchinji to the border with Zambia.",
    "   The talks were also attended by Zambian Foreign Minister Mulambo",
    "Haimbe and Trade Minister of North Macedonia Vesna",
    "Dimitrovska-Kostova, who is in Malawi for a trade fair.",
    "   Chimwemwe called on Zambia to reduce the fees charged on",
    "Malawian trucks. He also urged SADC member states to speed up the",
    "regional power pool. Dimitrovska-Kostova invited Malawian investors",
    "to take part in the fair.",
  ].join("\n");

  it("a name cut after a dateline's line of capitalised words is whole, its style stripped", () => {
    const doc = run(mana, "2026-05-05");
    expect(names(doc)).toContain("Lazarus Peter Chimwemwe");
    expect(names(doc)).not.toContain("Lazarus Peter");
    // The short name resolves to the whole name, so "He also urged" in the next sentence is his too.
    expect(doc.proposals.filter((p) => p.kind === "call").map((p) => p.speaker)).toEqual(["Lazarus Peter Chimwemwe", "Lazarus Peter Chimwemwe"]);
  });

  it("a name cut on a short line the next word would not have fitted on is whole, its hyphenated surname too", () => {
    const doc = run(mana, "2026-05-05");
    expect(official(doc, "Vesna Dimitrovska-Kostova")?.aliases).toContain("Dimitrovska-Kostova");
    expect(doc.proposals.find((p) => p.kind === "invitation")?.speaker).toBe("Vesna Dimitrovska-Kostova");
  });

  it("a long line does not run on into a byline", () => {
    const doc = run("The two leaders witnessed the exchange of an MoU on renewable energy and an agreement on food security cooperation\nBy WAM\nThe two leaders met in Abu Dhabi on Tuesday.");
    expect(doc.agreements.map((a) => a.title)).toContain("agreement on food security cooperation");
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
