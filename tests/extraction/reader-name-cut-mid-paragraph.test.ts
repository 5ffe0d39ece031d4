// Inside a paragraph that already ran on, a short line ending in a name whose rest opens the next line ("... Minister of\n
// Industry and Technology Mehmet Fatih\nKacır, at the head of ...", "... President Recep Tayyip\nErdoğan will
// co-chair ...") was cut, however short the wrap (issue #11).
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extraction/index.ts";

const text = [
  " date 2026-10-22",
  "Urso and Kacir launch industrial alliance",
  "",
  "Italy and Türkiye are preparing an industrial alliance on",
  "defence, automotive components and steel. Minister of",
  "Enterprises and Made in Italy Adolfo Urso met yesterday at",
  "Palazzo Piacentini his Turkish counterpart, the Minister of",
  "Industry and Technology Mehmet Fatih",
  "Kacır, at the head of a delegation of about sixty Turkish",
  "companies. The meeting prepares the intergovernmental",
  "summit, which Prime Minister Giorgia",
  "Meloni and President Recep Tayyip",
  "Erdoğan will co-chair in Istanbul in December.",
].join("\n");

describe("a name cut at a short line's end", () => {
  const doc = extract(text, { source: "t.txt" });

  it("is read whole", () => {
    expect(doc.officials.map((o) => o.name)).toEqual(expect.arrayContaining(["Mehmet Fatih Kacır", "Recep Tayyip Erdoğan", "Giorgia Meloni"]));
    expect(doc.officials.map((o) => o.name)).not.toContain("Mehmet Fatih");
  });
});

describe("a name cut after a form of address", () => {
  const doc = extract(
    [
      " date 2026-06-04",
      "FICCI hosts German development minister",
      "",
      "India and Germany should jointly build a skilling corridor to",
      "train Indian nurses, electricians and welders for the German",
      "labour market, Mr Anant Goenka, President, FICCI, said today",
      "at an interaction with Ms Reem Alabali",
      "Radovan, Federal Minister for Economic Cooperation and",
      "Development of Germany, at Federation House.",
    ].join("\n"),
    { source: "t.txt" },
  );

  it("is read whole, with the title after it", () => {
    const o = doc.officials.find((x) => x.name === "Reem Alabali Radovan");
    expect(o?.title).toBe("Federal Minister for Economic Cooperation and Development");
    expect(doc.officials.map((x) => x.name)).not.toContain("Reem Alabali");
  });
});
