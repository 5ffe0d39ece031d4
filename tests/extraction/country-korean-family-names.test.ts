// More Korean family names (issue #11, countries, batch38): "Seok" (석), "Byeon" (변), "Maeng" (맹) and others of the
// common romanisations: a Korean official met by a foreign visitor, of no title country, is Korean by his name's
// tradition, not of the visitor's side.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("Korean family names beyond the commonest", () => {
  it.each(["Seok Jin-ho", "Byeon Hae-won", "Maeng Sung-kyu"])("%s", (name) => {
    const doc = run(
      `South Korean Defense Minister Ahn Gyu-back held talks with Deputy Prime Minister Wladyslaw Kosiniak-Kamysz in Warsaw on Monday. On Tuesday, Secretary of State Pawel Bejda met ${name}, the minister of the Defense Acquisition Program Administration, in Gwacheon. Poland has bought 180 tanks from Korea.`,
      "2026-05-20",
    );
    expect(official(doc, name)?.country).toBe("KR");
  });
});
