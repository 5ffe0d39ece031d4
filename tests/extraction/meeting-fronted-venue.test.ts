// "On 3 May 2026, within the framework of the 12th Arctic Council Ministerial Meeting in Tromsø, X had bilateral meetings
// with A, B and C" (issue #11, meetings): a named gathering in a fronted phrase is the venue of the main clause's
// encounters, one with each counterpart, not an encounter of everyone the sentence names.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("a named gathering in a fronted phrase", () => {
  const told = meetings(
    "On 3 May 2026, within the framework of the 12th Arctic Council Ministerial Meeting in Tromsø, Foreign Minister Elin Strand had bilateral meetings with the Minister of Foreign Affairs of Canada Paul Tremblay, the Minister of Foreign Affairs of Iceland Gudrun Jonsdottir, and the Secretary of State of the United States Mark Ellis.",
    "2026-05-04",
  );

  it("one encounter with each counterpart", () => {
    expect(told).toContainEqual(["2026-05-03", "held", ["Elin Strand", "Paul Tremblay"]]);
    expect(told).toContainEqual(["2026-05-03", "held", ["Elin Strand", "Gudrun Jonsdottir"]]);
    expect(told).toContainEqual(["2026-05-03", "held", ["Elin Strand", "Mark Ellis"]]);
  });

  it("no encounter of all four", () => {
    expect(told.some(([, , people]) => (people as string[]).length > 2)).toBe(false);
  });
});
