// A side's list ends at the other side's demonym (issue #11, countries, batch35): "The Azerbaijani side included A and
// B, while Georgian Foreign Minister C and Minister of Economy D were part of the Georgian delegation": the names after
// another country's demonym are not the first side's, so D is not given the first side's country.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a side's list", () => {
  it("ends at another country's demonym after a name", () => {
    const doc = run(
      "President of Kenya Daniel Mwangi met with Prime Minister of Uganda Joseph Okello, who is on an official visit to Kenya, on April 16. The meeting continued in an expanded format. The Kenyan side included Foreign Minister Peter Kamau and Minister of Trade James Otieno, while Ugandan Foreign Minister Grace Achieng and Minister of Energy and Mineral Development Ruth Nankabirwa were part of the Ugandan delegation.",
      "2026-04-16",
      "Mwangi holds talks with Ugandan Prime Minister",
    );
    expect(official(doc, "James Otieno")?.country).toBe("KE");
    expect(official(doc, "Ruth Nankabirwa")?.country).toBe("UG");
  });
});
