// "X, President of a chamber, said today at an interaction with Minister Y": the one after "with" is met, not the
// report's source (an inverted ", said spokesman Z" still is); "The interaction was also attended by A and B" adds
// them to it; "X said that ..., after two days of talks with Y" is X's encounter (issue #11, meetings).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const meetings = (body: string) =>
  extract(` date 2026-06-04\nChamber hosts German minister\n\nNew Delhi, 3 June 2026\n\n${body}\n`, { source: "t.txt" }).meetings.map((m) => [m.date, m.participants.slice().sort().join(" + ")]);

describe("an encounter told after 'said'", () => {
  it("'X, Title, said today at an interaction with Y'", () => {
    expect(meetings("Mr Anant Goenka, President of the Federation of Indian Chambers, said today at an interaction with German Federal Minister Reem Alabali Radovan that both countries should build a skilling corridor.")).toEqual([
      ["2026-06-03", "Anant Goenka + Reem Alabali Radovan"],
    ]);
  });

  it("'The interaction was also attended by A and B'", () => {
    expect(
      meetings(
        "Mr Anant Goenka, President of the Federation of Indian Chambers, said today at an interaction with German Federal Minister Reem Alabali Radovan that both countries should build a skilling corridor.\n\n" +
          "The interaction was also attended by Mr Jitin Prasada, Minister of State for Commerce, and Dr Philipp Ackermann, Ambassador of Germany to India.",
      ),
    ).toEqual([["2026-06-03", "Anant Goenka + Jitin Prasada + Philipp Ackermann + Reem Alabali Radovan"]]);
  });

  it("an inverted source after 'said' is still no party", () => {
    expect(meetings("Trade between the two countries will double, said Foreign Ministry spokesman Lin Jian at a briefing on Monday.")).toEqual([]);
  });

  it("'X said Wednesday that ..., after two days of talks with Y': the speaker's encounter", () => {
    expect(meetings("Treasury Secretary Scott Bessent said Wednesday that the United States and China had agreed to extend a tariff truce, after two days of talks with Chinese Vice Premier He Lifeng in Paris.")).toEqual([
      ["2026-06-03", "He Lifeng + Scott Bessent"],
    ]);
  });
});
