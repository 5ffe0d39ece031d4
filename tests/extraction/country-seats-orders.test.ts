// Countries from where and in what order officials are named (issue #11, countries, batch02): a plural title over the
// two counterparts gives the sides in the order the report first named its officials, host before guest, when the
// headline names no country; whoever receives at a seat of government is of the seat's country; a seat shared by two
// monarchies (the Amiri Diwan of Qatar and of Kuwait) says no country; at home, an official the report leaves
// unqualified is of the dateline's country.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("countries from seats and the order of sides", () => {
  it("'Foreign Ministers A and B' follow the order of the leaders, not of the first demonym", () => {
    const doc = run(
      "Brasília - President Luiz Inácio Lula da Silva received Chilean President Gabriel Boric Font at the Planalto Palace on Monday.\n\n" +
        "Foreign Ministers Rui Campos and Hernán Soto also met to review the Brazil-Chile Free Trade Agreement and Brazil's beef exports.",
      "2024-08-06",
      "Lula and Boric sign accords in Brasília",
    );
    expect(official(doc, "Rui Campos")?.country).toBe("BR");
    expect(official(doc, "Hernán Soto")?.country).toBe("CL");
  });

  it("a monarch who receives at his seat of government is of its country, whoever he is said to meet", () => {
    const doc = run(
      "Madrid, Jan 15 (EFE).- Spanish Foreign Minister Ana Ruiz held talks in Madrid on Tuesday with Mexican Foreign Secretary Luis Ortega.\n\n" +
        "Ortega will be received on Thursday by King Alfonso XIV at the Zarzuela Palace.\n\n" +
        "Both ministers last met in November, when Alfonso XIV and Ruiz were in Rio de Janeiro.",
      "2025-01-15",
      "Spain and Mexico mend ties",
    );
    expect(official(doc, "Alfonso XIV")?.country).toBe("ES");
  });

  it("the Amiri Diwan says no country by itself", () => {
    const doc = run("His Highness the Amir Sheikh Tamim bin Hamad Al-Thani received at the Amiri Diwan this morning President of the Republic of Rwanda Paul Kagame, on the occasion of his visit to Qatar.");
    expect(official(doc, "Tamim bin Hamad Al-Thani")?.country).not.toBe("KW");
  });

  it("at home, an unqualified official is of the dateline's country, not of a country named in passing", () => {
    const doc = run(
      "RABAT - Foreign Minister Karim Alaoui held talks in Rabat on Monday with Gabonese Foreign Minister Paul Ndong.\n\n" +
        "Alaoui later chaired a session with Interior Minister Youssef Tazi. Moroccan officials said the talks went well.\n\n" +
        "France is the first investor in Morocco, and France buys most of its phosphates.",
      "2025-02-10",
      "Morocco, Gabon hold talks",
    );
    expect(official(doc, "Youssef Tazi")?.country).toBe("MA");
  });
});
