// "called on President Y, who hosted the summit, and invited him to visit Islamabad" is a courtesy call: the "to" of a
// verb joined by "and" is that verb's, not a request's (issue #11, meetings). "X later called on Y and conveyed an
// invitation to a summit later this year": the date after the second verb dates the summit, and the call takes the day
// of the encounter before it.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("'called on Y, ..., and <verb>ed ... to'", () => {
  it("is a call on Y", () => {
    expect(
      meetings(
        "Prime Minister Shahid Khan arrived in Bishkek on Wednesday for the summit. On Wednesday evening, shortly after his arrival, the prime minister called on Kyrgyz President Sadyr Toktomov, who hosted the summit, and invited him to visit Islamabad.",
        "2026-07-03",
      ),
    ).toEqual([["2026-07-01", "held", ["Sadyr Toktomov", "Shahid Khan"]]]);
  });

  it("'called on Y to do Z' stays a request", () => {
    expect(meetings("Prime Minister Shahid Khan on Wednesday called on President Sadyr Toktomov to reopen the border.", "2026-07-03")).toEqual([]);
  });

  it("'later called on Y and conveyed an invitation ... later this year' is dated by the encounter before", () => {
    expect(
      meetings(
        "Foreign Minister Jean Barre held talks with External Affairs Minister Ravi Shankar in New Delhi on Wednesday. Barre later called on Prime Minister Arun Mehta at his residence and conveyed an invitation to attend a summit in Nice later this year.",
        "2026-03-05",
      ),
    ).toEqual([
      ["2026-03-04", "held", ["Jean Barre", "Ravi Shankar"]],
      ["2026-03-04", "held", ["Arun Mehta", "Jean Barre"]],
    ]);
  });
});
