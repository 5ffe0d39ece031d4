import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

const found = (body: string) => run(body).agreements.map((a) => [a.kind, a.title, a.status]);

describe("agreement titles: a field after 'Cooperation' and the years a title covers", () => {
  it("'Programme of Cooperation in X' keeps the field it names and the years after 'for'", () => {
    expect(found("The ministers signed a Programme of Cooperation in Sport and Youth for 2027-2030.")).toEqual([
      ["programme", "Programme of Cooperation in Sport and Youth for 2027-2030", "signed"],
    ]);
  });

  it("a place after 'in' is where it was signed, not its field", () => {
    expect(found("The ministers signed a Programme of Cooperation in Nairobi on Monday.")).toEqual([["programme", "Programme of Cooperation", "signed"]]);
  });

  it("a capitalised 'Work Programme' with the years it covers is a programme", () => {
    expect(found("The two governments signed a Joint Work Programme 2027-2029 covering health and skills.")).toEqual([
      ["programme", "Joint Work Programme 2027-2029", "signed"],
    ]);
  });

  it("a lower-case work programme is no instrument", () => {
    expect(found("The council adopted its work programme for the coming year.")).toEqual([]);
  });
});

describe("agreement titles: an ordinal inside a lower-case compound", () => {
  it("'the safe third country agreement' is named by the whole compound, and its later state wins", () => {
    expect(found("They reviewed the safe third country agreement signed in May 2024, which has been in force since August.")).toEqual([
      ["agreement", "safe third country agreement", "in_force"],
    ]);
  });

  it("an ordinal right after the determiner still tells which one", () => {
    expect(found("The two sides signed a second trade agreement on Monday.")).toEqual([["agreement", "second trade agreement", "signed"]]);
  });
});
