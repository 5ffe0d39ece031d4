// Page furniture is not content (issue #11, page furniture): menus, bylines, timestamps, cookie
// notices, "Read more:" and the headlines listed after it, "Source:" lines, copyright, share and
// comment-form lines, and the headline repeated by the page.
import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/extraction/reader.ts";
import { names, run } from "./helpers.ts";

const page = [
  " date 2024-07-15 King receives farewell call from outgoing Canadian ambassador",
  "Home | Local | Region | World | Business | Opinion",
  "Home › Business › Mining",
  "This site uses cookies. By continuing you agree to our Privacy Policy. OK",
  "King receives farewell call from outgoing Canadian ambassador",
  "By Chanda Mwale | Published 20 November 2024, 09:15 CAT",
  "Updated 14:32 CEST | Sept 13, 2024",
  "Thursday, 10/31/2024, 08:20 (GMT+7)",
  "Share | Tweet | Email",
  "AMMAN — King Abdullah II on Monday received outgoing Canadian Ambassador to Jordan Catherine Levesque at Al Husseiniya Palace.",
  "By 2030 the two countries aim to double their trade.",
  "Source: Petra",
  "© dpa-infocom, dpa:240913-930-231447/2",
  "Read more: Faeser extends border checks to all of Germany's land borders",
  "Related Articles",
  "Jordan, Canada sign agreement on skills training",
  "Jordan's exports to North America rise 8%",
  "",
  "Comment's Title",
  "Comment's Body",
  "Send",
].join("\n");

describe("page furniture", () => {
  const read = readDocument(page);
  const texts = read.sentences.map((s) => s.text);

  it("keeps only the report's sentences", () => {
    expect(texts).toEqual([
      "King Abdullah II on Monday received outgoing Canadian Ambassador to Jordan Catherine Levesque at Al Husseiniya Palace.",
      "By 2030 the two countries aim to double their trade.",
    ]);
  });

  it("marks the furniture lines as noise and the repeated headline as a repeat", () => {
    expect(read.noise.filter((n) => n.kind === "furniture").length).toBeGreaterThanOrEqual(14);
    expect(read.noise.some((n) => n.kind === "repeat" && page.slice(n.start, n.end).startsWith("King receives"))).toBe(true);
  });

  it("gives no fact from a related headline", () => {
    const doc = run(page.split("\n").slice(1).join("\n"), "2024-07-15", "King receives farewell call from outgoing Canadian ambassador");
    expect(doc.agreements).toEqual([]);
    expect(names(doc)).toContain("Catherine Levesque");
  });
});

describe("a 'Recommended:' headline", () => {
  it("is furniture, not a recommendation of the last speaker", () => {
    const doc = run("Prime Minister Harini Amarasuriya met Japanese Ambassador Akio Isomata on Monday. Amarasuriya recommended that the two sides expand trade.\nRecommended: Rupee firm as bourse gains for fourth day");
    expect(doc.proposals.map((p) => p.text).filter((t) => /Rupee/.test(t))).toEqual([]);
  });
});

describe("lists of topics", () => {
  it("a 'Topics:' line is furniture", () => {
    const read = readDocument(" date 2026-01-01 Thai FM meets junta boss\nForeign Minister Sihasak Phuangketkeow met Senior General Min Aung Hlaing on Tuesday.\nTopics: Thailand, Scam Centers, Min Aung Hlaing");
    expect(read.sentences.map((s) => s.text)).toEqual(["Foreign Minister Sihasak Phuangketkeow met Senior General Min Aung Hlaing on Tuesday."]);
  });

  it("a capitalised pair in a list with a country is no person beside a name ('Discussed: Thailand, Scam Centers, X')", () => {
    const doc = run("Foreign Minister Sihasak Phuangketkeow met Senior General Min Aung Hlaing on Tuesday.\nDiscussed: Thailand, Scam Centers, Min Aung Hlaing, Border Trade and Myanmar.");
    expect(names(doc)).not.toContain("Scam Centers");
    expect(names(doc)).not.toContain("Border Trade");
  });
});

// "Tamara Bailey/Senior Gleaner Writer" gave an official "Gleaner Writer" titled "Senior" (issue #11, batch17).
describe("a byline 'Name/Role' names no official", () => {
  it.each(["Maria Clarke/Senior Clarion Writer", "Devon Hall / Staff Reporter", "Anna Brown/Clarion Correspondents"])("%s", (byline) => {
    const doc = run(`${byline}\nPrime Minister Andrew Holness met Foreign Minister Sean Sobers on Wednesday.`, "2026-01-22");
    expect(names(doc)).toEqual(["Andrew Holness", "Sean Sobers"]);
    expect(readDocument(` date 2026-01-22 Leaders meet\n${byline}\nThe two met.`).sentences.map((s) => s.text)).toEqual(["The two met."]);
  });

  it("a title written with a slash stays content ('Deputy Prime Minister/Foreign Minister X')", () => {
    const doc = run("Deputy Prime Minister/Foreign Minister Omar Dar\nhosted the talks on Wednesday.", "2026-01-22");
    expect(names(doc)).toContain("Omar Dar");
  });
});

// A press release's "Date: 2026-04-22" label line under a long headline was read as the headline's wrapped end, and the
// guest's name took "Date" on ("Pholile Shakantu Date") (issue #11, batch27).
describe("a 'Date:' label line is furniture, not a headline's continuation", () => {
  const headline = "Minister hosts luncheon for visiting Minister of Foreign Affairs and International Cooperation Thandi Dlamini";
  const text = ` date 2026-04-22\n${headline}\nDate: 2026-04-22\nSource: Department of African Affairs\nMinister of Foreign Affairs Lin Wei hosted a luncheon on April 21 for Minister of Foreign Affairs Thandi Dlamini of Eswatini.`;

  it("keeps the name whole and reads no sentence from the label", () => {
    const doc = readDocument(text);
    expect(doc.sentences.map((s) => s.text).some((s) => s.includes("Date:"))).toBe(false);
    expect(names(run(text.replace(/^ date \S+\n/, ""), "2026-04-22"))).toContain("Thandi Dlamini");
    expect(names(run(text.replace(/^ date \S+\n/, ""), "2026-04-22"))).not.toContain("Thandi Dlamini Date");
  });
});
