// Agreement statuses on batches 03-10 (issue #11, agreements, sixth pass): an instrument signed long ago
// that "remains in force" is in force; "under negotiation" after an instrument describes it; an instrument whose
// joint review is told exists and is in force; a cue word inside another instrument's title ("an implementing
// agreement on X and a memorandum on Y") governs neither; a ratification told as done ("welcomed the ratification by
// the Rada of") is in force, one called for is not.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const find = (body: string, words: string) => {
  const doc = run(`Foreign Minister Ahmed Hassan held talks with Foreign Minister Maria Lopez in Lima on Monday. ${body}`, "2025-02-03");
  const a = doc.agreements.find((x) => x.title.includes(words));
  if (!a) throw new Error(`no agreement with "${words}" in ${JSON.stringify(doc.agreements.map((x) => x.title))}`);
  return a;
};

describe("statuses", () => {
  it.each([
    ["The Treaty on Maritime Boundaries, signed in 1992, remains in force, Hassan said.", "Maritime Boundaries", "in_force"],
    ["The memorandum of understanding on seasonal work, signed in 2021, remains in force.", "seasonal work", "in_force"],
    ["Lopez said the Defence Cooperation Agreement signed in May 2019 remained in force and that a fisheries agreement with Peru was under negotiation.", "Defence Cooperation", "in_force"],
    ["Lopez said the Defence Cooperation Agreement signed in May 2019 remained in force and that a fisheries agreement with Peru was under negotiation.", "fisheries", "under_negotiation"],
    ["The ministers also prepared for the joint review of the Andean Trade Agreement next year.", "Andean Trade", "in_force"],
    ["Hassan proposed that the two presidents meet before the joint review of the Pacific Alliance Agreement in July.", "Pacific Alliance", "in_force"],
    ["The two ministers witnessed the exchange of an implementing agreement on carbon credits and a memorandum of understanding on the training of nurses.", "training of nurses", "signed"],
    ["The Treaty on Maritime Boundaries was signed in 1992.", "Maritime Boundaries", "signed"],
    ["The EU welcomed the ratification by the Verkhovna Rada of the Ukraine Facility Framework Agreement.", "Ukraine Facility", "in_force"],
    ["Lopez called for the ratification of the Treaty on Fisheries.", "Fisheries", "signed"],
  ])("%s (%s)", (body, words, status) => {
    expect(find(body, words).status).toBe(status);
  });
});

