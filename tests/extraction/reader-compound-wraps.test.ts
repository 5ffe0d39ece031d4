// A hard wrap after a compound's hyphen before its lower-case rest ("agreed on Thursday to fast-\ntrack a rail
// link", "to be co-\nchaired by"): the line runs on into the rest, the rules read the compound whole, and what the
// output quotes and names is the report as written (issue #11).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const text = [
  " date 2026-03-13",
  "Chile, Korea agree to fast-track trade talks",
  "SANTIAGO, March 12 (Wire) - Chilean Foreign Minister Alberto van Klaveren and his",
  "South Korean counterpart Cho Tae-yul agreed on Thursday to fast-",
  "track negotiations on an upgraded free trade agreement, officials said after",
  "talks in Santiago.",
  "",
  "Cho urged Chile to open its lithium projects to Korean firms and asked Chile",
  "to set common rules for the export of fruit and to co-operate on agro-",
  "processing standards. The joint committee on trade and investment, to be co-",
  "chaired by the two vice ministers, will hold its first meeting in Seoul in",
  "September, the two ministers said in a joint statement on Thursday evening.",
].join("\n");

describe("a wrap after a compound's hyphen", () => {
  const doc = extract(text, { source: "t.txt" });

  it("keeps the sentence whole, so its talks are found with the pair the sentence names", () => {
    const talks = doc.meetings.find((m) => m.status === "held");
    expect(talks?.participants.sort()).toEqual(["Alberto van Klaveren", "Cho Tae-yul"]);
    expect(talks?.date).toBe("2026-03-12");
  });

  it("names the compound whole, with one space before it, in a proposal's text", () => {
    const ask = doc.proposals.find((p) => p.text.includes("standards"));
    expect(ask?.text).toBe("Chile to set common rules for the export of fruit and to co-operate on agro-processing standards");
  });

  it("quotes the report as written, the wrap and the compound's first letter included", () => {
    const ask = doc.proposals.find((p) => p.text.includes("standards"))!;
    for (const e of ask.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(ask.evidence.some((e) => e.text.includes("co-operate on agro-\nprocessing standards"))).toBe(true);
  });

  it("reads a participle compound across the wrap as the cue it is: the committee is planned", () => {
    const committee = doc.meetings.find((m) => m.location === "Seoul");
    expect(committee?.status).toBe("planned");
  });
});
