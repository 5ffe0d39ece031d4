import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("targets, topics and organisations", () => {
  it("reads money targets in plain units with deadlines", () => {
    const d = run("Both sides agreed to push two-way trade to 100 billion USD next year and 150 billion USD by 2030.", "2022-07-05");
    expect(d.targets.map((t) => [t.metric, t.value, t.unit, t.deadline])).toEqual([
      ["two-way trade", 100_000_000_000, "USD", "2023"],
      ["two-way trade", 150_000_000_000, "USD", "2030"],
    ]);
    const e = run("He urged agencies to work toward lifting two-way trade to US$100 billion as soon as possible.");
    expect(e.targets[0]).toMatchObject({ metric: "two-way trade", value: 1e11, unit: "USD" });
  });

  it("reads count targets, and statistics are not targets", () => {
    const d = run("The two sides aim to bring the number of tourists to 5 million visitors by 2025. Investment topped 80.5 billion USD last year.");
    expect(d.targets).toHaveLength(1);
    expect(d.targets[0]).toMatchObject({ value: 5_000_000, unit: "visitors", deadline: "2025" });
  });

  it("tags topics from the controlled vocabulary", () => {
    const d = run("Korean firms invest in energy batteries and semiconductors; it is good for trade and IT.");
    expect(d.topics).toEqual(expect.arrayContaining(["trade", "investment", "energy batteries", "semiconductors", "information technology"]));
    expect(run("It was a good day.").topics).toEqual([]);
  });

  it("reads organisations with acronyms and their country", () => {
    const d = run("The Vietnamese Ministry of Industry and Trade (MoIT) and the Japan International Cooperation Agency (JICA) signed a deal.");
    expect(d.organizations.map((o) => [o.name, o.acronym, o.country])).toEqual([
      ["Ministry of Industry and Trade", "MoIT", "VN"],
      ["Japan International Cooperation Agency", "JICA", "JP"],
    ]);
  });
});
