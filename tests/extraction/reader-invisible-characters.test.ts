// Web pages leave invisible format characters inside words: soft hyphens ("Muse\u00adveni"), zero-width spaces and word
// joiners. The rules read through them, the output names carry none, and the evidence quotes the report as written
// (issue #11, page furniture and scraping).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const plain = " date 2026-05-12\nKenya and Uganda agree on railway\nNAIROBI, May 12 - Kenyan President William Ruto met Ugandan President Yoweri Museveni in Nairobi on Tuesday. Ruto proposed that the two countries build a new railway.\n";

describe("invisible characters inside words", () => {
  it.each([
    ["a soft hyphen", "Muse\u00adveni"],
    ["a zero-width space", "Muse\u200bveni"],
    ["a word joiner", "Muse\u2060veni"],
    ["a byte-order mark inside the text", "Muse\ufeffveni"],
  ])("%s: the name is read whole and written without it", (_, written) => {
    const text = plain.replace("Museveni", written);
    const doc = extract(text, { source: "t.txt" });
    expect(doc.officials.map((o) => o.name).sort()).toEqual(["William Ruto", "Yoweri Museveni"]);
    const guest = doc.officials.find((o) => o.name === "Yoweri Museveni")!;
    expect(guest.country).toBe("UG");
    expect(guest.evidence[0].text).toBe(`Yoweri ${written}`);
    expect(text.slice(guest.evidence[0].start, guest.evidence[0].end)).toBe(`Yoweri ${written}`);
    expect(doc.meetings).toHaveLength(1);
    expect(doc.proposals).toHaveLength(1);
    expect(JSON.stringify(doc.officials.map((o) => [o.name, o.title, o.aliases]))).not.toMatch(/[\u00ad\u200b\u2060\ufeff\u034f]/);
  });

  it("a document without them comes out as before", () => {
    const doc = extract(plain, { source: "t.txt" });
    expect(doc.sentences.map((s) => s.text).join(" ")).toContain("Yoweri Museveni in Nairobi");
  });
});
