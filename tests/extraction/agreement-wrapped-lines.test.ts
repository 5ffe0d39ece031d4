// Hard-wrapped wire copy (issue #11, agreements and proposals): lines of about 70 characters cut instrument titles and
// the content of an act at a line break; a paragraph's lines run on into one another.
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const WIRE = ` date 2026-04-23 Argentine and Paraguayan presidents meet in Asuncion
ASUNCION, Apr 23 (Telam) -- Argentine President Javier Milei held
talks on Wednesday at the Palacio de Lopez with Paraguayan
President Santiago Pena Palacios, who welcomed him with military
honours.

   The two presidents agreed to sign a treaty on the navigation and
maintenance of the Parana-Paraguay waterway before the end of June,
the Casa Rosada said in a statement.

   Foreign Ministers Pablo Quirno and Ruben Ramirez Lezcano signed an
agreement on integrated border controls and a memorandum of
understanding on cybersecurity.

   Pena called on the European Parliament to ratify without delay the
Mercosur-European Union partnership agreement, signed in January in
Asuncion.

   Milei and Pena last met in December in Foz do Iguacu, Brazil,
during the Mercosur summit.
MV-ARL
`;

describe("hard-wrapped paragraphs", () => {
  const doc = extract(WIRE, { source: "wire.txt" });

  it("keeps instrument titles whole across line breaks", () => {
    const titles = doc.agreements.map((a) => [a.kind, a.title, a.status]);
    expect(titles).toEqual([
      ["treaty", "treaty on the navigation and maintenance of the Parana-Paraguay waterway", "proposed"],
      ["agreement", "agreement on integrated border controls", "signed"],
      ["mou", "memorandum of understanding on cybersecurity", "signed"],
      ["agreement", "Mercosur-European Union partnership agreement", "signed"],
    ]);
  });

  it("keeps the content of an act across a line break", () => {
    const call = doc.proposals.find((p) => p.speaker === "Santiago Pena Palacios");
    expect(call?.text).toMatch(/^the European Parliament to ratify without delay the Mercosur-European Union partnership agreement\b/);
  });
});

describe("a lead's instrument told in full later", () => {
  it("is one instrument", () => {
    const doc = extract(
      ` date 2026-04-23 Argentine President Javier Milei and his Paraguayan counterpart Santiago Pena Palacios agreed on Wednesday in Asuncion to sign a treaty on the Parana-Paraguay waterway before the end of June.
The two presidents agreed to sign a treaty on the navigation and maintenance of the Parana-Paraguay waterway before the end of June, the Casa Rosada said.`,
      { source: "lead.txt" },
    );
    expect(doc.agreements.map((a) => [a.kind, a.title, a.evidence.length])).toEqual([["treaty", "treaty on the Parana-Paraguay waterway", 2]]);
  });
});

// A date cut between its month and its year ("signed in July\n2025, which ...") runs on: a month name ends no sentence.
const MONTH_CUT = ` date 2026-09-11 Leaders review migration pact
WASHINGTON — The Secretary of State met on Thursday with the visiting
Guatemalan President at the State Department, where the two discussed
migration, security cooperation and the flow of fentanyl precursors
through Central America, officials said in a statement released late.
They also reviewed the safe third country agreement signed in July
2025, which has been in force since September, and border controls.
`;

describe("a date cut at a hard wrap", () => {
  it("keeps the year with its month, so the later state of the instrument is read", () => {
    const doc = extract(MONTH_CUT, { source: "wire.txt" });
    expect(doc.agreements.map((a) => [a.title, a.status])).toEqual([["safe third country agreement", "in_force"]]);
  });
});
