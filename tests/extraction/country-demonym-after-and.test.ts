// "Business Secretary X of the United Kingdom and Omani Minister Y": a demonym and a title word after "and" open the
// second person's title, which takes no country from the first person's "of the United Kingdom" (issue #11, countries);
// a field's nationality inside one title ("Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates")
// stays in it.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("'X of COUNTRY and DEMONYM Minister Y'", () => {
  const doc = run("Business Secretary Tom Harlow of the United Kingdom and Omani Minister Qais Al Yousef signed the deal in London.", "2026-06-18");

  it("gives each person their own country", () => {
    expect([official(doc, "Tom Harlow")?.country, official(doc, "Qais Al Yousef")?.country]).toEqual(["GB", "OM"]);
  });

  it("leaves a nationality inside a portfolio alone", () => {
    const other = run("Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates Nasser Bourita met Spanish Foreign Minister José Albares.", "2026-06-18");
    expect(official(other, "Nasser Bourita")?.title).toBe("Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates");
  });
});
