// "Present there was X" after an encounter (issue #11, meetings): KCNA's wording for who else attended joins X to the
// encounter just told, as "Also present were" does.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("present there was", () => {
  it("joins the encounter just told", () => {
    const found = meetings(
      "Ri Son Gwon, director of the International Department, held talks with Say Chhum, vice-president of the Cambodian People's Party, on Wednesday. Present there was Chea Chanto, Cambodian ambassador to the DPRK.",
      "2026-03-12",
    );
    expect(found).toContainEqual(["2026-03-11", "held", ["Chea Chanto", "Ri Son Gwon", "Say Chhum"]]);
  });
});
