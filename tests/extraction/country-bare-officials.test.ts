// Officials whose titles name no country and whom no other rule places (issue #11, tenth pass on countries).
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("an official no rule has placed", () => {
  it("takes the one country the report names that no official holds", () => {
    const doc = run(
      [
        "President Mehmet Kaya attended the Türkiye-Azerbaijan-Georgia summit in Kars on Friday with President of Azerbaijan Rauf Mammadov and Prime Minister of Georgia Levan Beridze.",
        "The leaders discussed a railway linking Türkiye with Azerbaijan through Georgia.",
      ].join(" "),
    );
    expect(official(doc, "Mehmet Kaya")?.country).toBe("TR");
    expect(official(doc, "Rauf Mammadov")?.country).toBe("AZ");
  });

  it("or else is of the destination of the visit the report tells first", () => {
    const doc = run(
      [
        "President of the Republic of Kenya Samuel Okoro, who is on a state visit to Norway, held talks with Prime Minister of Norway Erik Dahl in Oslo on Tuesday.",
        "Earlier, Okoro was welcomed at the Royal Palace by King Harald and Queen Sonja.",
      ].join(" "),
    );
    expect(official(doc, "Harald")?.country).toBe("NO");
  });
});
