// Two complements of a title (issue #11, agreements): a gerund field after a word of cooperation ("a Memorandum of
// Understanding on cooperation in mining and critical minerals") stays in a capitalised title, where "in strengthening ties" ends it; and a participle
// that upgrades or elevates ("a joint statement upgrading relations to ...") names what the instrument does.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("a gerund field after cooperation in a capitalised title", () => {
  const doc = run(
    "Chile and India signed a Memorandum of Understanding on cooperation in mining and critical minerals in April 2025. The two ministers also signed the Framework Agreement in strengthening ties.",
    "2026-09-16",
  );
  const titles = doc.agreements.map((a) => a.title);

  it("belongs to the title", () => {
    expect(titles).toContain("Memorandum of Understanding on cooperation in mining and critical minerals");
  });

  it("while another gerund ends it", () => {
    expect(titles).toContain("Framework Agreement");
  });
});

describe("an upgrading participle after an instrument's head", () => {
  const doc = run(
    "The two prime ministers on Friday signed a joint statement upgrading relations between the two countries to a Comprehensive Strategic Partnership.",
    "2026-05-17",
  );

  it("belongs to the title", () => {
    expect(doc.agreements.map((a) => [a.kind, a.title, a.status])).toContainEqual([
      "joint_statement",
      "joint statement upgrading relations between the two countries to a Comprehensive Strategic Partnership",
      "signed",
    ]);
  });
});

describe("a list of modifiers after a comma", () => {
  const doc = run(
    "The two ministers signed an agreement on the exemption of holders of diplomatic, special and service passports from entry visas. They also signed an MoU on health, which both sides welcomed.",
    "2026-09-16",
  );

  it("goes on to the noun the modifiers share", () => {
    expect(doc.agreements.map((a) => a.title)).toEqual([
      "agreement on the exemption of holders of diplomatic, special and service passports from entry visas",
      "MoU on health",
    ]);
  });
});
