// Who else an encounter had (issue #11, batch22/batch23): ministers tied to the leaders' talks by the clause itself ("in the
// company of"), by the next sentence ("were also present", "They were joined by"), and the coordinated subject
// "A and his host, President B".
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("people joined to an encounter", () => {
  it("'held talks ..., in the company of A, B and C'", () => {
    const body = [
      "Prime Minister Lerato Mbeki and Kenya's President Otieno Waweru yesterday agreed to build a pipeline.",
      "The two leaders held talks at the State Lodge, in the company of Foreign Minister Thabo Ndlovu, Energy Minister Sipho Dube and Kenya's Foreign Minister Amina Juma.",
    ].join("\n\n");
    expect(meetings(body, "2026-06-10")).toEqual([
      ["2026-06-09", "held", ["Amina Juma", "Lerato Mbeki", "Otieno Waweru", "Sipho Dube", "Thabo Ndlovu"]],
    ]);
  });

  it("'A and B were also present, along with C' after a reception", () => {
    const body = [
      "President Lucia Ortega received Chinese Vice President Wang Jiande at the National Palace on Tuesday.",
      "Foreign Minister Pablo Ruiz and Economy Minister Sara Molina were also present, along with China's ambassador to Mexico, Zhou Ming.",
      "Ortega said the meeting was cordial.",
    ].join("\n\n");
    expect(meetings(body, "2026-07-15")).toEqual([
      ["2026-07-14", "held", ["Lucia Ortega", "Pablo Ruiz", "Sara Molina", "Wang Jiande", "Zhou Ming"]],
    ]);
  });

  it("'were also present' with no encounter just before adds no one", () => {
    const body = [
      "President Lucia Ortega received Chinese Vice President Wang Jiande at the National Palace on Tuesday.",
      "The two discussed tariffs and investment.",
      "Trade rose by ten percent last year, officials said.",
      "Foreign Minister Pablo Ruiz and Economy Minister Sara Molina were also present at a forum in Monterrey.",
    ].join("\n\n");
    expect(meetings(body, "2026-07-15")).toEqual([["2026-07-14", "held", ["Lucia Ortega", "Wang Jiande"]]]);
  });

  it("'A and his host, President B, held talks ... They were joined by C and D'", () => {
    const body = [
      "Tanzania and Rwanda have agreed to fast-track a railway.",
      "Rwandan President Jean Habimana and his host, President Neema Mushi, held talks at State House in Dar es Salaam on Friday. They were joined by Tanzania's Foreign Affairs minister Juma Kessy and Rwanda's Foreign Affairs minister Eric Nkusi.",
    ].join("\n\n");
    expect(meetings(body, "2026-09-26")).toEqual([
      ["2026-09-25", "held", ["Eric Nkusi", "Jean Habimana", "Juma Kessy", "Neema Mushi"]],
    ]);
  });
});
