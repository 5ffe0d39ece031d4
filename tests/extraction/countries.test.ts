// Countries of officials beyond the hand list (issue #11, countries): every UN member state with
// its names, demonyms and capital (scripts/data/countries.ts), and the host at home.
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

describe("countries from the maintained list", () => {
  it.each([
    ["Jordanian Foreign Minister Ayman Safadi", "Ayman Safadi", "JO"],
    ["Azerbaijani President Ilham Aliyev", "Ilham Aliyev", "AZ"],
    ["Colombian Foreign Minister Luis Gilberto Murillo", "Luis Gilberto Murillo", "CO"],
    ["Somali President Hassan Sheikh Mohamud", "Hassan Sheikh Mohamud", "SO"],
    ["Ghanaian Vice President Mahamudu Bawumia", "Mahamudu Bawumia", "GH"],
    // The common forms beside the package's rarer ones ("Maldivan", "Djibouti", "Tadzhik").
    ["Maldivian Trade Minister Mohamed Saeed", "Mohamed Saeed", "MV"],
    ["Djiboutian Finance Minister Ilyas Moussa Dawaleh", "Ilyas Moussa Dawaleh", "DJ"],
    ["Tajik Foreign Minister Sirojiddin Muhriddin", "Sirojiddin Muhriddin", "TJ"],
    ["Kyrgyz Economy Minister Daniyar Amangeldiev", "Daniyar Amangeldiev", "KG"],
    // A self-governing state in free association, not a UN member.
    ["Cook Islands Deputy Prime Minister Robert Tapaitau", "Robert Tapaitau", "CK"],
  ])("a demonym: %s", (phrase, name, country) => {
    const doc = run(`Hanoi (VNA) – Prime Minister Pham Minh Chinh received ${phrase} in Hanoi on June 12.`);
    expect(official(doc, name)?.country).toBe(country);
  });

  it.each([
    ["President of Azerbaijan Ilham Aliyev", "Ilham Aliyev", "AZ"],
    ["Foreign Minister of Mauritius Dhananjay Ramful", "Dhananjay Ramful", "MU"],
    ["Ambassador to Jordan Donica Pottie", "Donica Pottie", null],
  ])("a country closes the title: %s", (phrase, name, country) => {
    const doc = run(`Hanoi (VNA) – Prime Minister Pham Minh Chinh received ${phrase} in Hanoi on June 12.`);
    expect(names(doc)).toContain(name);
    if (country) expect(official(doc, name)?.country).toBe(country);
  });

  it("a two-letter code of an added country is not read in a name ('Al')", () => {
    const doc = run("Hanoi (VNA) – Prime Minister Pham Minh Chinh received Emirati Minister of State Ahmed Al Sayegh in Hanoi on June 12.");
    expect(official(doc, "Ahmed Al Sayegh")?.country).toBe("AE");
  });
});

describe("the host at home", () => {
  it("takes the country of the meeting's city, not the guest's demonym", () => {
    const doc = run("Prime Minister Mostafa Madbouly received Qatari Minister of State Mohammed Al-Khulaifi in Cairo on Tuesday.", "2024-05-14");
    expect(official(doc, "Mostafa Madbouly")?.country).toBe("EG");
    expect(official(doc, "Mohammed Al-Khulaifi")?.country).toBe("QA");
  });

  it("keeps a host's own demonym", () => {
    const doc = run("Egyptian Prime Minister Mostafa Madbouly received Qatari Minister of State Mohammed Al-Khulaifi in Doha on Tuesday.", "2024-05-14");
    expect(official(doc, "Mostafa Madbouly")?.country).toBe("EG");
  });
});

describe("the two countries of a bilateral report", () => {
  it("an unqualified official belongs to the side the qualified ones are not on", () => {
    const doc = run(
      [
        "President Samuel Okoro on Wednesday held talks with Ethiopian Prime Minister Abiy Ahmed in Addis Ababa.",
        "The talks followed a session co-chaired by Cabinet Secretary Peter Mwangi and Ethiopia's Foreign Minister Taye Atske Selassie.",
        "Kenya and Ethiopia signed a power trade agreement. Kenya is Ethiopia's largest trading partner in the region.",
      ].join(" "),
      "2024-02-28",
      "Kenya, Ethiopia sign power deal",
    );
    expect(official(doc, "Abiy Ahmed")?.country).toBe("ET");
    expect(official(doc, "Samuel Okoro")?.country).toBe("KE");
    expect(official(doc, "Peter Mwangi")?.country).toBe("KE");
  });

  it("does nothing when both sides have qualified officials", () => {
    const doc = run(
      "Spanish Prime Minister Pedro Sanchez and Moroccan Head of Government Aziz Akhannouch co-chaired a meeting in Rabat on Thursday, with Minister Jose Albares also taking part. Spain and Morocco signed twenty agreements.",
      "2023-02-02",
      "Spain and Morocco sign agreements",
    );
    expect(official(doc, "Pedro Sanchez")?.country).toBe("ES");
    expect(official(doc, "Aziz Akhannouch")?.country).toBe("MA");
    expect(official(doc, "Jose Albares")?.country).not.toBe("MA");
  });
});

describe("countries from regions, possessives and datelines", () => {
  it.each([
    ["Bavarian Premier Markus Weber", "Markus Weber", "DE"],
    ["Sabahan Chief Minister Hajiji Noor", "Hajiji Noor", "MY"],
    ["Catalan President Salvador Illa", "Salvador Illa", "ES"],
  ])("a region's demonym: %s", (phrase, name, country) => {
    const doc = run(`Hanoi (VNA) – Prime Minister Pham Minh Chinh received ${phrase} in Hanoi on June 12.`);
    expect(official(doc, name)?.country).toBe(country);
  });

  it("a country that qualifies the next official's title is that official's, not the sentence's", () => {
    const doc = run(
      "The agreement was signed by Interior Minister Nancy Faeser and Kenya's Foreign Minister Musalia Mudavadi on Friday.",
      "2024-09-13",
    );
    expect(official(doc, "Musalia Mudavadi")?.country).toBe("KE");
    expect(official(doc, "Nancy Faeser")?.country).not.toBe("KE");
  });

  it.each([
    ["Addis Ababa, Ethiopia, Feb 28 (KNA) – President William Ruto held talks.", "Addis Ababa"],
    ["Lima, May 28 (ANDINA).- Foreign Minister Javier Gonzalez held talks.", "Lima"],
    ["Bengaluru (dpa) - Premier Markus Weber held talks.", "Bengaluru"],
    ["MOSCOW, December 27. /TASS/. President Vladimir Putin held talks.", "Moscow"],
    ["ANKARA\nForeign Minister Hakan Fidan held talks.", "Ankara"],
  ])("a dateline: %s", (body, dateline) => {
    const doc = run(body);
    expect(doc.document.dateline).toBe(dateline);
    expect(doc.sentences[0].text).not.toMatch(/\((?:KNA|ANDINA|dpa)\)|TASS|^ANKARA/);
  });
});
