// Protocols that amend (issue #11, agreements): "the Second Protocol to Amend the Agreement Establishing X" keeps its
// ordinal, and "the Protocol to amend the X Agreement" is the protocol, not the agreement it amends.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("an amending protocol", () => {
  const doc = run(
    "Both sides noted the benefits of the Second Protocol to Amend the Agreement Establishing the Pacific Free Trade Area, which entered into force in 2023. They also welcomed the entry into force in 2026 of the Protocol to amend the Nordic-Andean Economic Partnership Agreement.",
    "2026-09-16",
  );
  const found = doc.agreements.map((a) => [a.kind, a.title, a.status]);

  it("keeps its ordinal", () => {
    expect(found).toContainEqual(["protocol", "Second Protocol to Amend the Agreement Establishing the Pacific Free Trade Area", "in_force"]);
  });

  it("is the protocol with what it amends", () => {
    expect(found).toContainEqual(["protocol", "Protocol to amend the Nordic-Andean Economic Partnership Agreement", "in_force"]);
    expect(found.some(([kind]) => kind === "agreement")).toBe(false);
  });
});
