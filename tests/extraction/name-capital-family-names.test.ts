// "the Prime Minister, Head of Government, Mr Robert BEUGRÉ MAMBÉ, ... the Ambassador of Senegal, Mr Ibrahima SY": in a
// report that writes family names in capitals after a form of address (a francophone habit, seen twice or more), the
// capitals close the name, whatever else they could spell (SY, Syria's code); elsewhere capitals after a name stay an
// acronym ("Anthony Albanese MP"). (issue #11)
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const names = (body: string) => extract(` date 2026-02-25 Ministers meet in Abidjan\n\n${body}\n`, { source: "t.txt" }).officials.map((o) => o.name);

describe("family names in capitals", () => {
  it("close the name in a report written so", () => {
    expect(
      names(
        "The Minister of Foreign Affairs, Mr KACOU Houadja Léon Adom, received Mr Cheikh NIANG, Minister of Foreign Affairs of Senegal. Mr NIANG was later received by the Prime Minister, Head of Government, Mr Robert BEUGRÉ MAMBÉ, in the presence of the Ambassador of Senegal to Côte d'Ivoire, Mr Ibrahima SY.",
      ),
    ).toEqual(["KACOU Houadja Léon Adom", "Cheikh NIANG", "Robert BEUGRÉ MAMBÉ", "Ibrahima SY"]);
  });

  it("stay an acronym elsewhere", () => {
    expect(names("Prime Minister the Hon Anthony Albanese MP met Mr Richard Marles MP in Canberra on Tuesday.")).toEqual(["Anthony Albanese", "Richard Marles"]);
  });
});
