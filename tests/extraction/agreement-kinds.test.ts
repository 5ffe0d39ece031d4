// Instrument kinds beyond agreement and MoU, and two instruments named in one phrase (issue #11, agreements).
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const agreements = (body: string) => run(body).agreements.map((a) => [a.kind, a.title, a.status]);

describe("instrument kinds", () => {
  it.each([
    ["The parties signed a Program of cooperation between the foreign ministries for 2025-2026.", "programme", "Program of cooperation between the foreign ministries for 2025-2026", "signed"],
    ["The two ministers signed an executive programme for cultural cooperation for the years 2025-2028.", "programme", "executive programme for cultural cooperation for the years 2025-2028", "signed"],
    ["The two ministers signed the Exchange of Notes concerning the grant aid for heating supply.", "exchange_of_notes", "Exchange of Notes concerning the grant aid for heating supply", "signed"],
    ["They welcomed the free trade area, whose upgrade protocol entered into force in April 2024.", "protocol", "upgrade protocol", "in_force"],
    ["The two sides agreed to conclude a host agreement for the Centre before the end of the year.", "agreement", "host agreement for the Centre", "proposed"],
    ["They discussed the African Continental Free Trade Area (AfCFTA), which entered into force on 30 May 2019.", "agreement", "African Continental Free Trade Area", "in_force"],
  ])("%s", (sentence, kind, title, status) => {
    expect(agreements(`Hanoi (VNA) – ${sentence}`)).toEqual([[kind, title, status]]);
  });

  it("a capitalised protocol to a treaty keeps the treaty's name", () => {
    const [a] = agreements("Addis Ababa – The Chairperson urged Namibia to ratify the Protocol to the Treaty Establishing the African Economic Community Relating to Free Movement of Persons, which Namibia signed in 2018.");
    expect(a?.[0]).toBe("protocol");
    expect(a?.[1]).toContain("Free Movement of Persons");
  });

  it("two instruments in one phrase stay two", () => {
    expect(agreements("Hanoi (VNA) – The two ministers signed a memorandum of understanding on cooperation in diplomatic training and an executive programme for cultural cooperation.")).toEqual([
      ["mou", "memorandum of understanding on cooperation in diplomatic training", "signed"],
      ["programme", "executive programme for cultural cooperation", "signed"],
    ]);
  });

  it("a community's Supplementary Act is an instrument of its own kind", () => {
    expect(agreements("Abuja – The two presidents welcomed the entry into force of the Supplementary Act on the Common External Tariff.")).toEqual([
      ["supplementary_act", "Supplementary Act on the Common External Tariff", "in_force"],
    ]);
  });
});
