// Countries of officials when the report names both sides bare (issue #11, countries): "his Kenyan
// counterpart", a demonym that qualifies someone else, a demonym across "held talks with", the
// messenger's principal, the host of a meeting told from the dateline's city, and an institution or a
// region in a title, which a writer uses for its own side too.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("his X counterpart", () => {
  it.each([
    ["President Cyril Ramaphosa and his Zimbabwean counterpart, President Emmerson Mnangagwa, co-chaired the commission.", "Emmerson Mnangagwa", "ZW", "Cyril Ramaphosa"],
    ["Prime Minister Shehbaz Sharif held talks with his Azerbaijani counterpart, Prime Minister Ali Asadov, on Monday.", "Ali Asadov", "AZ", "Shehbaz Sharif"],
    ["President William Ruto received his Ethiopian counterpart Prime Minister Abiy Ahmed on Monday.", "Abiy Ahmed", "ET", "William Ruto"],
  ])("%s", (body, counterpart, country, host) => {
    const doc = run(body);
    expect(official(doc, counterpart)?.country).toBe(country);
    // The counterpart's demonym is not the host's country.
    expect(official(doc, host)?.country).not.toBe(country);
  });
});

describe("a demonym that qualifies someone or something else", () => {
  it.each([
    ["The Canadian minister was later received by President Dina Boluarte at Government Palace.", "Dina Boluarte", "CA"],
    ["Myrseth will bring 40 Norwegian companies to Jakarta, where she will meet Coordinating Minister for Economic Affairs Airlangga Hartarto.", "Airlangga Hartarto", "NO"],
    ["On Wednesday, the Taiwanese foreign minister is scheduled to meet with Vice President Pedro Alliana.", "Pedro Alliana", "TW"],
    ["Prime Minister Shehbaz Sharif held talks with Azerbaijani President Ilham Aliyev in Baku on Thursday.", "Shehbaz Sharif", "AZ"],
  ])("%s", (body, name, notCountry) => {
    const doc = run(body);
    expect(official(doc, name)).toBeDefined();
    expect(official(doc, name)?.country).not.toBe(notCountry);
  });

  it("a demonym that describes the named person still counts ('the first trip by a German leader since Chancellor X')", () => {
    const doc = run("It was the first trip by a German government leader since Chancellor Angela Merkel visited in 2011.");
    expect(official(doc, "Angela Merkel")?.country).toBe("DE");
  });
});

describe("a messenger's principal", () => {
  it.each([
    ["Philippine Secretary of Foreign Affairs Enrique Manalo, who conveyed greetings of President Ferdinand Marcos Jr. to His Highness, was received by the Kuwaiti Amir.", "Ferdinand Marcos Jr", "PH"],
    ["Iranian Foreign Minister Abbas Araghchi conveyed the greetings of President Masoud Pezeshkian to the Omani Sultan.", "Masoud Pezeshkian", "IR"],
    ["Tunisian Head of Government Kamel Maddouri conveyed to Algerian President Abdelmadjid Tebboune the greetings of his brother, President Kaïs Saïed.", "Kaïs Saïed", "TN"],
  ])("%s", (body, name, country) => {
    const doc = run(body);
    expect(official(doc, name)?.country).toBe(country);
  });

  it("wishes sent to a principal go to the other side of the report's pair", () => {
    const doc = run(
      "Kazakh Foreign Minister Murat Nurtleu arrived in Pakistan on Monday for talks on Kazakhstan's rail link. Later, Nurtleu called on Prime Minister Shehbaz Sharif. The prime minister conveyed his best wishes to President Kassym-Jomart Tokayev. Pakistan and Kazakhstan signed two accords.",
    );
    expect(official(doc, "Kassym-Jomart Tokayev")?.country).toBe("KZ");
  });
});

describe("the host at the dateline's city", () => {
  it("a meeting with no place, reported the same day, was held where the report was filed", () => {
    const doc = run(
      "Jakarta, June 13 (Bernama) -- Indonesian Foreign Minister Retno Marsudi and Malaysian Ambassador Syed Hasrin discussed the border. On Tuesday, Foreign Minister Mohamad Hasan paid a courtesy call on President Joko Widodo. Malaysia and Indonesia agreed to meet again.",
    );
    expect(official(doc, "Joko Widodo")?.country).toBe("ID");
  });
});

describe("an institution or a region in a title qualifies either side", () => {
  it("a Bank Indonesia governor does not make every bare official the other side's", () => {
    const doc = run(
      "Jakarta (ANTARA) - Bank Indonesia Governor Perry Warjiyo said on Monday that exports to the United States rose. Statistics official Pudji Ismartini said US demand held. Perry added that US tariffs were a risk. Airlangga Hartarto, the Coordinating Minister for Economic Affairs, said Indonesia would talk to US officials.",
    );
    expect(official(doc, "Airlangga Hartarto")?.country).not.toBe("US");
  });
});

describe("a plural title over two names of a bilateral report", () => {
  it("gives one to each side, in the order the report first names the countries", () => {
    const doc = run(
      "Presidents Dina Boluarte and Daniel Noboa led the meeting in Tumbes on Friday. Foreign Ministers Elmer Schialer and Gabriela Sommerfeld signed the border accord. Peru and Ecuador will meet again in 2025, Ecuador said.",
      "2024-06-14",
      "Peru and Ecuador hold 15th Binational Cabinet",
    );
    expect(official(doc, "Elmer Schialer")?.country).toBe("PE");
    expect(official(doc, "Gabriela Sommerfeld")?.country).toBe("EC");
  });

  it("leaves names whose titles gave a country", () => {
    const doc = run(
      "Foreign Ministers Elmer Schialer of Ecuador and Gabriela Sommerfeld of Peru met. Peru and Ecuador agreed, Peru said.",
      "2024-06-14",
      "Peru and Ecuador hold 15th Binational Cabinet",
    );
    expect(official(doc, "Elmer Schialer")?.country).toBe("EC");
  });
});
