// "Minister X conveyed on Tuesday a written message from President Y to King Z. The message was received by Crown
// Prince W during an audience": the message as a subject stands for the one who brought it; and in "W received a
// written message from President Y, delivered by Minister X", the sender was not there. (issue #11)
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const meetings = (body: string) =>
  extract(` date 2025-12-10 Minister visits Riyadh\n\n${body}\n`, { source: "t.txt" }).meetings.map((m) => [m.date, m.participants.slice().sort().join(" + ")]);

describe("a message and its bearer", () => {
  it("the message received stands for its bearer", () => {
    expect(
      meetings("Foreign Minister Cheikh Niang conveyed on Tuesday a written message from Senegalese President Bassirou Diomaye Faye to King Salman. The message was received by Crown Prince Mohammed bin Salman during an audience at Al-Yamamah Palace."),
    ).toEqual([["2025-12-09", "Cheikh Niang + Mohammed bin Salman"]]);
  });

  it("the sender of a message received is no party", () => {
    expect(meetings("Crown Prince Mohammed bin Salman received on Tuesday a written message from Senegalese President Bassirou Diomaye Faye, delivered by Foreign Minister Cheikh Niang.")).toEqual([
      ["2025-12-09", "Cheikh Niang + Mohammed bin Salman"],
    ]);
  });

  it("a letter with no bearer told names no one", () => {
    expect(meetings("The letter was received by Crown Prince Mohammed bin Salman on Tuesday.")).toEqual([]);
  });
});
