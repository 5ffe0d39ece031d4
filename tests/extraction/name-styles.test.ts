// Honorifics and styles are not part of a name; regnal numerals are (issue #11, names).
import { describe, expect, it } from "vitest";
import { names, official, run } from "./helpers.ts";

const host = "Hanoi (VNA) – Prime Minister Pham Minh Chinh received";

describe("styles before a name", () => {
  it.each([
    ["Malaysian Foreign Minister Datuk Seri Zambry Abdul Kadir", "Zambry Abdul Kadir", "Foreign Minister"],
    ["Malaysian Senate President Tan Sri Wan Junaidi Tuanku Jaafar", "Wan Junaidi Tuanku Jaafar", "Senate President"],
    ["former Malaysian Prime Minister Tun Mahathir Mohamad", "Mahathir Mohamad", "Prime Minister"],
    ["Indian Minister of State Shri Kirti Vardhan Singh", "Kirti Vardhan Singh", "Minister of State"],
    ["Myanmar Ambassador Daw Thet Thet Zin", "Thet Thet Zin", "Ambassador"],
    ["H.E. Dato' Sri Tengku Zafrul Aziz", "Tengku Zafrul Aziz", null],
    ["Bangladesh Chief Adviser Prof Muhammad Yunus", "Muhammad Yunus", "Chief Adviser"],
    ["Fijian Prime Minister Hon. Sitiveni Rabuka", "Sitiveni Rabuka", "Prime Minister"],
    ["Kiwi Deputy Prime Minister Rt Hon Winston Peters", "Winston Peters", "Deputy Prime Minister"],
    ["Fijian President Ratu Wiliame Katonivere", "Wiliame Katonivere", "President"],
    ["AU Trade Commissioner H.E. Amb. Albert Muchanga", "Albert Muchanga", "Trade Commissioner"],
    ["Kuwaiti Amir His Highness Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah", "Mishal Al-Ahmad Al-Jaber Al-Sabah", "Amir"],
    ["Kuwaiti Crown Prince Sheikh Sabah Khalid Al-Hamad Al-Sabah", "Sabah Khalid Al-Hamad Al-Sabah", "Crown Prince"],
  ])("%s", (phrase, name, title) => {
    const doc = run(`${host} ${phrase} in Hanoi on June 12.`);
    expect(names(doc)).toContain(name);
    expect(official(doc, name)?.title ?? null).toBe(title);
    if (title) expect(doc.meetings[0]?.participants).toEqual(expect.arrayContaining(["Pham Minh Chinh", name]));
  });

  it("a style in brackets after another ('Tan Sri Dato' (Dr.) X') is no part of the name", () => {
    const doc = run("Prime Minister Shehbaz Sharif called on the Speaker of the Dewan Rakyat, Tan Sri Dato' (Dr.) Rahman bin Yusof, at Parliament House on June 12.");
    expect(names(doc)).toContain("Rahman bin Yusof");
    expect(official(doc, "Rahman bin Yusof")?.title).toBe("Speaker of the Dewan Rakyat");
  });

  it("a one-word name after two styles in apposition ('the Prime Minister, Hon. Lord Vaea,') is a person", () => {
    const doc = run("On Tuesday the Ambassador was received by the Prime Minister, Hon. Lord Vaea, at the Government Building. The Prime Minister asked Japan to fund the wharf.");
    expect(names(doc)).toContain("Vaea");
    expect(official(doc, "Vaea")?.title).toBe("Prime Minister");
  });

  it("'HE' in capitals is a style and the fullest form wins ('President of the Republic of Senegal HE X Y Z', 'HE President Z')", () => {
    const doc = run("The Amir and President of the Republic of Senegal HE Mamadou Diallo Ndiaye held talks in Doha on June 12. HE President Ndiaye invited the Amir to visit Senegal.");
    expect(names(doc)).toContain("Mamadou Diallo Ndiaye");
    expect(names(doc)).not.toContain("Ndiaye");
    expect(official(doc, "Mamadou Diallo Ndiaye")?.country).toBe("SN");
  });

  it("'He' written as a word is a pronoun or a family name, not a style", () => {
    const doc = run("Vice Premier He Lifeng met Treasury Secretary Janet Yellen in Geneva on June 12. He thanked her.");
    expect(names(doc)).toContain("He Lifeng");
  });

  it("Sheikh inside a name stays", () => {
    const doc = run(`${host} Somali President Hassan Sheikh Mohamud in Hanoi on June 12.`);
    expect(names(doc)).toContain("Hassan Sheikh Mohamud");
  });

  it("a style with a full stop does not end the sentence", () => {
    const doc = run("Addis Ababa – The Chairperson H.E. Mahmoud Ali Youssouf received Namibian Minister Selma Ashipala-Musavyi on June 12.");
    expect(names(doc)).toEqual(["Mahmoud Ali Youssouf", "Selma Ashipala-Musavyi"]);
    expect(doc.meetings[0]?.participants).toEqual(["Mahmoud Ali Youssouf", "Selma Ashipala-Musavyi"]);
  });

  it("lineage parts and particles stay, and do not make a name too long", () => {
    const doc = run(`${host} Omani Foreign Minister Sayyid Badr bin Hamad Al Busaidi and Timorese Foreign Minister Bendito dos Santos Freitas in Hanoi on June 12.`);
    expect(names(doc)).toEqual(expect.arrayContaining(["Sayyid Badr bin Hamad Al Busaidi", "Bendito dos Santos Freitas"]));
  });

  it("a style word before a patronymic is a given name", () => {
    const doc = run(`${host} Emirati Minister of Industry H.E. Dr Sultan bin Ahmed Al Jaber in Hanoi on June 12.`);
    expect(names(doc)).toContain("Sultan bin Ahmed Al Jaber");
  });

  it("a country after \"of\" closes a title's field", () => {
    const doc = run(`${host} the Minister of Foreign Affairs of the Republic of Colombia Luis Gilberto Murillo Urrutia in Hanoi on June 12.`);
    expect(names(doc)).toContain("Luis Gilberto Murillo Urrutia");
  });

  it("a style after a comma marks the title before it as an apposition", () => {
    const doc = run(
      "JAKARTA – Secretary-General of ASEAN, Dr. Kao Kim Hourn, today received a courtesy call from the Minister of Foreign Affairs and Cooperation of Timor-Leste, H.E. Bendito dos Santos Freitas, at the ASEAN Secretariat.",
    );
    expect(official(doc, "Kao Kim Hourn")?.title).toBe("Secretary-General of ASEAN");
    expect(official(doc, "Bendito dos Santos Freitas")?.title).toBe("Minister of Foreign Affairs and Cooperation");
    expect(official(doc, "Bendito dos Santos Freitas")?.country).toBe("TL");
  });

  it("an apposition title may end in a country whose name holds a function word", () => {
    const doc = run("Suva – Fijian Prime Minister Sitiveni Rabuka held talks with the Deputy Prime Minister of New Zealand, Rt Hon Winston Peters in Suva on June 12.");
    expect(official(doc, "Winston Peters")?.title).toBe("Deputy Prime Minister");
    expect(official(doc, "Winston Peters")?.country).toBe("NZ");
  });

  it("a styled name is one official with its short form", () => {
    const doc = run(`${host} Malaysian Foreign Minister Datuk Seri Zambry Abdul Kadir in Hanoi on June 12.\nZambry said Malaysia wants more trade.`);
    expect(names(doc)).toEqual(["Pham Minh Chinh", "Zambry Abdul Kadir"]);
  });
});

describe("regnal numerals", () => {
  it.each([
    ["King Willem-Alexander", "Willem-Alexander"],
    ["King Harald V of Norway", "Harald V"],
    ["His Majesty King Philippe", "Philippe"],
    ["Jordan's King Abdullah II", "Abdullah II"],
    ["Crown Prince Hussein bin Abdullah II", "Hussein bin Abdullah II"],
  ])("%s", (phrase, name) => {
    const doc = run(`Hanoi (VNA) – President Vo Van Thuong was received by ${phrase} on June 12.`);
    expect(names(doc)).toContain(name);
  });

  it("the numeral is not a short form", () => {
    const doc = run("Hanoi (VNA) – President Vo Van Thuong met King Harald V in Oslo on June 12.\nHarald said Norway values the ties.");
    expect(official(doc, "Harald V")?.aliases).toEqual(["Harald"]);
  });
});
