// Two officials who share a name word (issue #11, batch17): "HRH Prince Faisal" goes to the official whose full name was
// written after "Prince", not to the one named last ("Shaikh Faisal bin Nasser"), and so do his proposals.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const body =
  "His Royal Highness Prince Faisal bin Omar Al Rashid, the Crown Prince and Prime Minister, yesterday held talks with Korean Prime Minister Kim Min-seok at Gudaibiya Palace. " +
  "The talks were attended by Finance Minister Shaikh Faisal bin Nasser Al Rashid and Foreign Minister Dr Abdullatif bin Rashid Al Zayani. " +
  "HRH Prince Faisal proposed that the two countries establish a joint investment fund. Shaikh Faisal asked Korea to invest in the metro.";

describe("a short name shared by two officials", () => {
  it("goes to the one introduced with the style written before it", () => {
    const doc = run(body, "2026-05-07");
    expect(doc.proposals.map((p) => [p.kind, p.speaker])).toEqual([
      ["proposal", "Faisal bin Omar Al Rashid"],
      ["request", "Faisal bin Nasser Al Rashid"],
    ]);
  });

  it("with no style before it, to the one named last", () => {
    const doc = run(body.replace("HRH Prince Faisal proposed", "Faisal proposed"), "2026-05-07");
    expect(doc.proposals[0].speaker).toBe("Faisal bin Nasser Al Rashid");
  });
});
