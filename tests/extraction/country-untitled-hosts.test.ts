// The host given the guest's country in two-sided reports (issue #11, countries, batch17): a host whose title names
// no country, in a report about a visit by the other side, is of the report's own side unless the text ties him to
// the guest's: "received X for an official visit to Y" is the guest's visit, "was accompanied at the talks by" a
// companion, two holders of the same office at one meeting, "A and then-Prime Minister B signed", a wire's dateline
// under a hard-wrapped headline, the outlet's country in its copyright line.
import { describe, expect, it } from "vitest";
import { readDocument } from "../../src/extraction/index.ts";
import { official, run } from "./helpers.ts";

describe("a visit received 'for an official visit to X'", () => {
  it("the visit is the guest's, the host stays at home", () => {
    const doc = run(
      "On 4 May 2026, Prime Minister Marc Peeters received the Prime Minister of the Republic of Latvia, Andris Ozols, for an official visit to Belgium. The talks covered trade between Belgium and Latvia. Prime Minister Ozols invited Belgium to join the Baltic energy grid. Latvia and Belgium will meet again in Riga.",
      "2026-05-04",
    );
    expect(official(doc, "Andris Ozols")?.country).toBe("LV");
    expect(official(doc, "Marc Peeters")?.country).toBe("BE");
  });
});

describe("a companion 'accompanied at the talks by'", () => {
  it("takes the country of the one accompanied", () => {
    const doc = run(
      "Prime Minister Tomas Berg held talks with Icelandic Prime Minister Helga Jonsdottir at the Government Offices on Wednesday. Jonsdottir, who arrived on Tuesday for a two-day visit, was accompanied at the talks by Fisheries Minister Einar Olafsson. Minister of Trade Lena Holm and Minister of Defence Nils Ek sat in on the Norwegian side. Norway and Iceland signed a fisheries accord. Berg thanked Iceland for its support, and Norway will host the next round.",
      "2026-05-07",
    );
    expect(official(doc, "Helga Jonsdottir")?.country).toBe("IS");
    expect(official(doc, "Einar Olafsson")?.country).toBe("IS");
  });
});

describe("two holders of the same office at one meeting", () => {
  it("an unqualified minister beside the other side's qualified peer is of the report's own side", () => {
    const doc = run(
      "Phnom Penh, May 6 - Prime Minister Mr Vanna Rith held talks yesterday with his Thai counterpart, Mr Prasert Chaiyo, who is on an official visit to Cambodia. The talks were also attended by Deputy Prime Minister and Minister of Foreign Affairs Mr Rithy Chan and Thai Minister of Foreign Affairs Mr Somsak Wongsa, along with senior officials. Cambodia and Thailand agreed to open a new border post. Mr Prasert invited Cambodia to a trade fair in Bangkok, and Thailand will host the next session. Later the same day, Mr Prasert paid a courtesy call on the President of the National Assembly of Cambodia, Mr Dara Heng.",
      "2026-05-06",
    );
    expect(official(doc, "Somsak Wongsa")?.country).toBe("TH");
    expect(official(doc, "Rithy Chan")?.country).toBe("KH");
  });
});

describe("the two signatories of a bilateral instrument", () => {
  it("'A and then-Prime Minister B signed': B signed for the other side", () => {
    const doc = run(
      "President Andrius Kairys hosted Portuguese President Rui Costa in Vilnius on Monday. The two presidents discussed defence and energy. Costa invited Lithuania to join a maritime initiative. The defence agreement that Kairys and then-Prime Minister Joao Matos signed in 2023 remains in force, Kairys said. Lithuania and Portugal will meet again in Lisbon.",
      "2026-05-04",
    );
    expect(official(doc, "Rui Costa")?.country).toBe("PT");
    expect(official(doc, "Joao Matos")?.country).toBe("PT");
    expect(official(doc, "Joao Matos")?.title).toBe("Prime Minister");
  });
});

describe("the Dutch minister and Vietnamese Minister X", () => {
  it("a role noun before 'and' is another person: the demonym after it is the named official's", () => {
    const doc = run(
      "During the visit, the Swedish minister and Kenyan Minister of Water and Sanitation Paul Kiprop co-chaired the joint committee in Kisumu on Tuesday. Sweden and Kenya signed a memorandum on water.",
      "2026-05-07",
    );
    expect(official(doc, "Paul Kiprop")?.country).toBe("KE");
    expect(official(doc, "Paul Kiprop")?.title).toBe("Minister of Water and Sanitation");
  });
});

