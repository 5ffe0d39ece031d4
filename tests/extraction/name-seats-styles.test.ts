// A seat of government is no person, and "Sayyid" is a style like "Sheikh" (issue #11, tenth pass on names).
import { describe, expect, it } from "vitest";
import { names, run } from "./helpers.ts";

describe("seats of government", () => {
  it.each(["La Moncloa", "Palazzo Chigi", "Rideau Hall"])("a site's title line '%s' names no person", (seat) => {
    const doc = run(`${seat}\n\nPrime Minister Ana Ortiz received Portuguese Prime Minister Rui Costa on Monday. They discussed energy links.`);
    expect(names(doc)).not.toContain(seat);
    expect(names(doc)).toContain("Rui Costa");
  });
});

describe("the style Sayyid", () => {
  it("is stripped before a name", () => {
    const doc = run("MUSCAT – Foreign Minister Sayyid Fahd bin Said Al Harthy received Indian Foreign Secretary Anil Rao on Monday.");
    expect(names(doc)).toContain("Fahd bin Said Al Harthy");
  });

  it("stays inside a name", () => {
    const doc = run("CAIRO – Foreign Minister Ahmed Sayyid Mansour received Indian Foreign Secretary Anil Rao on Monday.");
    expect(names(doc)).toContain("Ahmed Sayyid Mansour");
  });
});
