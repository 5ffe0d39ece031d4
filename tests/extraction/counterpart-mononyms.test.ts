// A person of one name in apposition to a counterpart phrase ("his Indonesian counterpart,
// Sugiono,") is an official, with the country the phrase gives, and takes part in the encounter
// (issue #12); a lead that tells the encounter in the present perfect with no day is dated to the
// report's month.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const read = (body: string) => {
  const doc = run(body, "2024-07-09");
  return { officials: doc.officials.map((o) => [o.name, o.country]), meetings: doc.meetings.map((m) => [m.date, [...m.participants].sort()]) };
};

describe("one-name counterparts", () => {
  it("reads the name after 'his Indonesian counterpart,' and joins the later short references to it", () => {
    expect(read("Thai Foreign Minister Maris Sangiampongsa met his Indonesian counterpart, Sugiono, in Bangkok on Tuesday.\n\nMaris told Sugiono that Thailand supports closer maritime cooperation.")).toEqual({
      officials: [
        ["Maris Sangiampongsa", "TH"],
        ["Sugiono", "ID"],
      ],
      meetings: [["2024-07-09", ["Maris Sangiampongsa", "Sugiono"]]],
    });
  });

  it("dates an undated present-perfect encounter of two named people to the report's day", () => {
    expect(read("Thai Foreign Minister Maris Sangiampongsa has met his Indonesian counterpart, Sugiono, in Bangkok.").meetings).toEqual([["2024-07-09", ["Maris Sangiampongsa", "Sugiono"]]]);
  });

  it("reads no one-name official where no counterpart phrase stands before the word", () => {
    expect(read("Thai Foreign Minister Maris Sangiampongsa met Indonesian officials in Bangkok on Tuesday, Sugiono said.").officials).toEqual([["Maris Sangiampongsa", "TH"]]);
  });
});
