// A given name that is also a place, after the "and" of names under a plural title (issue #11, names; batch46-guided):
// in "Presidents Luiz Inácio Lula da Silva and Santiago Peña last met", "Santiago" opens the second president's name as
// it does after "President".
import { describe, expect, it } from "vitest";
import { meetings, names, run } from "./helpers.ts";

describe("'Presidents A and Santiago B'", () => {
  const body = "Presidents Luiz Inácio Lula da Silva and Santiago Peña last met in December 2024 in Montevideo.";

  it("names the second president", () => {
    expect(names(run(body, "2025-06-10"))).toContain("Santiago Peña");
  });

  it("and the encounter has both", () => {
    expect(meetings(body, "2025-06-10")).toEqual([["2024-12", "held", ["Luiz Inácio Lula da Silva", "Santiago Peña"]]]);
  });
});
