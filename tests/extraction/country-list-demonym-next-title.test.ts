// A demonym that opens the title of the last name in a list ("attended by Defense Minister A, Energy Minister B and
// Somali Foreign Minister C") is C's, not the country of the names before it (issue #11).
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a demonym opening the next title of a list", () => {
  const doc = run(
    "President Recep Tayyip Erdogan received President Hassan Sheikh Mohamud in Ankara on Tuesday. The meeting between delegations was attended by Defense Minister Yasar Guler, Energy Minister Alparslan Bayraktar and Somali Foreign Minister Abdisalam Abdi Ali.",
    "2026-03-04",
  );

  it("is that title's", () => {
    expect(official(doc, "Abdisalam Abdi Ali")?.country).toBe("SO");
  });

  it("is not the names' before it", () => {
    expect(official(doc, "Yasar Guler")?.country).not.toBe("SO");
    expect(official(doc, "Alparslan Bayraktar")?.country).not.toBe("SO");
  });
});

describe("a demonym in apposition after the name", () => {
  it("is still the name's", () => {
    expect(official(run("The talks were attended by Abdisalam Abdi Ali, the Somali Foreign Minister, on Tuesday.", "2026-03-04"), "Abdisalam Abdi Ali")?.country).toBe("SO");
  });
});

// ("attended by trade minister A and Saudi commerce minister B": a title written in lower case after the demonym opens
// B's title too; batch50-guided.)
describe("a demonym before a lower-case title after 'and'", () => {
  it("is the next official's only", () => {
    const doc = run("The ceremony was attended by trade minister Chris Bryant and Saudi commerce minister Majid Al-Kassabi.", "2026-06-10");
    expect([official(doc, "Chris Bryant")?.country, official(doc, "Majid Al-Kassabi")?.country]).toEqual([null, "SA"]);
  });
});
