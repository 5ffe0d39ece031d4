// Phenomena from the held-out check (issue #4), each with wording not taken from any corpus article.
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("titles with a field or a place", () => {
  it.each([
    ["Interior", "Cambodian Deputy Prime Minister and Minister of Interior Sar Sokha", "Sar Sokha", "KH", "Deputy Prime Minister and Minister of Interior"],
    ["Justice", "Lao Minister of Justice Phaivy Siboualypha", "Phaivy Siboualypha", "LA", "Minister of Justice"],
    ["Finance", "Australian Minister for Finance Katy Gallagher", "Katy Gallagher", "AU", "Minister for Finance"],
    ["Prefecture", "Governor of Osaka Prefecture Yoshimura Hirofumi", "Yoshimura Hirofumi", "JP", "Governor of Osaka Prefecture"],
    ["Province", "Governor of Gyeonggi Province Kim Dong-yeon", "Kim Dong-yeon", "KR", "Governor of Gyeonggi Province"],
    ["Oblast", "Governor of Ulyanovsk Oblast Alexey Russkikh", "Alexey Russkikh", null, "Governor of Ulyanovsk Oblast"],
    ["unknown field word", "Indonesian Deputy Minister of Energy and Zorbic Resources Yuliot Tanjung", "Yuliot Tanjung", "ID", "Deputy Minister of Energy and Zorbic Resources"],
  ])("%s ends the title", (_w, phrase, name, country, title) => {
    const doc = run(`Hanoi (VNA) – Deputy Prime Minister Tran Luu Quang received ${phrase} in Hanoi on June 12.`);
    expect(names(doc)).toContain(name);
    expect(official(doc, name)?.title).toBe(title);
    if (country) expect(official(doc, name)?.country).toBe(country);
  });

  it("a Vietnamese name keeps a common word inside it (Ho An Phong)", () => {
    const doc = run("Hanoi (VNA) – Kim paid a courtesy call on Deputy Minister of Culture, Sports and Tourism Ho An Phong in Hanoi on June 12.");
    expect(official(doc, "Ho An Phong")).toMatchObject({ title: "Deputy Minister of Culture, Sports and Tourism", country: "VN" });
  });

  it.each([
    ["Mayor of Seoul Oh Se-hoon", "Oh Se-hoon", "Mayor of Seoul"],
    ["Dr. Tedros Adhanom Ghebreyesus", "Tedros Adhanom Ghebreyesus", null],
  ])("%s is a person", (phrase, name, title) => {
    const doc = run(`Hanoi (VNA) – Deputy Prime Minister Tran Luu Quang received ${phrase} in Hanoi on June 12.`);
    expect(official(doc, name)?.title ?? null).toBe(title);
  });

  it("an honorific keeps a common-word family name", () => {
    const doc = run("Minister of Health Dao Hong Lan received Dr. Catherine Mary West, UK Minister of State for the Indo-Pacific, on June 12.\nMs. West said the UK is ready to help.");
    expect(names(doc)).toContain("Catherine Mary West");
    expect(official(doc, "Catherine Mary West")?.aliases).toContain("West");
  });
});

describe("pronouns after a turn of speaker", () => {
  it.each([
    "Yoshimura said Osaka will host the World Expo next year and hoped the city would take part.",
    "According to Yoshimura, Osaka will host the World Expo, and Thanh's city is welcome to take part.",
    "Osaka will host the World Expo next year, Yoshimura said, hoping Thanh would attend.",
  ])("%s", (mid) => {
    const doc = run(
      `Hanoi (VNA) – Chairman of the Hanoi People's Committee Tran Sy Thanh received Governor of Osaka Prefecture Yoshimura Hirofumi in Hanoi on Wednesday.\nThanh said Japan is a top investor.\n${mid}\nHe proposed that the two localities sign a memorandum of understanding on urban development.`,
      "2024-05-17",
    );
    expect(doc.proposals.map((p) => p.speaker)).toEqual(["Yoshimura Hirofumi"]);
  });
});

