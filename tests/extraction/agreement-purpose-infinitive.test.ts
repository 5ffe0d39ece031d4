// An infinitive of purpose names an instrument (issue #11, agreements): "an agreement to avoid double taxation" is an
// instrument with its title, where "an agreement" alone is none; a purpose the data does not list ("to boost trade") is
// the signing's aim, and leaves a generic head unnamed.
import { describe, expect, it } from "vitest";
import { run } from "./helpers.ts";

describe("an infinitive of purpose after an instrument's head", () => {
  const doc = run(
    "Negotiations on an agreement to avoid double taxation are still ongoing, an official told reporters. The minister suggested that the two countries begin talks on a treaty to protect investments. The chambers signed a memorandum of understanding to establish a joint business council. The two sides also signed an agreement to boost trade.",
    "2026-09-16",
  );
  const titles = doc.agreements.map((a) => a.title);

  it("belongs to the title", () => {
    expect(titles).toContain("agreement to avoid double taxation");
    expect(titles).toContain("treaty to protect investments");
    expect(titles).toContain("memorandum of understanding to establish a joint business council");
  });

  it("keeps the status its sentence tells", () => {
    expect(doc.agreements.find((a) => a.title === "agreement to avoid double taxation")?.status).toBe("under_negotiation");
    expect(doc.agreements.find((a) => a.title.startsWith("memorandum of understanding to establish"))?.status).toBe("signed");
  });

  it("is not any infinitive", () => {
    expect(titles.some((t) => t.includes("boost trade"))).toBe(false);
  });
});

// A loan's purpose names it too ("a loan agreement to finance the rehabilitation of the road").
describe("a financing purpose", () => {
  const doc = run("The two funds signed a loan agreement to finance the rehabilitation of the Naryn-Torugart road on Tuesday.", "2026-09-16");

  it("belongs to the title", () => {
    expect(doc.agreements.map((a) => a.title)).toEqual(["loan agreement to finance the rehabilitation of the Naryn-Torugart road"]);
  });
});

// Exchanging and sharing say what an instrument does too ("a memorandum of understanding to exchange information on
// investment opportunities"; batch50-guided).
describe("an exchange of information as the purpose", () => {
  const doc = run("Both agencies signed a memorandum of understanding to exchange information on investment opportunities. The ministries also signed an agreement to share data on seasonal workers.", "2026-10-21");

  it("belongs to the title", () => {
    expect(doc.agreements.map((a) => a.title)).toEqual([
      "memorandum of understanding to exchange information on investment opportunities",
      "agreement to share data on seasonal workers",
    ]);
  });
});
