// An official named by his office under a person's possessive (issue #11, countries, batch02): "the President said,
// according to a statement by his Special Adviser, Mr X" makes X of the President's country when nothing else did.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("countries of a person's staff", () => {
  it("'his Special Adviser, Mr X' is of the country of the one he works for (no dateline)", () => {
    const doc = run(
      "Ghana's Foreign Minister Kofi Owusu was received by Nigerian President Bola Adeyemi at the State House on Thursday. Togo's Foreign Minister Robert Dussey, Togolese envoys and Togo's trade delegation also attended.\n\n" +
        '"The door remains open," the President said, according to a statement by his Special Adviser on Information and Strategy, Mr Emeka Obi.',
      "2024-08-30",
      "Ghana seeks Nigeria's support",
    );
    expect(official(doc, "Bola Adeyemi")?.country).toBe("NG");
    expect(official(doc, "Emeka Obi")?.country).toBe("NG");
  });
});
