// Three states told in other words (issue #11): consultations still to start on an instrument propose it ("agreed to
// start consultations on a new agreement"), as negotiations still to start do; an instrument to be drawn up is proposed;
// a signed instrument the next sentence, opening with a reference to it, tells in force is in force ("signed in January
// 2024 ... The agreement has been in force since then"), unless that sentence says it awaits ratification.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const states = (body: string) => extract(` date 2026-04-22 Ministers meet\n\n${body}\n`, { source: "t.txt" }).agreements.map((a) => [a.title, a.status]);

describe("a state told in other words", () => {
  it("is proposed for consultations still to start, under negotiation for consultations held", () => {
    expect(states("Botchorishvili and Bayramov agreed to start consultations on a new agreement on visa-free travel for holders of service passports.")).toEqual([
      ["agreement on visa-free travel for holders of service passports", "proposed"],
    ]);
    expect(states("Officials of the two ministries held consultations on a readmission agreement in Baku.")).toEqual([["readmission agreement", "under_negotiation"]]);
  });

  it("is proposed for an instrument to be drawn up", () => {
    expect(states("Chancellor Friedrich Merz and Prime Minister Mette Frederiksen agreed on Thursday to draw up a joint action plan on Baltic Sea security.")).toEqual([
      ["joint action plan on Baltic Sea security", "proposed"],
    ]);
  });

  it("is in force when the next sentence tells it so of the instrument just signed", () => {
    const lead = "Both sides reviewed the long-term power trade agreement signed in January 2024, under which India will import electricity from Nepal.";
    expect(states(`${lead} The agreement has been in force since then, and Nepal exported electricity worth Rs 17 billion.`)).toEqual([["power trade agreement", "in_force"]]);
    expect(states(`${lead} The agreement has not yet entered into force, officials said.`)).toEqual([["power trade agreement", "signed"]]);
  });
});

describe("a signed instrument told as working", () => {
  it("is in force", () => {
    expect(states("The memorandum of understanding on coast guard cooperation, signed in 2023, already provides for a hotline.")).toEqual([["memorandum of understanding on coast guard cooperation", "in_force"]]);
    expect(states("The Strategic Partnership Council agreement, signed in 2019 during a visit to Riyadh, remains the framework for the relationship.")).toEqual([["Strategic Partnership Council agreement", "in_force"]]);
  });

  it("is not in force for what a newly signed one will do", () => {
    expect(states("The ministers signed a memorandum of understanding on energy cooperation on Monday, under which the two sides will study a joint refinery.")).toEqual([["memorandum of understanding on energy cooperation", "signed"]]);
  });
});
