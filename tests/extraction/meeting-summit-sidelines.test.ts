// Three-party meetings and the host's bilateral talks on their sidelines (issue #11, batch16 misses): the summit's day
// may be told only by a later reference to it, and "separate bilateral talks with A and B" are two encounters of that day.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";


describe("a summit dated by a later reference, and the bilateral talks on its margins", () => {
  it("'has hosted A and B for the summit. The summit, held yesterday, ... held separate bilateral talks with A and B'", () => {
    const body = [
      "President Tomas Ruvande has hosted his Kelani and Moravian counterparts, Ilse Brandvik and Oskar Pellan, for the second Tri-River Summit at State House in Lusaka.",
      "The summit, held yesterday, was also attended by Foreign Minister Hanna Oduya.",
      "The three leaders signed the Lusaka Declaration.",
      "On the margins of the summit, President Ruvande held separate bilateral talks with President Brandvik and President Pellan.",
    ].join("\n\n");
    expect(meetings(body, "2026-09-17")).toEqual([
      ["2026-09-16", "held", ["Hanna Oduya", "Ilse Brandvik", "Oskar Pellan", "Tomas Ruvande"]],
      ["2026-09-16", "held", ["Ilse Brandvik", "Tomas Ruvande"]],
      ["2026-09-16", "held", ["Oskar Pellan", "Tomas Ruvande"]],
    ]);
  });

  it("'Before the three-way meeting, X held separate bilateral talks with each of his guests'; 'the three ministers will meet again'; a brief phone call", () => {
    const body = [
      "Valdorian Foreign Minister Marek Istvan hosted his Kelani and Moravian counterparts, Ilse Brandvik and Oskar Pellan, in Varnholm on Wednesday for a three-way meeting on the river border.",
      "Valdorian Minister of State Anton Reule also took part in the meeting.",
      "Before the three-way meeting, Istvan held separate bilateral talks with each of his guests.",
      "The three ministers will meet again in Kelstad next month.",
      "Brandvik and Pellan also held a brief phone call with Foreign Minister Jules Amary during the meeting.",
    ].join("\n\n");
    expect(meetings(body, "2026-06-18")).toEqual([
      ["2026-06-17", "held", ["Anton Reule", "Ilse Brandvik", "Marek Istvan", "Oskar Pellan"]],
      ["2026-06-17", "held", ["Ilse Brandvik", "Marek Istvan"]],
      ["2026-06-17", "held", ["Marek Istvan", "Oskar Pellan"]],
      ["2026-07", "planned", ["Ilse Brandvik", "Marek Istvan", "Oskar Pellan"]],
      ["2026-06-17", "held", ["Ilse Brandvik", "Jules Amary", "Oskar Pellan"]],
    ]);
  });

  it("'Before the plenary, the two prime ministers held a tete-a-tete meeting': an encounter of its own", () => {
    const body = [
      "Prime Minister Rafael Omondi and Chilean Prime Minister Ana Bravo co-chaired on Thursday in Mombasa the third joint session of the governments of Kenya and Chile.",
      "The session was also attended by Foreign Minister Peter Kamau and Chilean Foreign Minister Carlos Rojas.",
      "Before the plenary, the two prime ministers held a tete-a-tete meeting at the State Lodge.",
    ].join("\n\n");
    expect(meetings(body, "2026-04-10")).toEqual([
      ["2026-04-09", "held", ["Ana Bravo", "Carlos Rojas", "Peter Kamau", "Rafael Omondi"]],
      ["2026-04-09", "held", ["Ana Bravo", "Rafael Omondi"]],
    ]);
  });

  it("'X also held a separate meeting with Y' on the summit's day is not the summit", () => {
    const body = [
      "Prime Minister Rafael Omondi yesterday welcomed fellow leaders to Mombasa for the 24th Coastal Leaders' Summit.",
      "The summit, chaired by Mr Omondi, brought together Chilean President Ana Bravo and Peruvian President Luis Ortega.",
      "Mr Omondi also held a separate meeting with Ms Bravo, during which the two leaders discussed fisheries.",
    ].join("\n\n");
    expect(meetings(body, "2026-08-27")).toEqual([
      ["2026-08-26", "held", ["Ana Bravo", "Luis Ortega", "Rafael Omondi"]],
      ["2026-08-26", "held", ["Ana Bravo", "Rafael Omondi"]],
    ]);
  });

  it("'X hosted the 4th Trilateral Meeting ... today. A and B led their respective delegations'; the host told by half of a slashed title", () => {
    const body = [
      "Deputy Prime Minister/Foreign Minister Senator Rafael Omondi hosted the 4th Trilateral Meeting of the Foreign Ministers of Kenya, Chile and Peru in Nairobi today.",
      "H.E. Ana Bravo, Minister of Foreign Affairs of the Republic of Chile, and H.E. Luis Ortega, Minister of Foreign Affairs of the Republic of Peru, led their respective delegations.",
      "The three Ministers reviewed progress since their previous meeting, held in Lima in November 2025.",
      "On the sidelines of the trilateral meeting, the Deputy Prime Minister held separate bilateral meetings with Foreign Minister Bravo and Foreign Minister Ortega.",
    ].join("\n\n");
    expect(meetings(body, "2026-05-14")).toEqual([
      ["2026-05-14", "held", ["Ana Bravo", "Luis Ortega", "Rafael Omondi"]],
      ["2025-11", "held", ["Ana Bravo", "Luis Ortega", "Rafael Omondi"]],
      ["2026-05-14", "held", ["Ana Bravo", "Rafael Omondi"]],
      ["2026-05-14", "held", ["Luis Ortega", "Rafael Omondi"]],
    ]);
  });
});
