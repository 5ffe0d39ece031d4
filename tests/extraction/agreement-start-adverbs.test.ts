// A negotiation still to start proposes the instrument (issue #11), also with an adverb between the intention and the
// start verb ("would now start negotiating a treaty") and with "revised" before the instrument ("agreed to begin
// negotiations on a revised Fisheries Cooperation Agreement").
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const lead = "Foreign Minister Chet Greene met Foreign Minister Samuel Okudzeto Ablakwa in St John's on Monday. ";
const statuses = (body: string) => run(lead + body, "2026-05-12").agreements.map((a) => [a.title, a.status]);

describe("a start still to come", () => {
  it.each([
    ["Greene said officials would now start negotiating a double taxation treaty.", "double taxation treaty"],
    ["The ministers said their teams will soon begin negotiations on an air services agreement.", "air services agreement"],
    ["They also agreed to begin negotiations on a revised Fisheries Cooperation Agreement.", "Fisheries Cooperation Agreement"],
  ])("%s", (body, title) => {
    expect(statuses(body)).toEqual([[title, "proposed"]]);
  });

  it("negotiations under way stay under negotiation", () => {
    expect(statuses("Greene said officials were now negotiating a double taxation treaty.")).toEqual([["double taxation treaty", "under_negotiation"]]);
  });
});
