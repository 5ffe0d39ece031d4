import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("agreements", () => {
  it("reads titles, kinds and a 'desire to sign' status", () => {
    const d = run(
      "Ambassador Oh Yong-ju conveyed the RoK side's desire to sign several documents with the MoIT, including a Memorandum of Understanding (MoU) on the establishment of the Korea Center for Mineral Supply, a MoU on Korea Plus in Vietnam and Vietnam Plus in Korea, and a Joint Statement on an electronic Certificate of Origin data exchange system.",
    );
    expect(d.agreements.map((a) => [a.kind, a.title, a.status])).toEqual([
      ["mou", "Memorandum of Understanding on the establishment of the Korea Center for Mineral Supply", "proposed"],
      ["mou", "MoU on Korea Plus in Vietnam and Vietnam Plus in Korea", "proposed"],
      ["joint_statement", "Joint Statement on an electronic Certificate of Origin data exchange system", "proposed"],
    ]);
    expect(d.agreements[0].parties).toContain("MoIT");
    expect(d.agreements[0].proposer).toBe("Oh Yong-ju");
  });

  it.each([
    ["The two sides witnessed the signing of the Agreement on the Cooperation Plan for 2021.", "signed"],
    ["The EU-Vietnam Free Trade Agreement (EVFTA) took effect in 2020.", "in_force"],
    ["The diplomat hoped the two sides would sign the agreement on labour cooperation now being drafted.", "under_negotiation"],
    ["Park wished the two countries would sign an Agreement on Social Insurance as soon as possible.", "proposed"],
    ["Chinh asked German lawmakers to ratify the EU-Vietnam Investment Protection Agreement (EVIPA) at an early date.", "signed"],
    ["The two sides had basically reached consensus on an agreement on the transfer of defence equipment.", "under_negotiation"],
    ["They mark the 45th anniversary of the Treaty of Amity and Cooperation this year.", "in_force"],
    ["Both sides agreed to make effective use of the Regional Comprehensive Economic Partnership (RCEP).", "in_force"],
  ])("%s => %s", (text, status) => {
    const d = run(text);
    expect(d.agreements).toHaveLength(1);
    expect(d.agreements[0].status).toBe(status);
  });

  it("two instruments in one sentence each get the nearest status cue", () => {
    const d = run(
      "Acknowledging the role of the Joint Vision Statement for 2015-2020 in strengthening ties, they hoped to finalise the Joint Vision Statement for 2021-2025 as early as possible.",
    );
    expect(d.agreements.map((a) => [a.title, a.status])).toEqual([
      ["Joint Vision Statement for 2015-2020", "signed"],
      ["Joint Vision Statement for 2021-2025", "under_negotiation"],
    ]);
  });

  it("a title runs through a short list of fields and stops at a comment clause", () => {
    const d = run("Both sides signed a memorandum of understanding on cooperation in trade, investment and tourism, calling it historic.");
    expect(d.agreements.map((a) => [a.kind, a.title, a.status])).toEqual([["mou", "memorandum of understanding on cooperation in trade, investment and tourism", "signed"]]);
  });

  it("titles drop a sentence-initial 'The' and trailing dates; 'came into effect' and 'will sign' set the status", () => {
    const d = run("The EU-Vietnam Free Trade Agreement came into effect in 2020. The two sides will sign the Agreement on Labour Cooperation next month and the MoU on Trade on June 20.");
    expect(d.agreements.map((a) => [a.kind, a.title, a.status])).toEqual([
      ["agreement", "EU-Vietnam Free Trade Agreement", "in_force"],
      ["agreement", "Agreement on Labour Cooperation", "proposed"],
      ["mou", "MoU on Trade", "proposed"],
    ]);
  });

  it("a lower-case title keeps 'in training ...' as its topic", () => {
    const d = run("The two sides signed a letter of intent on cooperation in training diplomats.");
    expect(d.agreements.map((a) => [a.kind, a.title, a.status])).toEqual([["letter_of_intent", "letter of intent on cooperation in training diplomats", "signed"]]);
  });

  it("generic mentions are not instruments", () => {
    const d = run(
      "The workshop amended the drafts of the strategy and the 2021-2025 agreement, and the agreements signed earlier. Ministers exchanged 12 cooperation documents. They reached agreement on many issues at the National Convention Center.",
    );
    expect(d.agreements).toEqual([]);
  });
});
