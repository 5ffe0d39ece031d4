// "X attended a dinner offered by Y", "the two Ministers attended a working dinner hosted by Z" (issue #11, batch26 and
// batch27): a meal given by a host is an encounter of the host and those who attended it, whether the host "hosted",
// "offered" or "gave" it and whether the guests are named or told by a group.
import { describe, expect, it } from "vitest";
import { meetings, run } from "./helpers.ts";

describe("a meal attended and given by a host", () => {
  it("'attended a dinner offered by' makes the host and the guest meet", () => {
    const body = [
      "President Nalin Perera on Wednesday received Kelani Prime Minister Ilse Brandvik in Colombo.",
      "On Tuesday evening, Brandvik attended a dinner offered by Prime Minister Ravi Silva.",
    ].join("\n\n");
    expect(meetings(body, "2026-05-07")).toEqual([
      ["2026-05-06", "held", ["Ilse Brandvik", "Nalin Perera"]],
      ["2026-05-05", "held", ["Ilse Brandvik", "Ravi Silva"]],
    ]);
  });

  it("'the two Ministers attended a working dinner hosted by' gives the pair just told as the guests", () => {
    const body = [
      "Foreign Minister Ravi Silva met Kelani Foreign Minister Oskar Pellan yesterday, Wednesday 13 May, in Colombo.",
      "On Tuesday evening, the two Ministers attended a working dinner hosted by the Minister of Foreign Affairs of Norland, Anna Kessel.",
    ].join("\n\n");
    const doc = run(body, "2026-05-14");
    const dinner = doc.meetings.find((m) => m.date === "2026-05-12");
    expect([...(dinner?.participants ?? [])].sort()).toEqual(["Anna Kessel", "Oskar Pellan", "Ravi Silva"]);
    expect(dinner?.roles.find((r) => r.name === "Anna Kessel")?.role).toBe("host");
  });

  it("a gift offered by someone is no meal", () => {
    const body = "Foreign Minister Ravi Silva met Kelani Foreign Minister Oskar Pellan in Colombo on Wednesday. Pellan thanked Silva for the support offered by Colombo.";
    expect(meetings(body, "2026-05-14")).toEqual([["2026-05-13", "held", ["Oskar Pellan", "Ravi Silva"]]]);
  });
});
