// "At the meeting, in which A and B took part, Minister C said ... and proposed ...": the people of a relative clause
// after a fronted phrase are neither the subject of the act nor the one "He" goes on with (issue #11, proposals;
// batch49-guided).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("a relative clause after a fronted phrase", () => {
  it("lends no speaker", () => {
    const body =
      "President Isaias Afwerki received Egyptian Foreign Minister Badr Abdelatty in Asmara this morning.\n\n" +
      "At the meeting, in which Foreign Minister Osman Saleh and Presidential Adviser Yemane Gebreab took part, Minister Abdelatty said that Egypt regards the security of the Red Sea as the responsibility of the littoral states, and proposed convening a tripartite summit in Cairo. He further invited Eritrean businesses to participate in the Egypt-Africa trade fair in May.";
    expect(run(body, "2026-02-18").proposals.map((p) => p.speaker)).toEqual(["Badr Abdelatty", "Badr Abdelatty"]);
  });
});
