// Seats of government, and a name after a country's possessive in a plural title's list (issue #11, tenth pass on names).
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("seats of government", () => {
  it.each(["La Moncloa", "Palazzo Chigi", "Rideau Hall"])("a site's title line '%s' names no person", (seat) => {
    const doc = run(`${seat}\n\nPrime Minister Ana Ortiz received Portuguese Prime Minister Rui Costa on Monday. They discussed energy links.`);
    expect(names(doc)).not.toContain(seat);
    expect(names(doc)).toContain("Rui Costa");
  });

  it("a seat where a guest is received gives no country to the guest's title", () => {
    const doc = run("President Omar Haddad received today at Baabda Palace the President of the Republic of Cyprus, Andreas Georgiou, who is on an official visit to Lebanon.");
    expect(official(doc, "Andreas Georgiou")?.country).toBe("CY");
  });

  it("nor across a comma", () => {
    const doc = run("Tunis (TAP) - President Omar Haddad received, Tuesday at Carthage Palace, Italian Prime Minister Giulia Conti, who is on a working visit to Tunisia.");
    expect(official(doc, "Giulia Conti")?.country).toBe("IT");
  });

  it("while a country before the comma stays in the title, and the guest keeps it", () => {
    const doc = run("New Delhi, March 3 - External Affairs Minister Dr. A. Raman received a phone call today from the Foreign Minister of Norway, Senator Ingrid Dahl. They discussed shipping.");
    expect(official(doc, "Ingrid Dahl")?.country).toBe("NO");
    expect(official(doc, "Ingrid Dahl")?.title).toMatch(/Foreign Minister of Norway/);
    expect(official(doc, "A. Raman")?.country).not.toBe("NO");
  });

  it("still gives its office to a title right after it", () => {
    const doc = run("Kremlin spokesman Pavel Orlov said on Monday that the talks with Finnish Foreign Minister Anna Virtanen would go ahead.");
    expect(official(doc, "Pavel Orlov")?.country).toBe("RU");
  });
});

describe("a plural title's list", () => {
  it("ends with a name after its country's possessive", () => {
    const doc = run("On Monday, Foreign Ministers Okafor, Mensah and Ghana's Ama Boateng held a trilateral meeting in Lomé.");
    expect(names(doc)).toContain("Ama Boateng");
    expect(official(doc, "Ama Boateng")?.country).toBe("GH");
  });
});