describe("instrument titles", () => {
  it.each([
    ["signed a cooperation agreement for the 2023-2028 period", "cooperation agreement for the 2023-2028 period", "agreement", "signed"],
    ["suggested that the two countries negotiate a bilateral investment treaty", "bilateral investment treaty", "treaty", "proposed"],
    ["agreed to launch negotiations on a Just Energy Transition Partnership (JETP) political declaration", "Just Energy Transition Partnership (JETP) political declaration", "declaration", "proposed"],
    ["agreed to negotiate a joint declaration on the strategic partnership", "joint declaration on the strategic partnership", "declaration", "under_negotiation"],
    ["agreed to start talks on a comprehensive economic partnership agreement", "comprehensive economic partnership agreement", "agreement", "proposed"],
    ["agreed that the two countries should negotiate a free trade agreement", "free trade agreement", "agreement", "under_negotiation"],
    ["agreed to work on a framework agreement on civil nuclear cooperation", "framework agreement on civil nuclear cooperation", "agreement", "under_negotiation"],
    ["agreed to review the implementation of the ASEAN-India Trade in Goods Agreement", "ASEAN-India Trade in Goods Agreement", "agreement", "in_force"],
  ])("%s", (clause, title, kind, status) => {
    const doc = run(`Hanoi (VNA) – Prime Minister Pham Minh Chinh and Indian Prime Minister Narendra Modi ${clause}.`);
    const a = doc.agreements.find((x) => x.title.startsWith(title));
    expect(a, JSON.stringify(doc.agreements)).toBeDefined();
    expect(a?.kind).toBe(kind);
    expect(a?.status).toBe(status);
  });

  it("generic plurals are not instruments", () => {
    const doc = run("Hanoi (VNA) – Prime Minister Pham Minh Chinh said free trade agreements help exports.");
    expect(doc.agreements).toEqual([]);
  });
});

describe("weekdays against the header", () => {
  const days = ["Saturday", "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
  it.each(days.map((d, k) => [d, `2024-05-${String(11 + k).padStart(2, "0")}`]))("%s before a Friday header is %s", (day, date) => {
    for (const body of [
      `Prime Minister Pham Minh Chinh received Japanese Ambassador Ito Naoki in Hanoi on ${day}.`,
      `On ${day}, Prime Minister Pham Minh Chinh received Japanese Ambassador Ito Naoki in Hanoi.`,
      `Prime Minister Pham Minh Chinh on ${day} received Japanese Ambassador Ito Naoki in Hanoi.`,
    ]) {
      expect(run(`Hanoi (VNA) – ${body}`, "2024-05-17").meetings.map((m) => m.date)).toEqual([date]);
    }
  });
});

describe("sidelines", () => {
  it("takes the dateline city", () => {
    const doc = run("Rio de Janeiro (VNA) – Prime Minister Pham Minh Chinh met Indian Prime Minister Narendra Modi on the sidelines of the G20 Summit on Tuesday.", "2024-11-22");
    expect(doc.meetings[0]).toMatchObject({ date: "2024-11-19", location: "Rio de Janeiro" });
  });
});

describe("country without an adjective", () => {
  it("takes the article's one foreign country at home", () => {
    const doc = run("Hanoi (VNA) – Minister of Industry and Trade Nguyen Hong Dien received Minister for Trade and Tourism Don Farrell in Hanoi on Wednesday.\nFarrell said Australia wants more trade.");
    expect(official(doc, "Don Farrell")).toMatchObject({ title: "Minister for Trade and Tourism", country: "AU" });
  });
});

describe("relative weeks", () => {
  it("dates a planned meeting next week to that week's month", () => {
    const doc = run("Hanoi (VNA) – Deputy Prime Minister Tran Hong Ha will have talks with New Zealand Deputy Prime Minister Winston Peters in Wellington next week.", "2024-09-27");
    expect(doc.meetings.map((m) => [m.date, m.status])).toEqual([["2024-10", "planned"]]);
  });
});

describe("hyphenated titles", () => {
  it("Minister-President of Bavaria", () => {
    const doc = run("Hanoi (VNA) – Deputy Prime Minister Tran Luu Quang held a phone conversation with Minister-President of Bavaria Markus Soeder on Friday morning.", "2024-10-18");
    expect(official(doc, "Markus Soeder")).toMatchObject({ title: "Minister-President of Bavaria", country: "DE" });
    expect(doc.meetings.map((m) => m.participants)).toEqual([["Tran Luu Quang", "Markus Soeder"]]);
  });
});

describe("pronoun gender and name suffixes", () => {
  it("'She' after a man as subject goes to the woman just named; 'Jr.' is not a short form", () => {
    const doc = run(
      "Hanoi (VNA) – Minister of Agriculture Le Minh Hoan hosted Philippine Secretary of Agriculture Francisco Tiu Laurel Jr. in Hanoi on Tuesday.\nOn Wednesday, Laurel met State Bank of Vietnam Governor Nguyen Thi Hong, who briefed him on payment links.\nShe proposed that the two central banks study a QR code payment connection.",
      "2024-08-16",
    );
    expect(official(doc, "Francisco Tiu Laurel Jr")?.aliases).toContain("Laurel");
    expect(doc.proposals.map((p) => p.speaker)).toEqual(["Nguyen Thi Hong"]);
  });
});
