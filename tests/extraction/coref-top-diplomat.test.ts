// "The top Iranian diplomat" is the foreign minister, not the deputy foreign minister named last (issue #11, proposals:
// acts given to another official of the same side; batch49-guided).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("'the top diplomat'", () => {
  it("is the foreign minister of its country", () => {
    const body =
      "Iranian Foreign Minister Reza Karimi met his Armenian counterpart Aram Petrosyan in Tehran on Wednesday. Iran's Deputy Foreign Minister Majid Sadeghi and Armenia's ambassador Grigor Avetisyan were also present.\n\n" +
      "The top Iranian diplomat said his country supports peace in the region. He proposed that the next meeting of the regional platform be held in Tehran in the autumn.";
    expect(run(body, "2026-07-02").proposals.map((p) => p.speaker)).toEqual(["Reza Karimi"]);
  });
});

// ("the head of Algerian diplomacy", "The Portuguese head of diplomacy": the foreign minister too, whatever the title's
// wording, "Minister of State and of Foreign Affairs"; batch51-guided.)
describe("'the head of diplomacy'", () => {
  it("is the foreign minister of its demonym's country", () => {
    const body =
      "Venezuelan Foreign Minister Yván Gil Pinto received Algerian Foreign Minister Ahmed Attaf in Caracas on Tuesday.\n\n" +
      "For his part, the head of Algerian diplomacy conveyed the greetings of President Abdelmadjid Tebboune to President Nicolás Maduro, and invited the Venezuelan chancellor to Algiers.";
    expect(run(body, "2026-07-09").proposals.map((p) => p.speaker)).toEqual(["Ahmed Attaf"]);
  });

  it("reads a foreign minister's title of state", () => {
    const body =
      "Prime Minister Ulisses Correia e Silva received the Minister of State and of Foreign Affairs of Portugal, Paulo Rangel, and the Secretary of State for Foreign Affairs and Cooperation, Nuno Sampaio, in Praia on Tuesday.\n\n" +
      "The Portuguese head of diplomacy, for his part, proposed that the next summit approve a new cooperation programme.";
    expect(run(body, "2025-09-24").proposals.map((p) => p.speaker)).toEqual(["Paulo Rangel"]);
  });
});
