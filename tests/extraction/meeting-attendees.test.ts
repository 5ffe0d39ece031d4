// Delegation talks of four or five (issue #11, batch17): whoever is said to join, sit in on, take part in, attend or
// accompany the talks just told is a party of them; "held bilateral discussions" with no "with"; "Later in the day, X
// called on Y" is an encounter of its own on the talks' day.
import { describe, expect, it } from "vitest";
import { meetings } from "./helpers.ts";

describe("the people who join talks", () => {
  it("'A and B held bilateral discussions ...; ministers C and D also joined the discussions'; a courtesy call later that day", () => {
    const body = [
      "President Nalin Perera and Kelani President Ilse Brandvik held bilateral discussions at the Presidential Secretariat in Colombo on Tuesday.",
      "Foreign Minister Ravi Silva and Kelani Minister of Foreign Affairs Oskar Pellan also joined the discussions, along with senior officials.",
      "Later in the day, President Brandvik called on Prime Minister Asha Fernando at Temple Trees.",
    ].join("\n\n");
    expect(meetings(body, "2026-06-18")).toEqual([
      ["2026-06-16", "held", ["Ilse Brandvik", "Nalin Perera", "Oskar Pellan", "Ravi Silva"]],
      ["2026-06-16", "held", ["Asha Fernando", "Ilse Brandvik"]],
    ]);
  });

  it("'X, who arrived on Monday, was accompanied at the talks by A. B and C sat in on the Kelani side'", () => {
    const body = [
      "Prime Minister Tomas Ruvande and his Kelani counterpart Ilse Brandvik on Wednesday signed a memorandum on security at State House, following bilateral talks.",
      "Brandvik, who arrived in the country on Tuesday for a three-day visit, was accompanied at the talks by Foreign Minister Oskar Pellan. Foreign Minister Hanna Oduya and Security Minister Peter Kamau sat in on the Moravian side.",
    ].join("\n\n");
    expect(meetings(body, "2026-01-22")).toEqual([
      ["2026-01-21", "held", ["Hanna Oduya", "Ilse Brandvik", "Oskar Pellan", "Peter Kamau", "Tomas Ruvande"]],
    ]);
  });
});

describe("a dinner for a summit's guests", () => {
  it("'offered a working dinner to the visiting heads of state' the evening before the summit: the host and every guest", () => {
    const body = [
      "President Tomas Ruvande hosted today in Lusaka the annual summit of the Tri-River Process, attended by President of Malta Ilse Brandvik, President of Cyprus Oskar Pellan and President of Iceland Marek Istvan.",
      "The leaders adopted the Lusaka Declaration.",
      "On Wednesday evening, President Ruvande offered a working dinner to the visiting heads of state at State House.",
    ].join("\n\n");
    expect(meetings(body, "2026-04-23")).toEqual([
      ["2026-04-23", "held", ["Ilse Brandvik", "Marek Istvan", "Oskar Pellan", "Tomas Ruvande"]],
      ["2026-04-22", "held", ["Ilse Brandvik", "Marek Istvan", "Oskar Pellan", "Tomas Ruvande"]],
    ]);
  });
});

describe("a dinner for a summit's guests after a call on another host", () => {
  it("'the visiting heads of state' are the summit's guests, not the one guest of the call told just before", () => {
    const body = [
      "President Tomas Ruvande hosted today in Lusaka the annual summit of the Tri-River Process, attended by President of Malta Ilse Brandvik, President of Cyprus Oskar Pellan and President of Iceland Marek Istvan.",
      "In the afternoon, Prime Minister Hanna Oduya received President Brandvik at her office.",
      "On Wednesday evening, President Ruvande offered a working dinner to the visiting heads of state at State House.",
    ].join("\n\n");
    expect(meetings(body, "2026-04-23")).toEqual([
      ["2026-04-23", "held", ["Ilse Brandvik", "Marek Istvan", "Oskar Pellan", "Tomas Ruvande"]],
      ["2026-04-23", "held", ["Hanna Oduya", "Ilse Brandvik"]],
      ["2026-04-22", "held", ["Ilse Brandvik", "Marek Istvan", "Oskar Pellan", "Tomas Ruvande"]],
    ]);
  });
});

describe("'the two Foreign Secretaries' who attended a commission", () => {
  it("'The two Foreign Secretaries had held a preparatory meeting on Tuesday': the two named secretaries, that day", () => {
    const body = [
      "Foreign Minister Ravi Silva and Kelani Foreign Minister Oskar Pellan co-chaired the Joint Commission in Colombo today.",
      "Foreign Secretary Amal Perera and his Kelani counterpart, Tomas Ruvande, were also present at the meeting.",
      "The two Foreign Secretaries had held a preparatory meeting on Tuesday.",
    ].join("\n\n");
    expect(meetings(body, "2026-11-05")).toEqual([
      ["2026-11-05", "held", ["Amal Perera", "Oskar Pellan", "Ravi Silva", "Tomas Ruvande"]],
      ["2026-11-03", "held", ["Amal Perera", "Tomas Ruvande"]],
    ]);
  });
});

describe("guests of a three-way meeting received later", () => {
  it("'hosted his Maltese and Cypriot counterparts A and B for a three-way meeting ... Later, the President received A and B': one reception", () => {
    const body = [
      "Foreign Minister Tomas Ruvande of Zambia hosted his Maltese and Cypriot counterparts, Ilse Brandvik and Oskar Pellan, in Lusaka on Wednesday for a three-way meeting on the river border.",
      "Minister of State Peter Kamau also took part in the meeting.",
      "Later on Wednesday, President Hakainde Mwila received Brandvik and Pellan at State House, in the presence of Ruvande.",
    ].join("\n\n");
    expect(meetings(body, "2026-06-18")).toEqual([
      ["2026-06-17", "held", ["Ilse Brandvik", "Oskar Pellan", "Peter Kamau", "Tomas Ruvande"]],
      ["2026-06-17", "held", ["Hakainde Mwila", "Ilse Brandvik", "Oskar Pellan", "Tomas Ruvande"]],
    ]);
  });
});

describe("attendees of a meeting no verb told", () => {
  it("'A and B signed a memorandum in Pretoria on Wednesday ... The meeting was also attended by C and D'", () => {
    const body = [
      "Trade minister Ravi Silva and his Nigerian counterpart, Ilse Brandvik, signed a memorandum of understanding on vehicle parts in Pretoria on Wednesday.",
      "Silva called on Nigeria to lift its import restrictions on steel.",
      "The meeting was also attended by deputy minister Peter Kamau and Nigeria's high commissioner in Pretoria, Ambassador Oskar Pellan.",
    ].join("\n\n");
    expect(meetings(body, "2026-08-20")).toEqual([["2026-08-19", "held", ["Ilse Brandvik", "Oskar Pellan", "Peter Kamau", "Ravi Silva"]]]);
  });
});
