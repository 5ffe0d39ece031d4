// "The two ministers will meet again in Manila in November" after a minister received a Secretary of Trade and Industry,
// who then met another minister: a cabinet secretary of a field is one of "the two ministers", so the pair is the
// minister and the secretary of the reception, not the two ministers of the host country; a secretary of rank
// ("Permanent Secretary of the Ministry") is none (issue #11).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const planned = (body: string) =>
  extract(` date 2026-03-03 UAE, Philippines review CEPA progress\n\n${body}\n`, { source: "t.txt" })
    .meetings.filter((m) => m.status === "planned")
    .map((m) => [m.date, m.participants.slice().sort().join(" + ")]);

const RECEPTION = "Minister of Foreign Trade Thani Al Zeyoudi today received Secretary of Trade and Industry of the Philippines Cristina Roque in Abu Dhabi.";
const MONDAY = "On Monday, Secretary Roque met with Abdulla bin Touq Al Marri, Minister of Economy and Tourism, in Dubai.";

describe("'the two ministers' with a cabinet secretary", () => {
  it("takes the secretary as a minister", () => {
    expect(planned(`${RECEPTION} ${MONDAY} The two ministers will meet again in Manila in November.`)).toEqual([["2026-11", "Cristina Roque + Thani Al Zeyoudi"]]);
  });

  it("does not take a secretary of rank", () => {
    const body = "Minister of Foreign Trade Thani Al Zeyoudi today received Minister of Trade Ali Hassan in Abu Dhabi. On Monday, Permanent Secretary of the Ministry of Trade Omar Saleh met with Minister Al Zeyoudi. The two ministers will meet again in Cairo in November.";
    expect(planned(body)).toEqual([["2026-11", "Ali Hassan + Thani Al Zeyoudi"]]);
  });
});
