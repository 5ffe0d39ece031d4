// "this morning (18)", "yesterday (17)" (issue #11, batch17): the day of the month a Sri Lankan report adds in brackets
// after a relative day holds even when the page went out a day or two later.
import { describe, expect, it } from "vitest";
import { findDates, resolveDate } from "../../src/extraction/dates.ts";
import { meetings } from "./helpers.ts";

describe("a relative day with the day of the month in brackets", () => {
  it("'this morning (18)' and 'yesterday (17)' under a header two days on", () => {
    const body = [
      "President Nalin Perera and Kelani President Ilse Brandvik held bilateral discussions at the Presidential Secretariat in Colombo this morning (18).",
      "On the previous evening, Foreign Minister Ravi Silva and Kelani Foreign Minister Oskar Pellan held talks in Colombo yesterday (17).",
    ].join("\n\n");
    expect(meetings(body, "2026-06-20")).toEqual([
      ["2026-06-18", "held", ["Ilse Brandvik", "Nalin Perera"]],
      ["2026-06-17", "held", ["Oskar Pellan", "Ravi Silva"]],
    ]);
  });

  it("the bracketed day across a month's end, and no bracket as before", () => {
    const text = "They met yesterday (31) and will meet again tomorrow.";
    const [a, b] = findDates(text);
    expect(resolveDate(a, "2026-06-02", false)?.value).toBe("2026-05-31");
    expect(resolveDate(b, "2026-06-02", true)?.value).toBe("2026-06-03");
  });
});

describe("'On the previous evening'", () => {
  it("is the evening before the day of the encounter just told", () => {
    const body = [
      "President Nalin Perera and Kelani President Ilse Brandvik held talks in Colombo on Thursday.",
      "On the previous evening, Foreign Minister Ravi Silva and Minister Oskar Pellan held talks at the Ministry of Foreign Affairs.",
    ].join("\n\n");
    expect(meetings(body, "2026-06-19")).toEqual([
      ["2026-06-18", "held", ["Ilse Brandvik", "Nalin Perera"]],
      ["2026-06-17", "held", ["Oskar Pellan", "Ravi Silva"]],
    ]);
  });
});
