// Countries of officials whose titles name none (issue #11, tenth pass on countries): companions in the active voice,
// and a ministry whose portfolio names an international organisation.
import { describe, expect, it } from "vitest";
import { official, run } from "./helpers.ts";

describe("companions before 'accompanied'", () => {
  it("take the country of the one they accompany", () => {
    const doc = run(
      [
        "Brazilian President Carlos Mendes and Norwegian Prime Minister Erik Dahl held talks in Oslo on Tuesday.",
        "Chief Adviser Joana Prado and Cabinet Secretary Luiz Barros accompanied Mendes at the talks.",
      ].join(" "),
    );
    expect(official(doc, "Joana Prado")?.country).toBe("BR");
    expect(official(doc, "Luiz Barros")?.country).toBe("BR");
  });

  it("not across a clause of their own", () => {
    const doc = run(
      [
        "Brazilian President Carlos Mendes and Norwegian Prime Minister Erik Dahl held talks in Oslo on Tuesday.",
        "Norwegian Trade Minister Ola Berg spoke to reporters, while Chief Adviser Joana Prado accompanied Mendes.",
      ].join(" "),
    );
    expect(official(doc, "Ola Berg")?.country).toBe("NO");
  });
});

describe("a portfolio that names an organisation", () => {
  it("is no international office: the minister keeps a side", () => {
    const doc = run(
      "MADRID – The Minister for Foreign Affairs, European Union and Cooperation, Luis Ortega, and his Moroccan counterpart, Karim Alaoui, signed a fisheries agreement on Monday. Spain and Morocco also agreed to expand rail links, and Moroccan officials welcomed the Spanish offer.",
    );
    expect(official(doc, "Luis Ortega")?.organization).not.toBe("European Union");
    expect(official(doc, "Luis Ortega")?.country).toBe("ES");
  });
});
