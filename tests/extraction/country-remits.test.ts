// A bank's or agency's officer for a region ("Country Director for the Maghreb and Malta") names the countries of his
// remit, not a side of the report (issue #11, ex19c).
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("a country inside an officer's remit", () => {
  it("is no second side for the hosts' bare ministers", () => {
    const doc = run(
      [
        "RABAT, May 26, 2026 - World Bank Group President Omar Keller today held talks in Rabat with Morocco's Head of Government, Aziz Benali, and the Minister of Economy and Finance, Nadia Tazi.",
        "The World Bank's Country Director for the Maghreb and Malta, Paul Durand, took part in the talks.",
        "On Monday, Mr. Keller met with the Minister of Equipment and Water, Karim Alaoui, and visited a desalination plant near Casablanca.",
      ].join(" "),
      "2026-05-26",
      "World Bank President visits Morocco",
    );
    expect(official(doc, "Nadia Tazi")?.country).toBe("MA");
    expect(official(doc, "Karim Alaoui")?.country).toBe("MA");
  });
});
