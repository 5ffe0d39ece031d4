// Luxembourg's sovereigns (issue #11, names and countries): "Grand Duchess" is a title as "Grand Duke" is, so the name
// is the given name alone; both offices are Luxembourg's only, so they give the holder's country where the report names
// Luxembourg.
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("Grand Duke and Grand Duchess", () => {
  const doc = run(
    "President Alar Karis of Estonia arrived in Luxembourg on Monday for a state visit. Grand Duke Guillaume and Grand Duchess Stéphanie received him at the Grand Ducal Palace.",
    "2026-03-10",
  );

  it("leave the title out of the name", () => {
    expect(names(doc)).toContain("Stéphanie");
    expect(names(doc)).not.toContain("Duchess Stéphanie");
  });

  it("give Luxembourg as the country, not the guest's named beside it", () => {
    const guest = run("On Thursday, Grand Duke Guillaume receives President Alar Karis of Estonia at the Grand Ducal Palace in Luxembourg.", "2026-03-10");
    expect(official(guest, "Guillaume")?.country).toBe("LU");
  });
});
