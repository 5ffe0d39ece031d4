// "Mullah Abdul Ghani Baradar" carries a cleric's style, stripped as "Sheikh" and "Haji" are; "Reem bint Ebrahim Al
// Hashimy": "bint" (daughter of) is a patronymic particle inside the name, as "bin" and "binti" (issue #11, ex19c).
import { describe, expect, it } from "vitest";
import { names, run } from "./helpers.ts";

describe("clerical styles and Arabic patronymics", () => {
  it("strips Mullah and Mawlawi before a name", () => {
    const doc = run("Later, Meredov met with the Deputy Prime Minister for Economic Affairs, Mullah Abdul Karim Rahimi. Mawlawi Abdul Wahid Noori, the Minister of Commerce, also attended.");
    expect(names(doc)).toContain("Abdul Karim Rahimi");
    expect(names(doc)).toContain("Abdul Wahid Noori");
  });

  it("keeps bint inside a name", () => {
    const doc = run("The meeting was attended by Noura bint Saeed Al Mansoori, Minister of State for International Cooperation, and Ambassador Ali Kemal.");
    expect(names(doc)).toContain("Noura bint Saeed Al Mansoori");
  });
});
