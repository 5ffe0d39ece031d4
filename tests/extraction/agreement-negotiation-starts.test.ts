// Negotiations still to start (issue #11, agreements): "will start negotiations on an agreement", "agreed to begin
// negotiating an agreement" only propose the instrument (the convention of batch10 and batch11); negotiations that
// have started ("began negotiating", "have started talks on") leave it under negotiation.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const statusOf = (body: string, words: string) => {
  const doc = run(`Foreign Minister Ahmed Hassan held talks with Foreign Minister Maria Lopez in Lima on Monday. ${body}`, "2024-05-14");
  const a = doc.agreements.find((x) => x.title.includes(words));
  if (!a) throw new Error(`no agreement with "${words}" in ${JSON.stringify(doc.agreements.map((x) => x.title))}`);
  return a.status;
};

describe("negotiations to start", () => {
  it.each([
    ["Peru and Egypt will start negotiations on an agreement on cross-border electricity trade.", "electricity trade", "proposed"],
    ["Both countries agreed to begin negotiating an agreement on the maintenance of the river boundary.", "river boundary", "proposed"],
    ["The two sides agreed to launch negotiations on a Framework Participation Agreement in crisis management operations.", "Framework Participation", "proposed"],
    ["The ministers decided to open talks on a visa waiver agreement next year.", "visa waiver", "proposed"],
    ["Peru and Egypt began negotiating an agreement on cross-border electricity trade in March.", "electricity trade", "under_negotiation"],
    ["Peru and Egypt have started negotiations on an agreement on cross-border electricity trade.", "electricity trade", "under_negotiation"],
    ["The two sides are negotiating an agreement on fisheries.", "fisheries", "under_negotiation"],
    // A start told as a noun after an intention or a call; a launch already announced has started them.
    ["The two governments are expected to announce the launch of negotiations on an agreement on river shipping.", "river shipping", "proposed"],
    ["The ministers called for the opening of talks on an agreement on seasonal workers.", "seasonal workers", "proposed"],
    ["Last year the two governments announced the launch of negotiations on an agreement on river shipping.", "river shipping", "under_negotiation"],
    // Work to start on an instrument is a start of negotiation.
    ["The leaders also agreed to start work on an agreement on the reconstruction of the power grid.", "power grid", "proposed"],
    ["Officials are already working on an agreement on the reconstruction of the power grid.", "power grid", "under_negotiation"],
  ])("%s", (body, words, status) => {
    expect(statusOf(body, words)).toBe(status);
  });
});
