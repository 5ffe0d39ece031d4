// "the Secretary General" is a role noun of its own (issue #11, coreference): read as "the Secretary" before a name
// ("General ..."), it referred to nobody, and the next "He" went to whoever was named last.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("the Secretary General as a role noun", () => {
  it("'The Secretary General thanked ... He called on ...' is the Secretary General named before", () => {
    const doc = run(
      "NATO Secretary General Lars Holm visited Romania on Thursday, where he met with President Nicușor Dan in Bucharest. The Minister of Foreign Affairs, Oana Țoiu, also took part in the meeting. The Secretary General thanked Romania for hosting the brigade. He called on all Allies to meet the new spending target.",
      "2026-11-13",
    );
    expect(doc.proposals.map((p) => p.speaker)).toEqual(["Lars Holm"]);
  });
});