describe("a wire's dateline under a hard-wrapped headline", () => {
  it("the agency dateline opens its own paragraph, not the headline's run-on", () => {
    const text = [
      " date 2026-04-23",
      "Regional leaders in Skopje call for EU enlargement by 2030",
      "Skopje, April 23 (MIA) - President of the Republic Petar Nikolov hosted",
      "today in Skopje the annual summit of the regional process, attended by",
      "President of Croatia Ivo Horvat, President of Slovenia Ana Novak and",
      "President of Montenegro Luka Vukovic. The leaders adopted a declaration",
      "in which they call on the European Union to complete the accession of",
      "the region by 2030 and to open the single market to them before",
      "membership.",
    ].join("\n");
    expect(readDocument(text).dateline).toBe("Skopje");
  });

  it("the host of a reception that day is of the dateline's country", () => {
    const body = [
      "Regional leaders in Skopje call for EU enlargement by 2030",
      "Skopje, April 23 (MIA) - President of the Republic Petar Nikolov hosted",
      "today in Skopje the annual summit of the regional process, attended by",
      "President of Croatia Ivo Horvat, President of Slovenia Ana Novak and",
      "President of Montenegro Luka Vukovic. The leaders adopted a declaration",
      "in which they call on the European Union to complete the accession of",
      "the region by 2030 and to open the single market to them before",
      "membership.",
      "In the afternoon, Prime Minister Goran Petrovski received President Novak",
      "at the Government building. Petrovski invited Slovenian companies to",
      "invest in the energy sector. President Nikolov and President Horvat last",
      "met in Zagreb in March. Croatia and Slovenia back the declaration, and",
      "Slovenia will host the next summit, Croatia said.",
    ].join("\n");
    const doc = run(body, "2026-04-23", "");
    expect(official(doc, "Goran Petrovski")?.country).toBe("MK");
  });
});

describe("the outlet's country in its copyright line", () => {
  it("an untitled host in a report with no dateline is of the outlet's country", () => {
    const body = [
      "Samoa Daily Herald",
      "Home | News | Business | Sports",
      "Australia will provide A$10 million to upgrade the Apia wharf, Minister for Foreign Affairs of Australia, Jane Barker, announced yesterday after talks with Prime Minister Tui Faleolo.",
      "The meeting was also attended by the Minister of Finance of Samoa, Lemalu Sione, and Australia's High Commissioner to Samoa, Mark Dunn.",
      "On Tuesday, Ms Barker paid a courtesy call on the Head of State of Samoa, Tuimalealiifano Vaai, at the Government House.",
      "Minister Sione is expected to visit Canberra in February for talks with Ms Barker.",
      "Faleolo thanked Australia for its support.",
      "© 2026 Samoa Daily Herald. All rights reserved.",
    ].join("\n");
    const doc = run(body, "2026-10-01", "");
    expect(official(doc, "Tui Faleolo")?.country).toBe("WS");
  });
});

describe("a country across 'paid a farewell call on'", () => {
  it("qualifies the caller's role, not the official called on", () => {
    const doc = run(
      "Bandar Seri Begawan, Jan 14 - The Ambassador of the Republic of Estonia paid a farewell call on the Permanent Secretary at the Ministry of Foreign Affairs, Hajah Nor Aminah Salleh, on Tuesday.",
      "2026-01-14",
    );
    expect(official(doc, "Hajah Nor Aminah Salleh")?.country ?? official(doc, "Nor Aminah Salleh")?.country).not.toBe("EE");
  });

  it("'her Botswana counterpart, Dr X' is still X's country", () => {
    const doc = run("The talks were held between Minister of Mines Ana Banda and her Botswana counterpart, Dr Paul Kiprop, who signed a memorandum.", "2026-01-14");
    expect(official(doc, "Paul Kiprop")?.country).toBe("BW");
  });
});

describe("a wire re-published by an outlet of another country", () => {
  it("the outlet's name is no mention of a side of the report", () => {
    const body = [
      "Tonga Herald",
      "APIA, Samoa (PACNEWS) — Samoa and Fiji on Wednesday signed a memorandum of understanding on energy cooperation, following talks between Prime Minister Lina Tuala and her Fijian counterpart, Josefa Rabuka.",
      "Later on Wednesday, the two leaders held a video call with Vanuatu's Prime Minister Tom Kalo.",
      "Ms Tuala thanked Fiji for its support. Rabuka also paid a courtesy call on President Sione Alofa at the State House.",
      "Now you can read the Tonga Herald ePaper anytime, anywhere. The Tonga Herald ePaper is the same edition as the printed copy.",
      "© 2026 Tonga Herald Limited. All rights reserved.",
    ].join("\n");
    const doc = run(body, "2026-09-10", "Samoa, Fiji sign energy pact");
    expect(official(doc, "Lina Tuala")?.country).toBe("WS");
  });
});
