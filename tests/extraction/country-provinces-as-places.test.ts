// Provinces and states as places (issue #11, countries; data): an official whose title names only a province ("Governor of
// Shandong", "Chief Minister of Haryana", "Governor of Upper Austria") is of that province's country.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a province in the title", () => {
  it("gives the province's country", () => {
    const doc = run("The Governor of Shandong, Zhou Naixiang, met the Chief Minister of Haryana, Nayab Singh Saini, and the Governor of Upper Austria, Thomas Stelzer, at a trade fair in Dubai on Monday.", "2026-03-10");
    expect(official(doc, "Zhou Naixiang")?.country).toBe("CN");
    expect(official(doc, "Nayab Singh Saini")?.country).toBe("IN");
    expect(official(doc, "Thomas Stelzer")?.country).toBe("AT");
  });
});
