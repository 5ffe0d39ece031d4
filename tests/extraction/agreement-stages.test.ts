// Agreement statuses on unseen reports (issue #11, agreements, fifth pass): a modal passive of signing is a
// plan ("should be signed"); a hope to conclude what is being negotiated leaves it under negotiation; a
// signing told as a noun after a future is still to come; the instrument a new one replaces is in force;
// "has since been ratified" is in force; a declaration is signed, never in force; a cue before ", and a ..."
// belongs to the clause before, not to the instrument of the new clause.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const statusOf = (body: string, words: string) => {
  const doc = run(`Foreign Minister Ahmed Hassan held talks with Foreign Minister Maria Lopez in Lima on Monday. ${body}`, "2025-02-03");
  const a = doc.agreements.find((x) => x.title.includes(words));
  if (!a) throw new Error(`no agreement with "${words}" in ${JSON.stringify(doc.agreements.map((x) => x.title))}`);
  return a.status;
};

describe("statuses", () => {
  it.each([
    ["The two ministers agreed that a memorandum on the financing of the new bridge should be signed by the end of the year.", "new bridge", "proposed"],
    ["An agreement on seasonal workers must be signed before the harvest, Lopez said.", "seasonal workers", "proposed"],
    ["The two sides are negotiating an agreement on the mutual recognition of driving licences, which they hope to conclude by the end of the year.", "driving licences", "under_negotiation"],
    ["Our officials continue to negotiate a new Labour Mobility Agreement, which we intend to sign in April.", "Labour Mobility", "under_negotiation"],
    ["The joint commission's work is to conclude on Wednesday with the signing of an action plan for 2025-2027.", "2025-2027", "proposed"],
    ["The two presidents will witness the signing of a memorandum of understanding on tourism.", "tourism", "proposed"],
    ["The two presidents witnessed the signing of a memorandum of understanding on tourism.", "tourism", "signed"],
    ["The Memorandum on Youth Mobility, which will replace the 2004 Working Holiday Agreement, is expected to be signed in the autumn.", "Working Holiday", "in_force"],
    ["The Memorandum on Youth Mobility, which will replace the 2004 Working Holiday Agreement, is expected to be signed in the autumn.", "Youth Mobility", "proposed"],
    ["Both countries are parties to the Convention on Road Traffic, the ministers noted.", "Road Traffic", "in_force"],
    ["The ministers urged the two sides to sign the Agreement on Road Transport soon and called on all parties to respect the truce.", "Road Transport", "proposed"],
    ["The Agreement on the Reciprocal Protection of Investments, signed in 2023, has since been ratified by both countries.", "Reciprocal Protection", "in_force"],
    ["The ministers reviewed the implementation of the Joint Declaration on Enhanced Cooperation.", "Enhanced Cooperation", "signed"],
    ["The ministers reviewed the implementation of the Agreement on Enhanced Cooperation.", "Enhanced Cooperation", "in_force"],
    ["The contract for the supply of howitzers is being implemented on schedule, and a roadmap on defence cooperation for 2026-2028 is to be signed in the coming weeks.", "defence cooperation", "proposed"],
    ["The contract for the supply of howitzers is being implemented on schedule, and a roadmap on defence cooperation for 2026-2028 is to be signed in the coming weeks.", "howitzers", "in_force"],
  ])("%s (%s)", (body, words, status) => {
    expect(statusOf(body, words)).toBe(status);
  });
});
