// Countries from the company an official keeps (issue #11, countries): a companion is of the country of the one he
// accompanies; whom a visitor is to meet during "his visit to X" is of X; and "Latin America" names no country.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("companions and hosts of a visit", () => {
  it("'X, as the Brazilian President is known, was accompanied by Foreign Minister Y': Y is Brazilian", () => {
    const doc = run(
      "President Carla Rojas received her Brazilian counterpart, Luiz Inácio Lula da Silva, at La Moneda on Tuesday. Lula, as the Brazilian President is widely known, was accompanied by Foreign Minister Mauro Vieira. On the Chilean side, the meeting was attended by Foreign Minister Tomas Reyes. Chile and Brazil signed an agreement.",
      "2026-06-17",
    );
    expect(official(doc, "Mauro Vieira")?.country).toBe("BR");
    expect(official(doc, "Tomas Reyes")?.country).toBe("CL");
  });

  it("whom a visitor is to meet before 'his visit to Lebanon' is Lebanese", () => {
    const doc = run(
      "Pope Leo XIV received President Joseph Aoun of Lebanon at the Vatican on Monday. The Holy Father is scheduled to meet President Aoun, Speaker of Parliament Nabih Berri and Prime Minister Nawaf Salam in Beirut on 30 November, the first day of his visit to Lebanon.",
      "2026-06-17",
    );
    expect(official(doc, "Nabih Berri")?.country).toBe("LB");
  });

  it("'Latin America' is no mention of the United States", () => {
    const doc = run(
      "Uruguay's President Ana Silva was received by Lucas Ferrer at the Casa Rosada on Monday. Orsi invited Ferrer to visit Montevideo next year. Uruguay and Argentina agreed to dredge the canal. More news from Latin America. Latin America trade grew.",
      "2026-06-17",
    );
    expect(official(doc, "Lucas Ferrer")?.country).not.toBe("US");
  });
});
