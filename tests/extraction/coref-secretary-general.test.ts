// "the Secretary General" is a role noun of its own (issue #11, coreference): read as "the Secretary" before a name
// ("General ..."), it referred to nobody, and the next "He" went to whoever was named last.
import { describe, expect, it } from "vitest";
import { meetings, run } from "./helpers.ts";

describe("the Secretary General as a role noun", () => {
  it("'The Secretary General thanked ... He called on ...' is the Secretary General named before", () => {
    const doc = run(
      "NATO Secretary General Lars Holm visited Romania on Thursday, where he met with President Nicușor Dan in Bucharest. The Minister of Foreign Affairs, Oana Țoiu, also took part in the meeting. The Secretary General thanked Romania for hosting the brigade. He called on all Allies to meet the new spending target.",
      "2026-11-13",
    );
    expect(doc.proposals.map((p) => p.speaker)).toEqual(["Lars Holm"]);
  });
});

// The same office as the subject of a meeting told later (meetings of international organisations' heads).
describe("the Secretary General as a reference", () => {
  it.each([["Secretary General"], ["Secretary-General"]])("'the %s had dinner with Y'", (office) => {
    const body =
      `OSCE ${office} Feridun Sinirlioğlu met President Alar Karis in Tallinn on Thursday.\n\n` +
      `On Wednesday evening, the ${office} had dinner with Prime Minister Kristen Michal.`;
    expect(meetings(body, "2026-11-13")).toEqual([
      ["2026-11-12", "held", ["Alar Karis", "Feridun Sinirlioğlu"]],
      ["2026-11-11", "held", ["Feridun Sinirlioğlu", "Kristen Michal"]],
    ]);
  });
});
