// An office holder a report names without a word of his country ("Emmanuel Macron", "Recep Tayyip Erdoğan") is of the
// country office-holders.json lists, matched by all the words of a listed name in order ("Daniel Noboa Azín"); the
// text's own title wins over the list, and a name the list does not hold keeps what the text tells (issue #11).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const countries = (body: string) => Object.fromEntries(extract(` date 2026-05-14 Leaders meet\n\n${body}\n`, { source: "t.txt" }).officials.map((o) => [o.name, o.country]));

describe("a listed office holder", () => {
  it("is of the listed country when the text tells none", () => {
    expect(countries("President Emmanuel Macron held talks with King Mohammed VI in Rabat on Tuesday about trade and migration.")).toMatchObject({ "Emmanuel Macron": "FR", "Mohammed VI": "MA" });
  });

  it("is matched with more words than the list holds", () => {
    expect(countries("President Daniel Noboa Azín met President José Raúl Mulino in Panama City on Monday.")).toMatchObject({ "Daniel Noboa Azín": "EC", "José Raúl Mulino": "PA" });
  });

  it("keeps the country its title tells", () => {
    expect(countries("Turkish Foreign Minister Hakan Fidan met Somali President Hassan Sheikh Mohamud in Mogadishu on Monday.")).toMatchObject({ "Hakan Fidan": "TR", "Hassan Sheikh Mohamud": "SO" });
    expect(countries("Ghanaian President Emmanuel Macron Mensah met reporters in Accra on Monday.")).toMatchObject({ "Emmanuel Macron Mensah": "GH" });
  });
});
