// A plural title in apposition may say "of the two countries" (issue #11, countries; batch46-guided): "The foreign
// ministers of the two countries, A and B," are one of each side, in the order the report names the two countries.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("'the foreign ministers of the two countries, A and B'", () => {
  const doc = run(
    "Ghana and Togo on Thursday agreed to build a new border post at Aflao. President John Mahama of Ghana held talks with President Faure Gnassingbé of Togo in Accra. The foreign ministers of the two countries, Samuel Ablakwa and Robert Dussey, held preparatory talks on Wednesday.",
    "2025-10-16",
    "Ghana, Togo agree on border post",
  );

  it("gives one to each side in the order the countries are named", () => {
    expect(official(doc, "Samuel Ablakwa")?.country).toBe("GH");
    expect(official(doc, "Robert Dussey")?.country).toBe("TG");
  });
});
