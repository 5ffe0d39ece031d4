// "The head of the Cabinet asked the Belarusian side to ...": a role "of the" body a title names is the one official
// whose own title is of that body ("Chairman of the Cabinet of Ministers"), not the one named last nor a deputy of it;
// when two hold such titles, the role names no one by the body (issue #11).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const speakers = (body: string) => extract(` date 2026-05-14 Kyrgyzstan, Belarus expand trade\n\n${body}\n`, { source: "t.txt" }).proposals.map((p) => [p.speaker, p.text]);

const LEAD =
  "Chairman of the Cabinet of Ministers of Kyrgyzstan Adylbek Kasymaliev held talks with Prime Minister of Belarus Alexander Turchin in Bishkek on Tuesday. Deputy Chairman of the Cabinet of Ministers Daniyar Amangeldiev also took part. Alexander Turchin suggested creating a joint trading house in Bishkek.";

describe("a role of a body", () => {
  it("is the official whose title is of that body", () => {
    expect(speakers(`${LEAD} The head of the Cabinet asked the Belarusian side to consider the localisation of truck production in Kyrgyzstan.`)).toContainEqual([
      "Adylbek Kasymaliev",
      "the Belarusian side to consider the localisation of truck production in Kyrgyzstan",
    ]);
  });

  it("names no one by the body when the body is not in any title", () => {
    const out = speakers(`${LEAD} The head of the Parliament asked the Belarusian side to consider the localisation of truck production in Kyrgyzstan.`);
    expect(out.find((p) => (p[1] ?? "").includes("truck"))?.[0]).not.toBe("Adylbek Kasymaliev");
  });
});
