// A role word against a title that holds two offices (issue #11, coreference): "the minister" is the holder of
// "Deputy Prime Minister and Minister of Foreign Affairs", whose title names a minister of a portfolio beside the prime
// minister, not only the holder of a bare "Minister".
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("the minister, for a deputy prime minister who is also a minister of a portfolio", () => {
  const doc = run(
    "Iraqi Deputy Prime Minister and Minister of Foreign Affairs Tariq Al-Hamdani arrived in Damascus on Sunday for a two-day visit. He was received at the airport by Syrian Minister of Economy Hayan Abdul-Rahman. On Monday, the Iraqi minister met Syrian Prime Minister Khalid Al-Omari.",
    "2026-07-21",
  );

  it("refers to that holder", () => {
    const met = doc.meetings.find((m) => m.participants.includes("Khalid Al-Omari"));
    expect(met?.participants).toContain("Tariq Al-Hamdani");
    expect(met?.participants).not.toContain("Hayan Abdul-Rahman");
  });
});
