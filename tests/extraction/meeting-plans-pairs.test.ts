// Planned encounters and parallel ones (issue #11, batch16 misses): "The prime ministers will meet again at the summit
// in Ankara in July", "We will meet again in Palau in August" in a first-person release, "In parallel, A and B met", and
// "A and B held the Consultations, and the Treasurer, C, met D".
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";


describe("plans and parallel encounters", () => {
  it("'In parallel, A and B met ...'; 'The prime ministers will meet again at the summit in Ankara in July'", () => {
    const body = [
      "Today, Prime Minister Rafael Omondi received the Prime Minister of Chile, Ana Bravo, at the State Lodge.",
      "In parallel, Minister for Defence Peter Kamau and Minister of National Defence Carlos Rojas met at the Ministry of Defence in Nairobi.",
      "The prime ministers will meet again at the NATO summit in Ankara in July.",
    ].join("\n\n");
    expect(meetings(body, "2026-05-27")).toEqual([
      ["2026-05-27", "held", ["Ana Bravo", "Rafael Omondi"]],
      ["2026-05-27", "held", ["Carlos Rojas", "Peter Kamau"]],
      ["2026-07", "planned", ["Ana Bravo", "Rafael Omondi"]],
    ]);
  });

  it("'Prime Minister X and I last met in Honiara ... We will meet again in Palau in August'; two encounters in one sentence", () => {
    const body = [
      "Prime Minister of Kenya",
      "The Hon Rafael Omondi MP",
      "Media Release",
      "16 February 2026",
      "Today I welcomed the Prime Minister of Chile, Ana Bravo, to Mombasa for the annual Leaders' Meeting.",
      "Earlier today, the Minister for Foreign Affairs, Peter Kamau, and Minister Luis Ortega held the annual Foreign Ministers' Consultations, and the Treasurer, the Hon John Otieno MP, met Chile's Minister of Finance, Carlos Rojas, to discuss the single market.",
      "Prime Minister Bravo and I last met in Honiara in September 2025 at the Pacific Islands Forum Leaders Meeting.",
      "We will meet again in Palau in August for this year's Forum.",
    ].join("\n");
    expect(meetings(body, "2026-02-16", "Kenya and Chile leaders meet")).toEqual([
      ["2026-02-16", "held", ["Ana Bravo", "Rafael Omondi"]],
      ["2026-02-16", "held", ["Luis Ortega", "Peter Kamau"]],
      ["2026-02-16", "held", ["Carlos Rojas", "John Otieno"]],
      ["2025-09", "held", ["Ana Bravo", "Rafael Omondi"]],
      ["2026-08", "planned", ["Ana Bravo", "Rafael Omondi"]],
    ]);
  });
});

describe("a dinner the guest attended", () => {
  it("'the President was welcomed at the airport by Minister A, and later attended a State Dinner hosted by the Prime Minister'", () => {
    const body = [
      "Prime Minister Ana Bravo and President Rafael Omondi of Kenya held talks in Santiago on Thursday.",
      "On Wednesday evening, the President was welcomed at the International Airport by Minister Carlos Rojas, and later attended a State Dinner hosted by the Prime Minister.",
    ].join("\n\n");
    expect(meetings(body, "2026-02-13")).toContainEqual(["2026-02-11", "held", ["Ana Bravo", "Rafael Omondi"]]);
    expect(meetings(body, "2026-02-13")).not.toContainEqual(["2026-02-11", "held", ["Ana Bravo", "Carlos Rojas"]]);
  });
});

describe("the parties of a second clause and of a proposal", () => {
  it("'received X on Wednesday, a day after the minister held talks with Y': X and Y held the talks", () => {
    const body = "Prime Minister Rafael Omondi received Chilean Minister of Foreign Affairs Carlos Rojas in Nairobi on Wednesday, a day after the minister held talks with Deputy Prime Minister and Minister of Foreign Affairs Peter Kamau.";
    expect(meetings(body, "2026-04-23")).toEqual([
      ["2026-04-22", "held", ["Carlos Rojas", "Rafael Omondi"]],
      ["2026-04-21", "held", ["Carlos Rojas", "Peter Kamau"]],
    ]);
  });

  it("'proposed that the two countries hold a 2+2 dialogue of foreign and defence ministers' names no encounter of the leaders", () => {
    const body = [
      "President Rafael Omondi received Chilean President Ana Bravo in Nairobi on Wednesday.",
      "Ms Bravo invited the President to visit Santiago next year and proposed that the two countries hold a 2+2 dialogue of foreign and defence ministers.",
    ].join("\n\n");
    expect(meetings(body, "2026-11-19")).toEqual([["2026-11-18", "held", ["Ana Bravo", "Rafael Omondi"]]]);
  });

  it("'X received the two visiting Foreign Ministers at the Prime Minister's House': the guests, not the host's own residence", () => {
    const body = [
      "Foreign Minister Rafael Omondi hosted his Chilean and Peruvian counterparts, Ana Bravo and Luis Ortega, in Nairobi on Tuesday.",
      "Later in the day, Prime Minister Peter Kamau received the two visiting Foreign Ministers at the Prime Minister's House.",
    ].join("\n\n");
    const got = meetings(body, "2026-05-13").find((m) => (m[2] as string[]).includes("Peter Kamau"));
    expect(got?.[0]).toBe("2026-05-12");
    expect((got?.[2] as string[]).length).toBeGreaterThanOrEqual(3);
  });
});

describe("the next summit", () => {
  it("'The next tripartite summit will be held in Kinshasa in March 2027, when the three Heads of State are expected to ...'", () => {
    const body = [
      "President Rafael Omondi hosted his Chilean and Peruvian counterparts, Ana Bravo and Luis Ortega, for the third Tripartite Summit in Nairobi on Wednesday.",
      "The next tripartite summit will be held in Lima in March 2027, when the three Heads of State are expected to open the new port.",
    ].join("\n\n");
    expect(meetings(body, "2026-09-17")).toContainEqual(["2027-03", "planned", ["Ana Bravo", "Luis Ortega", "Rafael Omondi"]]);
  });
});
