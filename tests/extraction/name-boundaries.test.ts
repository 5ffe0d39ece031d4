// Where a name starts and stops on real-world pages (issue #11, names): metonyms are not people,
// a title's field words are not a name, headline verbs are not a name, scraping glues a title to a
// name, a hard wrap splits a name, and a country code can be a person's initials.
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("metonyms: buildings and seats of government are not people", () => {
  it.each([
    ["In a statement, Wisma Putra said the visit was the minister's first to Indonesia.", "Wisma Putra"],
    ["Downing Street said Prime Minister Keir Starmer would travel to Seoul in May.", "Downing Street"],
    ["President Prabowo Subianto was welcomed at Qasr Al Watan on Tuesday.", "Qasr Al Watan"],
    ["King Abdullah II spoke, according to a Royal Hashemite Court statement.", "Royal Hashemite"],
  ])("%s", (body, metonym) => {
    const doc = run(body);
    expect(names(doc).some((n) => n.includes(metonym))).toBe(false);
  });

  it("a seat of government in a title gives its country", () => {
    const doc = run("Kremlin spokesman Dmitry Peskov told reporters that the dates would be agreed.");
    expect(official(doc, "Dmitry Peskov")?.country).toBe("RU");
  });

  it("ends a title before the name ('Speaker of the Milli Majlis Sahiba Gafarova')", () => {
    const doc = run("Prime Minister Shehbaz Sharif met Speaker of the Milli Majlis Sahiba Gafarova in Baku on Friday.");
    expect(names(doc)).toContain("Sahiba Gafarova");
  });
});

describe("a title's field words are not a name", () => {
  it.each([
    ["Minister of Export Promotion, International Trade and Economic Development Mary Ngozi", "Mary Ngozi", "Export Promotion"],
    ["Minister of State for Economic Coordination Jose de Lima Massano", "Jose de Lima Massano", "Coordination"],
  ])("%s", (phrase, name, field) => {
    const doc = run(`Foreign Minister Javier Gonzalez held talks on Tuesday with ${phrase} in Lima.`);
    expect(names(doc)).toContain(name);
    expect(names(doc).some((n) => n.includes(field))).toBe(false);
  });

  it("a capitalised headline verb is not a name ('Foreign Minister Receives Phone Call')", () => {
    const doc = run("Foreign Minister Receives Phone Call from Brazilian Counterpart. Foreign Minister Faisal Farhan received a phone call on Monday.");
    expect(names(doc).some((n) => /Receives|Phone|Call/.test(n))).toBe(false);
  });
});

describe("scraping damage", () => {
  it("a title glued to the name ('Prime MinisterPham Minh Chinh')", () => {
    const doc = run("Samsung Chairman Lee Jae-yong was received by Prime MinisterPham Minh Chinh in Hanoi on Wednesday.", "2024-10-31");
    expect(names(doc)).toContain("Pham Minh Chinh");
    expect(official(doc, "Pham Minh Chinh")?.title).toBe("Prime Minister");
  });

  it("a hard-wrapped line that splits a name", () => {
    const doc = run(
      "JAKARTA, Jan 10 (Bernama) -- Foreign Minister Mohamad Hasan held talks in Jakarta on Tuesday with his Indonesian counterpart Retno LP\nMarsudi, focusing on the land boundary.",
      "2024-01-10",
    );
    expect(names(doc)).toContain("Retno LP Marsudi");
    expect(official(doc, "Retno LP Marsudi")?.country).toBe("ID");
  });

  it("a caption line with a photographer's credit is neither wrapped on nor a name", () => {
    const doc = run(
      [
        "Samsung Electronics Chairman Lee Jae-yong was received by Prime Minister Pham Minh Chinh in Hanoi on Wednesday, where he spoke.",
        "Prime Minister Pham Minh Chinh (R) and Samsung Electronics Chairman Lee Jae-yong in Hanoi, Oct. 30, 2024. Photo by VnExpress/Hoang Phong",
        "Chinh asked Samsung to transfer more technology to Vietnamese suppliers.",
      ].join("\n"),
      "2024-10-31",
    );
    expect(names(doc).some((n) => n.includes("Hoang Phong"))).toBe(false);
    expect(doc.proposals[0]?.speaker).toBe("Pham Minh Chinh");
  });
});

describe("initials that spell a country code", () => {
  it("'Prime Minister KP Sharma Oli' is not North Korea", () => {
    const doc = run("Bangkok, April 5 (RSS): Prime Minister KP Sharma Oli held a meeting with Sri Lankan President Anura Kumara Dissanayake on Thursday.");
    expect(names(doc)).toContain("KP Sharma Oli");
    expect(official(doc, "KP Sharma Oli")?.country).not.toBe("KP");
  });
});
