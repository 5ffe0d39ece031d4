// Agreement titles and kinds on batches 18-20 (issue #11, agreements, round twelve): two nouns joined by "and" before a
// lower-case head ("a hydrocarbon exploration and production agreement"); the years a capitalised title covers ("Action
// Plan 2026-2028"); "Agreed Minutes" and a capitalised "Free Trade Area"; programmes have kind `programme`; "talks on" an
// instrument put it under negotiation; a headline's instrument, with a masthead taken for the title, is the body's.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const lead = "Foreign Minister Ana Costa met Foreign Minister Lee Kinyanjui in Nairobi on Monday. ";
const found = (body: string, headline?: string) => run(lead + body, "2026-05-12", headline).agreements.map((a) => [a.kind, a.title, a.status]);

describe("two nouns joined by 'and' before a lower-case head", () => {
  it.each([
    ["The presidents witnessed the signing of six agreements, including a hydrocarbon exploration and production agreement.", "hydrocarbon exploration and production agreement", "signed"],
    ["The two ministers signed a trade and investment agreement.", "trade and investment agreement", "signed"],
    ["Talks on a new migration and returns agreement were continuing, the ministry said.", "migration and returns agreement", "under_negotiation"],
  ])("%s", (body, title, status) => {
    expect(found(body)).toEqual([["agreement", title, status]]);
  });
  it("a lower-case free trade area is a zone, no instrument", () => {
    expect(found("They welcomed the free trade area, whose upgrade protocol entered into force in April 2024.").map((a) => a[0])).toEqual(["protocol"]);
  });
  it("a second instrument after 'and' stays apart", () => {
    expect(found("The two ministers signed an MoU on health and a trade agreement.").map((a) => a[1])).toEqual(["MoU on health", "trade agreement"]);
  });
});

describe("the years a capitalised title covers", () => {
  it.each([
    ["The two ministers signed the Canada-Mexico Action Plan 2026-2028, which covers trade and culture.", "action_plan", "Canada-Mexico Action Plan 2026-2028"],
    ["The two Heads of Government witnessed the signing of the Strategic Cooperation Programme 2027-2031.", "programme", "Strategic Cooperation Programme 2027-2031"],
    ["The ministers adopted the Joint Action Plan 2026–27 on Tuesday.", "action_plan", "Joint Action Plan 2026–27"],
  ])("%s", (body, kind, title) => {
    expect(found(body).map((a) => [a[0], a[1]])).toEqual([[kind, title]]);
  });
});

describe("kinds", () => {
  it.each([
    ["The two ministers signed an Agreement on the Bridge and the Agreed Minutes of the Joint Commission.", "minutes", "Agreed Minutes of the Joint Commission"],
    ["The ASEAN-Australia-New Zealand Free Trade Area, in force since 2010, covers most goods.", "agreement", "ASEAN-Australia-New Zealand Free Trade Area"],
    ["The two ministers signed an executive programme for educational cooperation.", "programme", "executive programme for educational cooperation"],
    ["Costa called on the member states to ratify the Tripartite Free Trade Area agreement, which entered into force in 2024.", "agreement", "Tripartite Free Trade Area agreement"],
  ])("%s", (body, kind, title) => {
    expect(found(body).some((a) => a[0] === kind && a[1] === title)).toBe(true);
  });
});

describe("a headline's instrument under a masthead", () => {
  it.each([
    ["Presidents of Mongolia and Kazakhstan sign strategic partnership treaty", "The two Presidents signed the Treaty on Comprehensive Strategic Partnership between Mongolia and Kazakhstan."],
    ["Ministers sign MoU on Gelephu investment", "The two sides signed a Memorandum of Understanding on Investment Cooperation in the Gelephu Mindfulness City."],
  ])("%s", (headline, body) => {
    const doc = run(`The Daily Courier\n${headline}\n\n${lead}${body} The Agreement on Visa-Free Travel, in force since 2020, was reviewed.`, "2026-05-12", "The Daily Courier");
    expect(doc.agreements).toHaveLength(2);
  });
});
